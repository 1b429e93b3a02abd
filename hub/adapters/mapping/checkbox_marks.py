"""Checkbox marks: whether a value read from a checkbox (or a cell standing for one) means ticked, for the
`checked` transform and for the pages that show a record's words.

Apart from `transforms` because it is one rule of its own (which marks are ticks, which are not, and
which are errors rather than guesses), read outside the transforms too. `norm` is here because the
marks are compared after it; `map` compares its keys with it as well.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.readers.pdf_utf16_names import state_words
from hub.quoting import quoted, quoted_da

__all__ = ["box_state_mark", "config_norm", "is_checked", "norm", "read_mark", "unknown_mark", "value_norm"]

# Checkbox marks, compared after `norm` (stripped, NFC, casefolded). A PDF checkbox reads as its state
# name: "Off" when not ticked, else its export value ("Yes", "On", or a custom one such as "Kontanthjaelp").
# The transform sees text only (not whether it came from a PDF checkbox), so the rule is the same for all:
# a recognised tick or a name-like export value is ticked, a recognised non-tick is not, anything else
# (a stray symbol, a single unknown letter, "N?", "2") is an error rather than a guess.
_TICKED = frozenset({"x", "yes", "ja", "j", "y", "on", "true", "sand", "checked"}) | frozenset(
    "\u2612\u2611\u2713\u2714"  # ☒ ☑ ✓ ✔
)
# A number mark is ticked when it is 1 and not when it is 0 ("0,0", "1.0"); other numbers are errors.
_UNTICKED = frozenset({"", "off", "false", "falsk", "no", "nej", "n", "-", "--", "ingen", "ikke", "none"}) | {
    "unchecked",
    "unticked",
    *"\u2013\u2014\u2610",  # – — ☐
}
# A PDF state name used as a custom export value: a word of two or more letters, digits, "_", "." or "-",
# starting with a letter ("Kontanthjaelp", "Valg_2", "Sygedagpenge.1"). No spaces: free text is not a mark.
_EXPORT_VALUE = re.compile(r"[^\W\d_][\w.\-]+")
_NUMBER_MARK = re.compile(r"\d+(?:[.,]\d+)?")


def norm(text: str) -> str:
    """Text for comparing: white space runs (also non-breaking) collapsed, NFC, case folded. Kept by
    nothing: a value mapped or a mark read is the document's, and one that is no mark or listed word (a
    name typed in its place) is quoted in its refusal (decision 0065, "Stop 60: shape-70")."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", " ".join(text.split())).casefold())


def value_norm(text: str) -> str:
    """Text for comparing with a config's words, as `norm`; hyperref's escaped UTF-16 state name as the
    text it spells, which the PDF reader now reads (`pdf_utf16_names`). Both sides: a config mapping
    the escaped text keeps matching a document read now, and `hub reprocess`, which maps the extraction
    kept when the document came (the escaped text, before this stop), matches a config mapping the
    words: no deployed config needs an edit, and none gives another value (decision 0025, "Stop 65:
    fixes-97")."""
    return norm(state_words(text))


# Kept: `map` compares every key of its table with every value it maps. Only a config's own words (a
# `map` table's keys) come here, the same for every document of the form.
config_norm = lru_cache(maxsize=4096)(value_norm)


def read_mark(value: str | None) -> bool | None:
    """True for a tick, False for no tick, None for a mark that is neither (see `is_checked`)."""
    if value is None:
        return False
    # A PDF box's state as the reader gives it ("Off", or "Yes" for any other, `box_state_mark`) is
    # answered from its own reading, made once: `norm` normalised it twice for each box of each form.
    known = _STATES.get(value)
    return known if known is not None else _read_norm(value)


def _read_norm(value: str) -> bool | None:
    mark = norm(value)
    if mark in _UNTICKED:
        return False
    if mark in _TICKED:
        return True
    if _NUMBER_MARK.fullmatch(mark):
        number = float(mark.replace(",", "."))
        return {0.0: False, 1.0: True}.get(number)
    return True if _EXPORT_VALUE.fullmatch(mark) else None


# Marks as a PDF reader or a spreadsheet writes them, each read as `_read_norm` reads it (the same answer by
# construction): only the program's words, never a document's.
_STATES: dict[str, bool | None] = {
    state: _read_norm(state) for state in ("Off", "Yes", "On", "", "x", "X", "0", "1", "TRUE", "FALSE")
}


def is_checked(value: str | None) -> bool:
    """Tell whether a checkbox state means ticked; an unrecognised mark raises `TransformError`.

    Ticked: a recognised tick (x, ja, yes, on, 1, ☒, ✓, ...) or a PDF export value (a name such as
    "Kontanthjaelp"). Not ticked: missing, empty, "Off" or a recognised negative (n, nej, falsk, -, ☐, 0,0,
    ingen, ...). Anything else ("N?", "2", "V", "ikke valgt") is an error, never a guess.
    """
    ticked = read_mark(value)
    if ticked is None:
        raise unknown_mark(value or "", "")
    return ticked


def box_state_mark(state: str | None) -> str | None:
    """A PDF checkbox's state as a mark `checked` reads: "Off" (the one state PDF has for an empty box)
    stays "Off", every other state is ticked, whatever its name: a box whose author named its ticked
    state "Nej" or "Ingen" ("Mentor ansat i jobcentret: Ja [ ] Nej [x]") is ticked, not read as the word."""
    if state is None or state.strip() in ("", "Off"):
        return state
    return "Yes"


def unknown_mark(value: str, selector: str) -> TransformError:
    where_en, where_da = (f" in {selector}", f" i {selector}") if selector else ("", "")
    return TransformError(
        f"unknown checkbox mark {quoted(value.strip())}{where_en} (tick with x or leave it empty)",
        f"ukendt afkrydsning {quoted_da(value.strip())}{where_da} (sæt x eller lad feltet stå tomt)",
    )
