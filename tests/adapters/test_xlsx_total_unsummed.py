"""A plain `SUM` the check of a saved total does not add (decision 0061, "Stop 68: fixes-111"): one
past 10,000 cells (a whole column of a long sheet, or a range typed so) and one over a whole column
holding no number but the total were read as saved and said nothing, as if checked. Each is said not
checked, naming its range and why, as the other unchecked totals are.

The books are XlsxWriter's: sheet "Timer" holds the header "Timer" in B1, 1, 2, 3, 4 in B2:B5 (10) and
the total in B6, saved as 14; the long sheet adds a 1 in each of B7:B10010 (10,004 cells besides B6)."""

from __future__ import annotations

import io
from typing import Any

import pytest
import xlsxwriter
from xlsx_formula_books import formula_book

from hub.adapters.mapping.provenance import locator_of
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.xlsx_whole_columns import spelled_out
from tests.adapters.test_xlsx_total_defined_name import assert_unchecked, the_total


def _total(formula: str, saved: float, *, column: list[object], below: int = 0) -> SourceValue:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out)
    timer = book.add_worksheet("Timer")
    timer.write(0, 1, "Timer")
    for row, value in enumerate(column, start=1):
        timer.write(row, 0, f"uge {row}")
        timer.write(row, 1, value)
    timer.write(5, 0, "I alt")
    timer.write_formula(5, 1, formula, None, saved)
    for row in range(6, 6 + below):
        timer.write(row, 1, 1)
    book.close()
    return the_total(out)


def _wide(cells: str) -> tuple[str, str]:
    return (
        f"it adds more than 10,000 cells ({cells})",
        f"den lægger over 10.000 celler sammen ({cells})",
    )


def _empty(cells: str) -> tuple[str, str]:
    return (f"{cells} holds no number besides this total", f"{cells} rummer intet tal ud over denne total")


@pytest.mark.parametrize("formula", ["SUM(B:B)", "SUM($B:$B)"])
def test_a_whole_column_past_10000_cells_says_it_was_not_checked(formula: str) -> None:
    """B2:B5 and B7:B10010 are 4 + 10,004 cells: more than the check adds."""
    total = _total(f"={formula}", 14, column=[1, 2, 3, 4], below=10_004)
    assert_unchecked(total, formula, _wide("B2:B5,B7:B10010"))


def test_a_range_past_10000_cells_says_it_was_not_checked() -> None:
    total = _total("=SUM(B2:B10002)", 14, column=[1, 2, 3, 4])
    assert_unchecked(total, "SUM(B2:B10002)", _wide("B2:B10002"))


@pytest.mark.parametrize("formula", ["SUM(B:B)", "SUM($B:$B)"])
def test_a_whole_column_with_no_number_says_it_was_not_checked(formula: str) -> None:
    """The column holds the header and "fri" four times: text, which `SUM` passes over."""
    total = _total(f"={formula}", 14, column=["fri"] * 4)
    assert_unchecked(total, formula, _empty(formula[4:-1]))


def test_a_range_of_10000_cells_is_still_checked() -> None:
    """B2:B5 and B7:B10002 are 4 + 9,996 cells, the most the check adds: 10 + 9,996 ones make 10,006,
    not the 14 saved (a guard: the limit is not lowered)."""
    total = _total("=SUM(B2:B5,B7:B10002)", 14, column=[1, 2, 3, 4], below=9_996)
    assert total.meta["saved_uncalculated"] == ["SUM(B2:B5,B7:B10002)", "10006", "14"]
    assert "unchecked_total" not in total.meta


def _saved_by_a_program(formula: str, saved: float, column: list[object]) -> SourceValue:
    """The book as a program that never calculates saves it (no `fullCalcOnLoad`): the saved number is
    the file's own, 0 too, not XlsxWriter's placeholder."""
    rows: list[list[Any]] = [["Uge", "Timer"], *([f"uge {n}", v] for n, v in enumerate(column, 1))]
    data = formula_book([*rows, ["I alt", f"={formula}"]], {f"B{len(rows) + 1}": saved}, asks=False)
    return the_total(io.BytesIO(data))


@pytest.mark.parametrize("formula", ["SUM(B:B)", "SUM($B:$B)"])
def test_a_whole_column_with_no_number_and_a_total_of_0_is_checked(formula: str) -> None:
    """Excel's `SUM` of "fri" four times is 0: the total saved 0 is what the cells make, so its place has
    no "not checked" (decision 0060, "Stop 69: fixes-113"; fixes-111 left it)."""
    total = _saved_by_a_program(formula, 0, ["fri"] * 4)
    assert total.value == "0"
    assert locator_of(total, "xlsx")["text"]["en"] == 'sheet "Timer", cell B6'
    assert "saved_uncalculated" not in total.meta


@pytest.mark.parametrize(
    ("formula", "whole"), [("SUM(B:B)/2", "B:B"), ('SUM(B:B)-"0:30"', "B:B"), ("SUBTOTAL(9,$B:$B)", "$B:$B")]
)
def test_a_whole_column_inside_more_than_a_sum_says_it_was_not_checked(formula: str, whole: str) -> None:
    """Half the column, the column less half an hour, Excel's SUBTOTAL: read as saved (no check adds
    them), and said so; before, read with a bare place, as if checked."""
    total = _saved_by_a_program(formula, 14, [1, 2, 3, 4])
    assert_unchecked(
        total, formula, (f"it does more than add up {whole}", f"den gør mere end at lægge {whole} sammen")
    )
    assert "saved_uncalculated" not in total.meta


def test_a_time_in_a_formulas_quoted_text_is_no_whole_rows() -> None:
    """review-110: `"0:30"` was spelled out as rows 0 to 30 (`"B0:B5,B7:B30"`, row 0 in it)."""
    held = {(row, 2): 1 for row in range(2, 31)}
    assert spelled_out('SUM(B2:B5)-"0:30"', (6, 2), held, {}) == 'SUM(B2:B5)-"0:30"'
    assert spelled_out('SUM(B:B)-"0:30"', (40, 2), held, {}) == 'SUM(B2:B30)-"0:30"'
