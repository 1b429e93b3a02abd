"""A total over whole columns, a range between two names, a table's column and a name qualified by a
sheet without one of its own (decision 0061, "Stop 67: fixes-104"): `SUM(B:B)`, `SUM(Start:Slut)`,
`SUM(Tabel1[Timer])` and `SUM(Uger!GlobalName)` were read as saved and said nothing, as if checked.
Each the workbook fully determines is read as its range and checked as `SUM(B2:B5)` is: a whole column
as its used cells but the total's own, a table's column as its data rows, its totals row left out; one
it does not is said not checked, naming it, as fixes-102's names are.

The books are XlsxWriter's: sheet "Timer" holds the header "Timer" in B1, 1, 2, 3, 4 in B2:B5 (10), the
total in B6 and 5 in B9 (the column makes 15); the table "Tabel1" is A1:B6, its header row 1 and its
totals row 6; sheet "Uger" holds 3, 2.5, an empty cell and 7 in B2:B5."""

from __future__ import annotations

import io

import pytest
import xlsxwriter

from hub.adapters.mapping.provenance import locator_of
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.tabular import read_xlsx
from tests.adapters.test_xlsx_total_defined_name import OTHER_SHEET, assert_unchecked, no_range


def _total(formula: str, saved: float) -> SourceValue:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out)
    timer, weeks = book.add_worksheet("Timer"), book.add_worksheet("Uger")
    columns = [{"header": "Uge", "total_string": "I alt"}, {"header": "Timer"}]
    timer.add_table("A1:B6", {"name": "Tabel1", "total_row": True, "columns": columns})
    for row, hours in enumerate([3, 2.5, None, 7], start=1):
        timer.write(row, 0, f"2026-W{32 + row}")
        timer.write(row, 1, row)
        if hours is not None:
            weeks.write(row, 1, hours)
    timer.write_formula(5, 1, formula, None, saved)
    timer.write(8, 0, "Efter")
    timer.write(8, 1, 5)  # below the total, in the column: a whole column adds it
    book.define_name("Start", "=Timer!$B$2")
    book.define_name("Slut", "=Timer!$B$5")
    book.define_name("Midt", "=Timer!$B$3:$B$4")  # a range, not one cell: no end of a range here
    book.define_name("GlobalName", "=Timer!$B$2:$B$5")  # the book's, no sheet's own
    book.close()
    found = SourceIndex(read_xlsx(out.getvalue(), "timer.xlsx")).resolve("next:I alt")
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("formula", "cells"),
    [("SUM($B:$B)", "15"), ("SUM(B:B)", "15"), ("SUM(Timer!B:B)", "15"), ("SUM(Start:Slut)", "10"),
     ("SUM(Tabel1[Timer])", "10"), ("SUM(tabel1[timer])", "10"), ("SUM(Tabel1[[#Data],[Timer]])", "10"),
     ("SUM(Uger!GlobalName)", "10")],
)  # fmt: skip
def test_a_total_the_workbook_determines_is_checked_against_its_cells(formula: str, cells: str) -> None:
    """A saved 14 over cells that make 15 (the column, header and own cell left out) or 10: refused
    where it is read, as `SUM(B2:B5)`'s is."""
    total = _total(f"={formula}", 14)
    assert total.meta["saved_uncalculated"] == [formula, cells, "14"]
    assert "unchecked_total" not in locator_of(total, "xlsx")


@pytest.mark.parametrize(
    ("formula", "saved"),
    [("SUM(B:B)", 15), ("SUM(Start:Slut)", 10), ("SUM(Tabel1[Timer])", 10), ("SUM(Uger!GlobalName)", 10)],
)
def test_a_right_total_the_workbook_determines_has_no_words(formula: str, saved: int) -> None:
    total = _total(f"={formula}", saved)
    assert total.value == str(saved)
    assert "saved_uncalculated" not in total.meta
    assert locator_of(total, "xlsx")["text"]["en"] == 'sheet "Timer", cell B6'


@pytest.mark.parametrize(
    ("formula", "name"),
    [("SUM(Tabel1[#Totals])", "Tabel1[#Totals]"),  # the totals row: the total itself
     ("SUM(Tabel9[Timer])", "Tabel9[Timer]"),  # no such table
     ("SUM(Tabel1[Ukendt])", "Tabel1[Ukendt]"),  # no such column
     ("SUM(Start:Midt)", "Start:Midt")],  # a range's end that is no one cell
)  # fmt: skip
def test_a_total_the_workbook_does_not_determine_says_it_was_not_checked_naming_it(
    formula: str, name: str
) -> None:
    assert_unchecked(_total(f"={formula}", 14), formula, no_range(name))


def test_another_sheets_whole_column_says_it_was_not_checked() -> None:
    assert_unchecked(_total("=SUM(Uger!B:B)", 14), "SUM(Uger!B:B)", OTHER_SHEET)
