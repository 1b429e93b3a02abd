"""XlsxWriter's placeholder 0 under a `SUM` of a whole column (decision 0060, "Stop 69: fixes-113" left
it; "Stop 70: fixes-116"): XlsxWriter saves 0 under every formula and asks Excel to calculate the book on
opening, so the 0 is no value. A plain range's total is worked out from its cells (stop 63); `SUM(B:B)`
was left "never calculated" and refused, though Excel shows 0 over a column of "fri" or empty cells.
It is now worked out as a range's is, from the column's used cells, the total's own left out.

The books (`xlsx_formula_books.formula_book`): "Timer" in B1, four weeks in B2:B5, the total in B6."""

from __future__ import annotations

import io
from typing import Any

import pytest
from xlsx_formula_books import formula_book

from hub.adapters.mapping.provenance import locator_of
from hub.adapters.readers.base import SourceValue
from tests.adapters.test_xlsx_total_defined_name import the_total


def _placeholder_total(formula: str, column: list[Any]) -> SourceValue:
    rows: list[list[Any]] = [["Uge", "Timer"], *([f"uge {n}", v] for n, v in enumerate(column, 1))]
    return the_total(io.BytesIO(formula_book([*rows, ["I alt", f"={formula}"]], asks=True)))


@pytest.mark.parametrize("formula", ["SUM(B:B)", "SUM($B:$B)"])
@pytest.mark.parametrize("column", [["fri"] * 4, [None] * 4], ids=["fri", "empty"])
def test_a_whole_column_with_no_number_is_worked_out_as_0(formula: str, column: list[Any]) -> None:
    total = _placeholder_total(formula, column)
    assert total.value == "0"
    assert total.meta["worked_out"] == formula
    assert locator_of(total, "xlsx")["text"]["en"] == (
        f'sheet "Timer", cell B6 (0 saved as a placeholder, worked out by the hub as {formula})'
    )


def test_a_whole_column_of_hours_is_worked_out_as_their_sum() -> None:
    """3 + 2.5 + 7, one week empty: 12.5, as Excel shows it."""
    total = _placeholder_total("SUM(B:B)", [3, 2.5, None, 7])
    assert (total.value, total.meta["worked_out"]) == ("12.5", "SUM(B:B)")


def test_more_than_a_sum_of_a_whole_column_stays_never_calculated() -> None:
    """Half the column: no check adds it, so its 0 is still no value (a guard)."""
    total = _placeholder_total("SUM(B:B)/2", [3, 2.5, None, 7])
    assert total.value == ""
    assert total.meta["uncached_formula"] is True
