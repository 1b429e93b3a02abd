"""The months a title or a period field states, in each shape a Danish title writes one: `december 2026`,
`dec. 2026`, `12/2026`, `12-2026`, `12.2026`, and year first, `2026-12` (an export's `måned='2026-12'`),
`2026/12`, `2026.12`.

Both the period a list's weeks are read in (`week_period`) and the later-month print-date rule
(`print_dates`: a day of a month after the one month stated is the paper's) ask which months a text
states; the rule covered `december 2026` and `2026-10` only, so `Mentortimer 12/2026 (05-01-2027)` was
refused as two periods where `Mentortimer december 2026 (05-01-2027)` was read (decision 0061, "Stop 68:
fixes-112"; fixes-111 noticed it). One list of shapes, here, for both.

A month's number is never a part of a day (`05-12-2026` is a day, read as one). After a week word (`uge
9-12/2026`) a number before the year is a week's, and the text is read as its year, as before.
"""

from __future__ import annotations

import re

from hub.adapters.mapping.danish_dates import MONTHS
from hub.adapters.mapping.english_months import ENGLISH_MONTHS

__all__ = ["MONTH_WORD", "WORDS", "month_parts"]

WORDS = {**MONTHS, **ENGLISH_MONTHS}
MONTH_WORD = re.compile(r"([A-Za-zæøåÆØÅ]+)\.?\s+(\d{4})\b")  # `december 2026`, `dec. 2026`
_SEP = r"[-./]"
# Not inside a day or a longer figure: no digit, letter or separator before, none after but an ending
# full stop (`Timer 12/2026.`).
_BEFORE = r"(?<![\w./-])"
_AFTER = rf"(?!\w|{_SEP}\d)"
_YEAR_MONTH = re.compile(rf"{_BEFORE}((?:19|20)\d\d){_SEP}(0[1-9]|1[0-2]){_AFTER}")
_MONTH_YEAR = re.compile(rf"{_BEFORE}(0?[1-9]|1[0-2]){_SEP}((?:19|20)\d\d){_AFTER}")
_WEEK_WORD = re.compile(r"\b(?:uge|week|wk)", re.IGNORECASE)


def month_parts(text: str) -> list[tuple[re.Match[str], tuple[int, int]]]:
    """Each month `text` states, as written, with its (year, month), in the text's order."""
    words = (m for m in MONTH_WORD.finditer(text) if m[1].lower() in WORDS)
    found = [(m, (int(m[2]), WORDS[m[1].lower()])) for m in words]
    found += [(m, (int(m[1]), int(m[2]))) for m in _YEAR_MONTH.finditer(text)]
    if not _WEEK_WORD.search(text):
        found += [(m, (int(m[2]), int(m[1]))) for m in _MONTH_YEAR.finditer(text)]
    return sorted(found, key=lambda part: part[0].start())
