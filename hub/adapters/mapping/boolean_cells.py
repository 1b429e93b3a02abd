"""A workbook's yes/no cell (type "b": Excel shows TRUE or FALSE, Danish Excel SAND or FALSK) where the
config reads text: refused at its sheet and cell, never read as the text "TRUE" (decision 0061, "Stop 63:
fixes-83"). A name or a note is never a yes or a no: such a cell is a column's flag typed or pasted in the
wrong place, or a cell whose type a program got wrong, and the text "TRUE" would be stored as a mentor's
name or a signer. A field whose transforms read something else (`map` naming TRUE and FALSE, a date,
hours) reads the cell's text as before, and says its own words where that is no such value.

The reader marks the cell (`readers.xlsx_values`); a document with no such cell skips the look
(`marked_values.LOOKED_FOR`)."""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.xlsx_cells import BOOLEAN_MARK

# The transforms that keep a value text: a field read by these alone (or by none) holds text.
_TEXT = frozenset({"upper", "lower", "join", "regex", "default"})
# How Danish Excel shows a yes/no cell: the caseworker reads that, the file holds TRUE or FALSE.
_DANISH = {"TRUE": "SAND", "FALSE": "FALSK"}


def boolean_as_text(
    found: Sequence[tuple[str, SourceValue | None]], calls: Sequence[TransformCall]
) -> tuple[str, SourceValue] | None:
    """The first source (selector and value) that is a yes/no cell read as text; None where there is
    none, or where a transform reads the field as something other than text."""
    if any(call.name not in _TEXT for call in calls):
        return None
    return next(((s, v) for s, v in found if v is not None and v.meta.get(BOOLEAN_MARK)), None)


def boolean_problem(value: SourceValue) -> tuple[str, str]:
    """The problem (English, Danish) of a yes/no cell read as text: its value as Excel shows it."""
    en = value.value or ""
    da = _DANISH.get(en, en)
    return (
        f"the cell holds the yes-or-no value {en}, not text: Excel shows it as {en}, but a name or other "
        "text is never a yes or a no; type the text into the cell and send the file again",
        f"cellen har ja-eller-nej-værdien {da} ({en}), ikke tekst: Excel viser den som {da}, men et navn "
        "eller anden tekst er aldrig et ja eller et nej; skriv teksten i cellen, og send filen igen",
    )
