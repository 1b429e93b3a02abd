"""A CSV header or label the form reads, spelt in the file with a stray quote character.

A quote typed into a header (`Bemaerkni"ng`) is kept by the csv module as text (a quote inside an
unquoted cell is no quoting), so the header the config reads was printed by no cell: an optional column
was left unread without a word while the rest of the file was accepted (mutation fuzzing, decision 0064,
"Stop 53: stray-61"). A cell that is none of the form's labels but differs from a label the form reads
and no cell prints only by quote characters is now refused at that cell, naming both. A workbook's cell
alike (decision 0060, "Stop 54: stray-62"): a quote typed into Furesø's `Formål` left the optional purpose
unread; there the label's own sheet is looked at when it is the sheet read (a label on another sheet is
not).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from hub.adapters.language.missing_words import label_text
from hub.adapters.mapping.provenance import Where, where_of
from hub.adapters.mapping.selector_text import normalise_label, split_sheet, tabular_label
from hub.adapters.mapping.selectors import SourceIndex

__all__ = ["QUOTED_FORMATS", "quoted_label"]

# The formats whose labels are cells, that a stray quote may stand in.
QUOTED_FORMATS = frozenset(("csv", "xlsx"))

# Straight and typographic quotes and apostrophes a keyboard or an autocorrect may leave in a header.
_QUOTES = str.maketrans("", "", "\"'“”„«»‘’‚")


def _unquoted(text: str, norm: Callable[[str], str] = normalise_label) -> str:
    return norm(text.translate(_QUOTES))


def quoted_label(index: SourceIndex, selectors: Sequence[str]) -> tuple[Where, str, str] | None:
    """Where and why (English, Danish) a CSV cell, or a cell of the workbook's sheet read, reads as one of
    `selectors`' labels but for quote characters, where that label is printed by no cell; None when there
    is none (or the form is no CSV or workbook)."""
    if index.format not in QUOTED_FORMATS:
        return None
    sheet = index.default_sheet if index.format == "xlsx" else ""
    for selector in selectors:
        wanted, printed_as = _label_of(selector)
        if wanted is None or printed_as is None or split_sheet(selector)[0] not in (None, sheet):
            continue  # no label, or one on another sheet than `label_cells` walks
        if index.printed(wanted):
            continue
        bare = _unquoted(wanted)
        for text, row, col in index.label_cells():
            if text not in index.labels and text != wanted and _unquoted(text, index.cell_text) == bare:
                cell = index.cell(sheet, row, col)
                if cell is not None:
                    return where_of(cell, index.format), *_why(cell.value or "", printed_as, selector)
    return None


@lru_cache(maxsize=4096)
def _label_of(selector: str) -> tuple[str | None, str | None]:
    """The label a selector reads by, normalised and as printed. Kept: only a form's config selectors
    come here, the same ones for every document of the form, and working them out again was some
    seventeen parses a CSV form on the storing thread (decision 0030, "Stop 54: store-62")."""
    return tabular_label(selector), label_text(selector)


def _why(cell: str, label: str, selector: str) -> tuple[str, str]:
    header = split_sheet(selector)[1].startswith(("under:", "below:"))
    what, what_da = ("header", "overskrift") if header else ("label", "ledetekst")
    return (
        f"the {what} {cell!r} differs from {label!r}, which the form reads and no cell says, only by quote"
        f" characters: its value is not read; correct the {what} to {label!r} and send the file again",
        f"{what_da}en {cell!r} adskiller sig kun ved anførselstegn fra {label!r}, som blanketten læser,"
        f" og som ingen celle har: dens værdi læses ikke; ret {what_da}en til {label!r}, og send filen"
        " igen",
    )
