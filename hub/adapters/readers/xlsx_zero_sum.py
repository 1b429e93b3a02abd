"""Whether a formula's saved `0`, in a workbook that asks to be calculated when opened, is its value.

XlsxWriter saves `<v>0</v>` for every formula whose value its caller did not give, beside
`<calcPr fullCalcOnLoad="1"/>`: Excel shows the formula's result, not the 0, so such a 0 is read as a
formula never calculated (`xlsx_marked.Uncached`, the seventeenth trial). But a timesheet whose every
hour is 0 has a total that is 0 in Excel too: refusing it blamed a true sheet (stop 56). A `SUM` of cells
of the same sheet that were read before it (the usual total under its rows) is therefore checked: when
the numbers in those cells add up to 0, as Excel would add them, the 0 is the formula's value. Any other
formula, a cell not read yet, or a summed cell Excel would itself calculate, leaves the 0 unknown: the
cell is then a formula never calculated, worked out where it can be (`xlsx_worked_out`, stop 63).
"""

from __future__ import annotations

from typing import Any

from hub.adapters.readers.xlsx_worked_out import summed_cells


def is_true_zero(formula: str | None, row: int, col: int, seen: dict[tuple[int, int], Any]) -> bool:
    """True where `formula` (a cell's `<f>` text, at `row`, `col`) is a `SUM` of cells of this sheet
    read already (rows above, or cells left of it in its row), whose numbers add up to 0. Excel's `SUM`
    of a range passes over empty cells, text and booleans, so they count as nothing; a date is a number
    other than 0. `seen` holds every cell read so far with its value (`xlsx_sheet`)."""
    cells = summed_cells(formula)  # a name, another sheet's cell, a nested function: not told here
    if cells is None or any(r > row or (r == row and c >= col) for r, c in cells):
        return False  # a cell not read yet (or the formula's own): its value is not known here
    total = 0.0
    for at in cells:
        value = seen.get(at)
        if value is None or type(value) in (str, bool):
            continue  # empty, text or a boolean: Excel's SUM of a range passes over them
        if type(value) not in (int, float):
            return False  # a date, a formula never calculated, an error: not a known 0
        total += value
    return total == 0
