"""A PDF `label:` selector that cannot be answered because the document's labels were left unread.

The PDF reader reads the labels of a document's pages within a budget of work (decision 0027, stop 35,
`hub.adapters.readers.pdf_labelbudget`) and lists the pages past it in `labels_skipped`. A `label:`
selector that finds no field may then name a label printed on one of those pages: the field fails with
this reason, never with a value of another field or a silent gap. So too on a page whose text pypdf
could not read at all (`text_unreadable`, decision 0060, "Stop 55: stray-63").
"""

from __future__ import annotations

from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, Rejection


class LabelSkipped(Rejection):
    """A `label:` selector found nothing in a PDF whose labels were read only in part."""

    def __init__(self, selector: str, pages: list[int], unreadable: bool = False) -> None:
        self.selector = selector
        en, da = unread_reason(selector, pages) if unreadable else reason(selector, pages)
        super().__init__([FieldProblem(en, da, locator=selector)])


def skipped_pages(extraction: Extraction) -> list[int]:
    """The pages (1-based) whose printed labels the reader left unread; empty when it read them all."""
    pages = extraction.meta.get("labels_skipped") or []
    return [p for p in pages if isinstance(p, int)]


def unreadable_pages(extraction: Extraction) -> list[int]:
    """The pages (1-based) whose printed text could not be read at all; empty when every page read."""
    pages = extraction.meta.get("text_unreadable") or []
    return [p for p in pages if isinstance(p, int)]


def page_text_unread(pages: list[int]) -> tuple[str, str]:
    """That the printed text of `pages` could not be read, in English and Danish, without a full stop."""
    listed = ", ".join(map(str, pages))
    return (
        f"the printed text of page {listed} could not be read (the page's content is damaged, or packed in a"
        " way the hub cannot unpack)",
        f"den trykte tekst på side {listed} kunne ikke læses (sidens indhold er beskadiget eller pakket på en"
        " måde, hubben ikke kan pakke ud)",
    )


def unread_reason(selector: str, pages: list[int]) -> tuple[str, str]:
    """Why a `label:` selector is not answered where a page's text could not be read."""
    label = selector.split(":", 1)[1].strip()
    en, da = page_text_unread(pages)
    return (
        f"the printed label '{label}' was not found, and {en}: the label may be printed there; save the"
        " form again from the program it was filled in with and send that file",
        f"ledeteksten '{label}' blev ikke fundet, og {da}: ledeteksten kan stå dér; gem blanketten igen fra"
        " det program, den blev udfyldt i, og send den fil",
    )


def reason(selector: str, pages: list[int]) -> tuple[str, str]:
    """Why the field is not read, in English and Danish, naming the label and the pages."""
    label = selector.split(":", 1)[1].strip()
    listed = ", ".join(map(str, pages))
    en = (
        f"the printed label '{label}' was not found, and the labels of page {listed} were not read: "
        "finding them is too much work in this PDF (its fields were read); name the field by its name "
        "or tooltip instead"
    )
    da = (
        f"ledeteksten '{label}' blev ikke fundet, og ledeteksterne på side {listed} blev ikke læst: "
        "det er for stort et arbejde at finde dem i denne PDF (dens felter blev læst); angiv feltet ved "
        "dets navn eller tooltip i stedet"
    )
    return en, da
