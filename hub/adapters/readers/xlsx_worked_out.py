"""A total a program wrote as a formula and never calculated, worked out the way Excel would on opening.

pyexcelerate and xlsx-populate write `<f>SUM(B3:B9)</f>` with no `<v>`: Excel shows the sum, the hub had
no value and refused the total "never calculated" (`xlsx_marked.Uncached`). Only what cannot be
worked out two ways is worked out here (decision 0061, "Stop 62: fixes-75"):

- the formula is a plain `SUM` of cells and ranges of its own sheet (`SUM(B3:B9)`, `SUM(B3,B5:B6)`), or
  cells added (`B3+B4+B5`), with no other function, operator, name or sheet;
- the cell has no value saved at all, or XlsxWriter's placeholder 0 in a workbook that asks to be
  calculated on opening (`xlsx_zero_sum`; Excel shows the sum there, not the 0: "Stop 63: fixes-78"),
  and no date or duration format (a sum shown as a date says what the hub would not);
- every cell it adds is a number or empty (empty counts as nothing, as in Excel); one holding text, a
  boolean, a date, an error, or a formula never calculated itself leaves the total unread, as before.

The numbers are added as the decimals the file writes, so 0.1 + 0.2 is 0.3. The cell's meta says the
formula (`worked_out`), and where it is read its provenance says it was worked out, from which cells.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from openpyxl.utils.cell import column_index_from_string

_CELL = r"\$?([A-Z]{1,3})\$?([0-9]{1,7})"
_RANGE = re.compile(rf"{_CELL}(?::{_CELL})?")
_SUM = re.compile(r"\s*SUM\((.*)\)\s*", re.IGNORECASE)
_ADDED = re.compile(rf"\s*{_CELL}(?:\s*\+\s*{_CELL})+\s*", re.IGNORECASE)
_ONE = re.compile(_CELL)
# A sum over more cells than this is left unread: each is looked up, and a hostile sheet has many sums.
MAX_SUMMED = 10_000
MAX_FORMULA = 200  # characters of a formula worked out: a total's `SUM(B3:B9)`, not a list of thousands


def summed_areas(formula: str | None) -> list[tuple[int, int, int, int]] | None:
    """The (top, bottom, left, right) of every cell and range a plain `SUM` of this sheet's cells adds,
    however many cells they hold; None for any other formula."""
    match = _SUM.fullmatch(formula or "")
    if match is None:
        return None
    areas: list[tuple[int, int, int, int]] = []
    for part in match.group(1).split(","):
        found = _RANGE.fullmatch(part.strip().upper())
        if found is None:
            return None  # a name, another sheet's cell, a nested function: not told here
        first = (int(found.group(2)), column_index_from_string(found.group(1)))
        last = (int(found.group(4)), column_index_from_string(found.group(3))) if found.group(3) else first
        top, bottom = sorted((first[0], last[0]))
        left, right = sorted((first[1], last[1]))
        if top < 1:
            return None
        areas.append((top, bottom, left, right))
    return areas


def area_cells(areas: list[tuple[int, int, int, int]]) -> int:
    """How many cells `summed_areas`' areas hold, a cell named twice counted twice (as `SUM` adds it)."""
    return sum((bottom - top + 1) * (right - left + 1) for top, bottom, left, right in areas)


def summed_cells(formula: str | None) -> list[tuple[int, int]] | None:
    """The (row, column) of every cell a plain `SUM` of this sheet's cells and ranges adds up, in the
    formula's order; None for any other formula, or one past `MAX_SUMMED` cells (which
    `xlsx_saved_totals.unchecked` says was not checked)."""
    areas = summed_areas(formula)
    if areas is None or area_cells(areas) > MAX_SUMMED:
        return None
    return [
        (r, c)
        for top, bottom, left, right in areas
        for r in range(top, bottom + 1)
        for c in range(left, right + 1)
    ]


def added_cells(formula: str | None) -> list[tuple[int, int]] | None:
    """`summed_cells`, or the cells of `B3+B4+B5`: cells of this sheet added, nothing else."""
    if formula is None or len(formula) > MAX_FORMULA:
        return None
    if (cells := summed_cells(formula)) is not None:
        return cells
    if _ADDED.fullmatch(formula) is None:
        return None
    found = [(int(row), column_index_from_string(col.upper())) for col, row in _ONE.findall(formula)]
    return found if all(row >= 1 for row, _ in found) else None


def typed_as_text(
    formula: str | None, adds: list[tuple[int, int]], held: dict[tuple[int, int], Any]
) -> list[tuple[int, int]]:
    """The cells holding text that a plain `SUM` (`summed_cells`) adds, where every other is a number or
    empty: Excel's `SUM` passes over text, so its own total would leave them out too, and opening the
    book in Excel mends nothing (decision 0061, "Stop 66: fixes-102"). Empty for any other formula
    (`B2+B3` turns a number typed as text into the number) or where a cell holds a date, an error or a
    formula never calculated."""
    if summed_cells(formula) is None:
        return []
    values = [(at, held.get(at)) for at in adds]
    if any(v is not None and type(v) not in (int, float, str) for _, v in values):
        return []
    return [at for at, v in values if type(v) is str and v.strip()]


def worked_out(cells: Iterable[Any]) -> int | float | None:
    """The sum of the values of the cells a formula adds, as Excel shows it; None when one is no number
    and not empty (text, a boolean, a date, an error, a formula never calculated)."""
    total = Decimal(0)
    whole = True
    for value in cells:
        if value is None:
            continue  # an empty cell: nothing, in a `SUM` and in `B3+B4`
        if type(value) not in (int, float):
            return None
        whole = whole and type(value) is int
        total += Decimal(repr(value))  # the decimal the file wrote, not its binary float
    return int(total) if whole else float(total)
