"""A PDF box whose page shows another choice than its saved value says: refused at the field, never read.

The reader marks such a checkbox or radio group (`shown_state`, `readers.pdf_apart.shown_apart`): a
program that fills a form by setting the value alone leaves the page showing "Nej" chosen while the value
says "Ja", or a box ticked on the page that the value says is not. The caseworker who looks at the form
sees one answer and the hub would store the other, without a word (decision 0060, "Eleventh trial").
Likewise a field whose boxes on two pages hold different values (`values_apart`), a list whose saved
value is none of its lines (`off_list`: the page shows none chosen), and a text field whose box draws
another text than its value (`shown_text`: the old text, left drawn by a program that set the value alone;
decision 0060, "Stop 54: stray-62").
"""

from __future__ import annotations

from collections.abc import Callable

from hub.adapters.readers.base import SourceValue
from hub.pseudonyms import mask_cpr_like
from hub.quoting import quoted, quoted_da
from hub.schemas.edges import strip_edges

_AGAIN_EN = (
    "the program the form was filled in with did not save what the page shows; fill the form in again in a "
    "PDF program that saves form fields (such as Adobe Acrobat Reader) and send it again"
)
_AGAIN_DA = (
    "programmet, blanketten blev udfyldt i, gemte ikke det, siden viser; udfyld blanketten igen i et "
    "PDF-program, der gemmer formularfelter (f.eks. Adobe Acrobat Reader), og send den igen"
)


def shown_apart_problem(value: SourceValue) -> tuple[str, str] | None:
    """The problem (English, Danish) of a box or radio group marked as showing another choice than its
    value says, or of a field whose boxes hold different values; None for any other value."""
    if boxes := value.meta.get("values_apart"):
        return _boxes_apart(boxes)
    if stray := value.meta.get("off_list"):
        return _off_list(stray)
    if (drawn := value.meta.get("shown_text")) is not None:
        return _text_apart(drawn, value.value or "")
    shown = value.meta.get("shown_state")
    if shown is None:
        return None
    # What the value says, where the value read is the page's (a state written as a string over boxes
    # that show one: CAM::PDF's), so that the refusal does not say the page and the value agree.
    saved = value.meta.get("saved_state", value.value)
    if value.meta.get("type") == "checkbox" and (shown == "Off") != (saved == "Off"):
        if shown == "Off":
            why_en, why_da = _no_look(value)
            return (
                f"the box is not ticked on the page, but its saved value says ticked{why_en}: {_AGAIN_EN}",
                f"feltet er ikke afkrydset på siden, men dets gemte værdi siger afkrydset{why_da}: "
                f"{_AGAIN_DA}",
            )
        return (
            f"the box is ticked on the page, but its saved value says not ticked: {_AGAIN_EN}",
            f"feltet er afkrydset på siden, men dets gemte værdi siger ikke afkrydset: {_AGAIN_DA}",
        )
    printed = value.meta.get("choices") or {}

    def said(state: str, none_en: str, none_da: str) -> tuple[str, str]:
        if state == "Off":
            return none_en, none_da
        # A state is any text a filler wrote (a string value: CAM::PDF's), and this may reach a log.
        words = ", ".join(repr(mask_cpr_like(str(printed.get(s) or s))) for s in state.split(", "))
        return words, words

    shown_en, shown_da = said(shown, "nothing", "intet")
    saved_en, saved_da = said(saved or "Off", "nothing chosen", "intet valgt")
    return (
        f"the page shows {shown_en} chosen, but the field's saved value is {saved_en}: {_AGAIN_EN}",
        f"siden viser {shown_da} valgt, men feltets gemte værdi er {saved_da}: {_AGAIN_DA}",
    )


def _no_look(value: SourceValue) -> tuple[str, str]:
    """Why a box saved as ticked shows empty where its saved state is no look the box has: LibreOffice
    saves a ticked box whose reference value is set as `/Yes` and draws its tick as the reference value
    (`/Ja`): Firefox's viewer and poppler show it empty (decision 0060, "Fifteenth trial"). Said with
    both names, so that whoever made the form sees that the PDF, not the caseworker, left it so; ""
    otherwise."""
    looks = [state for state in value.meta.get("states") or [] if state != "Off"]
    saved = value.meta.get("saved_state", value.value)
    if not looks or saved in looks:
        return "", ""
    saved = mask_cpr_like(saved or "")  # any text a filler wrote as the value (CAM::PDF's string): a log
    drawn, drawn_da = ", ".join(map(quoted, looks)), ", ".join(map(quoted_da, looks))
    return (
        f" ({quoted(saved)}, a state the box has no look for: it is drawn ticked as {drawn})",
        f" ({quoted_da(saved)}, en tilstand, feltet ikke har noget udseende for: det tegnes "
        f"afkrydset som {drawn_da})",
    )


_EN, _DA = ("empty", "page", "on no page"), ("tomt", "side", "på ingen side")


def _boxes_apart(boxes: list) -> tuple[str, str]:
    """A field shown in several places (a box on each of two pages) whose boxes hold different values
    (`values_apart`): each value said with its page, CPR-like numbers masked, as in every message that may
    reach a log."""

    def said(quote: Callable[[str | None], str], words: tuple[str, str, str]) -> str:
        empty, page_word, no_page = words  # a box may hold "" beside another's text, or be on no page
        places = [no_page if page is None else f"{page_word} {page}" for page, _ in boxes]
        texts = [quote(mask_cpr_like(held)) if held else empty for _, held in boxes]
        return ", ".join(f"{text} ({place})" for text, place in zip(texts, places, strict=True))

    return (
        f"the field is shown in more than one place with different values, {said(quoted, _EN)}: which "
        "one is meant cannot be told; fill the field in again in a PDF program that saves form fields (such "
        "as Adobe Acrobat Reader), so that it holds one value, and send it again",
        f"feltet vises flere steder med forskellige værdier, {said(quoted_da, _DA)}: hvilken der menes, "
        "kan ikke afgøres; udfyld feltet igen i et PDF-program, der gemmer formularfelter (f.eks. Adobe "
        "Acrobat Reader), så det har én værdi, og send blanketten igen",
    )


def _off_list(stray: list[str]) -> tuple[str, str]:
    """A list whose saved value is none of its lines (`off_list`): the page shows no line chosen (or, in a
    viewer that draws the stored appearance, the code), and which line was meant cannot be told."""
    saved_en = ", ".join(quoted(mask_cpr_like(held)) for held in stray)
    saved_da = ", ".join(quoted_da(mask_cpr_like(held)) for held in stray)
    return (
        f"the list shows none of its lines chosen, but the field's saved value is {saved_en}, which is none "
        f"of them: {_AGAIN_EN}",
        f"listen viser ingen af sine linjer valgt, men feltets gemte værdi er {saved_da}, som ikke er en af "
        f"dem: {_AGAIN_DA}",
    )


def _text_apart(drawn: str, saved: str) -> tuple[str, str]:
    """A text field whose box draws another text than its value (`shown_text`): a printed page, and a
    viewer that draws the stored appearance, show the one, the record would hold the other. Both said,
    CPR-like numbers masked (this may reach a log)."""
    shown_en, shown_da = quoted(mask_cpr_like(drawn)), quoted_da(mask_cpr_like(drawn))
    saved_en, saved_da = quoted(mask_cpr_like(saved)), quoted_da(mask_cpr_like(saved))
    if not strip_edges(saved):  # cleared, or only invisible characters: said as empty, not as ''
        saved_en, saved_da = "empty", "tom"
    return (
        f"the page shows {shown_en} in the field, but its saved value is {saved_en}: {_AGAIN_EN}",
        f"siden viser {shown_da} i feltet, men dets gemte værdi er {saved_da}: {_AGAIN_DA}",
    )
