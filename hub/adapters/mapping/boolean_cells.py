"""A workbook's yes/no cell (type "b": Excel shows TRUE or FALSE, Danish Excel SAND or FALSK) where the
config reads text: refused at its sheet and cell, never read as the text "TRUE" (decision 0061, "Stop 63:
fixes-83"). A name or a note is never a yes or a no: such a cell is a column's flag typed or pasted in the
wrong place, or a cell whose type a program got wrong, and the text "TRUE" would be stored as a mentor's
name or a signer. A field whose transforms read something else (`map` naming TRUE and FALSE, a date,
hours) reads the cell's text as before, and says its own words where that is no such value.

The reader marks the cell (`readers.xlsx_values`); a document with no such cell skips the look
(`marked_values.LOOKED_FOR`). A CSV or XML value has no type: its whole text is the yes or no where it
is one as programs write one (Excel's and LibreOffice's TRUE and FALSE, SAND and FALSK in Danish; R's
TRUE, pandas' True, XML Schema's true), by the same rule ("Stop 64: fixes-85"). Danish's words only in
capitals, as a spreadsheet writes them: "Sand" is a surname. A `join`'s parts are not looked at there:
a name's part written in capitals ("SAND") may be one."""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.xlsx_cells import BOOLEAN_MARK
from hub.schemas.edges import strip_edges

# The transforms that keep a value text: a field read by these alone (or by none) holds text.
TEXT_TRANSFORMS = frozenset({"upper", "lower", "join", "regex", "default"})
# How Danish Excel shows a yes/no cell: the caseworker reads that, the file holds TRUE or FALSE.
_DANISH = {"TRUE": "SAND", "FALSE": "FALSK"}


# A CSV's or XML's whole text that is a yes or a no (`_untyped`), in capitals: TRUE and FALSE in any case.
_WORDS = frozenset({"TRUE", "FALSE"})


def boolean_as_text(
    fmt: str, found: Sequence[tuple[str, SourceValue | None]], calls: Sequence[TransformCall], unmarked: bool
) -> tuple[str, SourceValue] | None:
    """The first source (selector and value) that is a yes/no value read as text: a workbook's cell
    of type "b" (none where the document is `unmarked`), a CSV's or XML's yes or no written as a word;
    None where there is none, or where a transform reads the field as something other than text."""
    if fmt == "xlsx":
        if unmarked or any(call.name not in TEXT_TRANSFORMS for call in calls):
            return None
        return next(((s, v) for s, v in found if v is not None and v.meta.get(BOOLEAN_MARK)), None)
    text = all(call.name in TEXT_TRANSFORMS and call.name != "join" for call in calls)
    if fmt not in ("csv", "xml") or not text:
        return None
    return next(((s, v) for s, v in found if v is not None and _untyped(v.value)), None)


def _untyped(text: str | None) -> bool:
    """Whether a value with no type is a yes or a no as programs write one."""
    if text is None:
        return False
    # Measured without its edges, as the value is stored (`strip_edges`): measured with them, a padded
    # cell ("  TRUE  ") or a pretty-printed element's line breaks passed and was stored as the name "TRUE".
    word = strip_edges(text)  # only its edges are looked at: cheap on a long text too
    return len(word) <= 5 and (word in ("SAND", "FALSK") or word.upper() in _WORDS)


def boolean_problem(value: SourceValue, fmt: str = "xlsx") -> tuple[str, str]:
    """The problem (English, Danish) of a yes/no value read as text: a workbook's as Excel shows it,
    a CSV's or XML's as written."""
    if fmt != "xlsx":
        word = (value.value or "").strip()
        place_en, place_da = ("element", "elementet") if fmt == "xml" else ("cell", "cellen")
        return (
            f"the {place_en} holds the yes-or-no value {word}, not text: a name or other text is never "
            f"a yes or a no; write the text in the {place_en} and send the file again",
            f"{place_da} har ja-eller-nej-værdien {word}, ikke tekst: et navn eller anden tekst er aldrig "
            f"et ja eller et nej; skriv teksten i {place_da}, og send filen igen",
        )
    en = value.value or ""
    da = _DANISH.get(en, en)
    return (
        f"the cell holds the yes-or-no value {en}, not text: Excel shows it as {en}, but a name or other "
        "text is never a yes or a no; type the text into the cell and send the file again",
        f"cellen har ja-eller-nej-værdien {da} ({en}), ikke tekst: Excel viser den som {da}, men et navn "
        "eller anden tekst er aldrig et ja eller et nej; skriv teksten i cellen, og send filen igen",
    )
