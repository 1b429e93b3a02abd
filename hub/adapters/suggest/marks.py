"""A mark (`scores.*`) as a form offers it, for `hub adapters suggest`.

The record's marks are whole numbers from 1 to 5 (DESIGN.md; `schemas/parts.Mark` refuses text). A form
offers them as a radio group under the marks printed once (`choices`), as typed digits, or as a dropdown
whose lines are the marks with their words ("4 - Godt") or the words alone ("Dårlig" ... "Rigtig godt"):
`integer` alone refuses such a line, so the draft maps each line to its mark and then makes it a number.
A list of five lines without digits is the scale, in either order: the end that says what is lacking
("Dårlig", "Ikke tilfredsstillende") is 1, since Ballerup's case system lists its best line first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.suggest.words import words

_DIGIT = re.compile(r"(?<!\d)([1-5])(?!\d)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SCALE = 5  # the marks 1 to 5: a list of five lines without digits is the scale
# Words of a scale's low end (folded, as `words` gives them): what is lacking, in Danish and English.
_LOW = frozenset(
    "ikke mindre daarlig daarligt svag svagt lav utilfreds utilfredsstillende under poor bad not".split()
)


def mark_of(text: str, position: int) -> str:
    """A choice's mark: the digit 1-5 printed in it, else its place in the row or list."""
    digit = _DIGIT.search(text)
    return digit.group(1) if digit else str(position)


def dropdown_marks(options: Sequence[str], column_values: Sequence[str]) -> dict[str, str]:
    """Each line of a mark's dropdown (a PDF combo box's options, a sheet's list validation), else each
    value a column holds, to its mark: the digit in it; without one, its place on a list of five lines
    whose words say which end is 1 (`_low_end`), else "TODO" (a value met in a column has no place).
    {} where every line is a number ("4", "4.0"), which `integer` reads (or refuses) as before."""
    listed = [o.strip() for o in options if o.strip()]  # a dropdown's blank first line is no mark
    values = listed or [v.strip() for v in column_values if v.strip()]
    if not values or all(_NUMBER.fullmatch(v) for v in values):
        return {}
    low = _low_end(listed) if len(listed) == _SCALE else None
    marks: dict[str, str] = {}
    for n, line in enumerate(values, 1):
        place = n if low == "first" else _SCALE + 1 - n if low == "last" else 0
        marks[line] = mark_of(line, place) if _DIGIT.search(line) or place else "TODO"
    return marks


def _low_end(listed: Sequence[str]) -> str | None:
    """Which end of a scale's list is the mark 1, "first" or "last": the one whose words say what is
    lacking while the other's do not; None where the words do not tell."""
    first, last = (bool(_LOW & set(words(line))) for line in (listed[0], listed[-1]))
    return "first" if first and not last else "last" if last and not first else None
