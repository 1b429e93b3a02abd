"""A total over a range from a cell to a defined name (`SUM(B2:Slut)`) or over whole rows (`SUM(2:5)`)
(decision 0061, "Stop 68: fixes-111"): the first was said not checked as if `B2:Slut` were a name, the
second read as saved and said nothing, as if checked. Both are read as the range they stand for and
checked as `SUM(B2:B5)` is; whole rows with no number are said not checked, naming them.

The book is XlsxWriter's: sheet "Timer" holds the header "Timer" in B1, "uge 1".."uge 4" in A2:A5,
1, 2, 3, 4 in B2:B5, 0.5 in C3 and the total in B6 beside "I alt"; the names Start and Slut are B2
and B5 of "Timer", Ugerne its rows 2 to 5; sheet "Uger" holds 3 in B2. Rows 2 to 5 make 10.5, B2:B5
makes 10."""

from __future__ import annotations

import io

import pytest
import xlsxwriter

from hub.adapters.mapping.provenance import locator_of
from hub.adapters.readers.base import SourceValue
from tests.adapters.test_xlsx_total_defined_name import OTHER_SHEET, assert_unchecked, the_total


def _total(formula: str, saved: float) -> SourceValue:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out)
    timer, weeks = book.add_worksheet("Timer"), book.add_worksheet("Uger")
    timer.write(0, 1, "Timer")
    for row in range(1, 5):
        timer.write(row, 0, f"uge {row}")
        timer.write(row, 1, row)
    timer.write(2, 2, 0.5)
    timer.write(5, 0, "I alt")
    timer.write_formula(5, 1, formula, None, saved)
    weeks.write(1, 1, 3)
    book.define_name("Start", "=Timer!$B$2")
    book.define_name("Slut", "=Timer!$B$5")
    book.define_name("Ugerne", "=Timer!$2:$5")
    book.close()
    return the_total(out)


@pytest.mark.parametrize(
    ("formula", "cells"),
    [("SUM(B2:Slut)", "10"), ("SUM($B$2:Slut)", "10"), ("SUM(Start:B5)", "10"), ("SUM(Timer!B2:Slut)", "10"),
     ("SUM(2:5)", "10.5"), ("SUM($2:$5)", "10.5"), ("SUM(Timer!2:5)", "10.5"), ("SUM(Ugerne)", "10.5"),
     ("SUM(5:6)", "4")],  # row 6 is the total's own: left out, as Excel leaves it
)  # fmt: skip
def test_a_total_over_a_cell_to_a_name_or_whole_rows_is_checked_against_its_cells(
    formula: str, cells: str
) -> None:
    """A saved 14 over cells that make 10, 10.5 or 4: refused where it is read, as `SUM(B2:B5)`'s is."""
    total = _total(f"={formula}", 14)
    assert total.meta["saved_uncalculated"] == [formula, cells, "14"]
    assert "unchecked_total" not in locator_of(total, "xlsx")


@pytest.mark.parametrize(("formula", "saved"), [("SUM(B2:Slut)", 10), ("SUM(2:5)", 10.5)])
def test_a_right_total_over_a_cell_to_a_name_or_whole_rows_has_no_words(formula: str, saved: float) -> None:
    total = _total(f"={formula}", saved)
    assert total.value == str(saved)
    assert "saved_uncalculated" not in total.meta
    assert locator_of(total, "xlsx")["text"]["en"] == 'sheet "Timer", cell B6'


def test_whole_rows_with_no_number_say_they_were_not_checked() -> None:
    assert_unchecked(
        _total("=SUM(7:8)", 14),
        "SUM(7:8)",
        ("7:8 holds no number besides this total", "7:8 rummer intet tal ud over denne total"),
    )


def test_another_sheets_whole_rows_say_they_were_not_checked() -> None:
    assert_unchecked(_total("=SUM(Uger!2:5)", 14), "SUM(Uger!2:5)", OTHER_SHEET)


@pytest.mark.parametrize("formula", ["SUM(Uger!B2:Slut)", "SUM(Start:Uger!B5)"])
def test_a_range_from_another_sheets_cell_to_a_name_says_it_uses_another_sheet(formula: str) -> None:
    """Uger's B2 to Slut, a cell of Timer (and Start to Uger's B5): the range's ends are on two sheets,
    so the total is said to use another sheet's cells, not a name that is no range (decision 0060, "Stop
    69: fixes-113"; fixes-111 left it)."""
    assert_unchecked(_total(f"={formula}", 14), formula, OTHER_SHEET)
