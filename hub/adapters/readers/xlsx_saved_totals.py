"""Formulas whose saved value their own cells contradict (decision 0061, "Stop 65: fixes-93").

A program that changes a book's cells and keeps its formulas' old values (or one that never calculates)
saves a total Excel would not show: `SUM(B2:B5)` saved as 14 over cells that make 12.5. Read as saved,
the hub took a number nobody's cells hold. Checked here, once the sheet's cells are all read
(`xlsx_values` keeps each cell's value as it reads it, so this is a look-up a summed cell, never a
second pass over the sheet):

- a value other than 0 under a formula the hub can add (`xlsx_worked_out.added_cells`: a plain `SUM` or
  cells added) whose cells, all numbers or empty, make another number (a 0 is `xlsx_values`' own check).

A formula outside those shapes (`B2-B3`, `ROUND`, `IF`, another sheet) may make its saved value in ways
not told here and is read as saved, as before; so is a total whose cells hold text, a date or an error.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from hub.adapters.readers.xlsx_cells import cell_text
from hub.adapters.readers.xlsx_worked_out import added_cells, worked_out

# A formula saved with a number: (row, column, its text, the number saved).
Total = tuple[int, int, "str | None", Any]


def contradicted(
    totals: list[Total], held: dict[tuple[int, int], Any]
) -> Iterator[tuple[int, int, list[Any]]]:
    """Each of `totals` whose saved number the cells of `held` (every cell of the sheet with its value)
    contradict: its row, column and the mark its cell gets (`xlsx_cells.SAVED_UNCALCULATED`:
    [formula, the cells' sum as text, the saved number as text])."""
    for row, col, formula, saved in totals:
        if formula is None or type(saved) not in (int, float):
            continue
        if saved != 0:
            adds = added_cells(formula)
            total = None if adds is None else worked_out(held.get(at) for at in adds)
            # as Excel shows both, to 15 digits: a sum's binary noise (12.499999999999998) is no contradiction
            if total is not None and not math.isclose(total, saved, rel_tol=1e-12, abs_tol=1e-12):
                yield row, col, [formula, cell_text(total), cell_text(saved)]
