"""Whether a formula's saved `0`, in a workbook that asks to be calculated when opened, is its value.

XlsxWriter saves `<v>0</v>` for every formula whose value its caller did not give, beside
`<calcPr fullCalcOnLoad="1"/>`: Excel shows the formula's result, not the 0, so such a 0 is read as a
formula never calculated (`xlsx_row_cells._Uncached`, the seventeenth trial). But a timesheet whose every
hour is 0 has a total that is 0 in Excel too: refusing it blamed a true sheet (stop 56). A `SUM` of cells
of the same sheet that were read before it (the usual total under its rows) is therefore checked: when
the numbers in those cells add up to 0, as Excel would add them, the 0 is the formula's value. Any other
formula, a cell not read yet, or a summed cell Excel would itself calculate, leaves the 0 unknown.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.utils.cell import column_index_from_string

_CELL = r"\$?([A-Z]{1,3})\$?([0-9]{1,7})"
_RANGE = re.compile(rf"{_CELL}(?::{_CELL})?")
_SUM = re.compile(r"\s*SUM\((.*)\)\s*", re.IGNORECASE)
# A sum over more cells than this is left unknown: each is looked up, and a hostile sheet has many sums.
MAX_SUMMED = 10_000


def is_true_zero(formula: str | None, row: int, col: int, seen: dict[tuple[int, int], Any]) -> bool:
    """True where `formula` (a cell's `<f>` text, at `row`, `col`) is a `SUM` of cells of this sheet
    read already (rows above, or cells left of it in its row), whose numbers add up to 0. Excel's `SUM`
    of a range passes over empty cells, text and booleans, so they count as nothing; a date is a number
    other than 0. `seen` holds every cell read so far with its value (`xlsx_sheet`)."""
    match = _SUM.fullmatch(formula or "")
    if match is None:
        return False
    cells: list[tuple[int, int]] = []
    for part in match.group(1).split(","):
        found = _RANGE.fullmatch(part.strip().upper())
        if found is None:
            return False  # a name, another sheet's cell, a nested function: not told here
        first = (int(found.group(2)), column_index_from_string(found.group(1)))
        last = (int(found.group(4)), column_index_from_string(found.group(3))) if found.group(3) else first
        top, bottom = sorted((first[0], last[0]))
        left, right = sorted((first[1], last[1]))
        if bottom > row or (bottom == row and right >= col) or top < 1:
            return False  # a cell not read yet (or the formula's own): its value is not known here
        cells += [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
        if len(cells) > MAX_SUMMED:
            return False
    total = 0.0
    for at in cells:
        value = seen.get(at)
        if value is None or type(value) in (str, bool):
            continue  # empty, text or a boolean: Excel's SUM of a range passes over them
        if type(value) not in (int, float):
            return False  # a date, a formula never calculated, an error: not a known 0
        total += value
    return total == 0
