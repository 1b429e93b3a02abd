"""A total whose formula uses another sheet's cells (decision 0061, "Stop 66: fixes-100"): fixes-93's
check of a saved total against its cells compares only this sheet's, and a config reading one sheet never
reads the others, so such a total is read as saved, as before, and its place says it was not checked
(the record page shows the place beside the value), never as if it had been. A formula with no value saved
at all is refused or worked out, as before.

The books are XlsxWriter's: a sheet "Timer" holding the total and a sheet "Uger" holding the weeks' hours
(3, 2.5, an empty cell, 7: 12.5), each formula saved with the value given."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
import xlsxwriter

from hub.adapters.mapping.provenance import locator_of
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.tabular import read_xlsx


def _book(formula: str, saved: float, *, asks: bool = True, no_value: bool = False) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out)
    timer, weeks = book.add_worksheet("Timer"), book.add_worksheet("Uger")
    for row, hours in enumerate([3, 2.5, None, 7], start=1):
        timer.write(row, 0, f"2026-W{32 + row}")
        timer.write(row, 1, row)  # this sheet's own B2:B5 hold 1, 2, 3, 4: what the formula does NOT add
        if hours is not None:
            weeks.write(row, 1, hours)
    timer.write(5, 0, "I alt")
    timer.write_formula(5, 1, formula, None, saved)
    book.close()
    changed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as old, zipfile.ZipFile(changed, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/workbook.xml" and not asks:
                data = data.replace(b' fullCalcOnLoad="1"', b"")  # a program that never calculates
            if item.filename == "xl/worksheets/sheet1.xml" and no_value:
                data = re.sub(rb"(<f>[^<]*</f>)<v>[^<]*</v>", rb"\1", data)
            new.writestr(item, data)
    return changed.getvalue()


def _total(data: bytes) -> SourceValue:
    found = SourceIndex(read_xlsx(data, "timer.xlsx")).resolve("next:I alt")
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("formula", "saved", "shown"),
    [("=SUM(Uger!B2:B5)", 14, "14"),  # the weeks make 12.5: a saved 14 nothing compared
     ("=SUM(Uger!B2:B5)", 12.5, "12.5"),  # right, but no more checked than the 14
     ("=Uger!B2+Uger!B3+Uger!B5", 12.5, "12.5"),
     ("=SUM('Uger'!B2:B5)", 14, "14"),
     ("=Uger!B5*2", 14, "14")],
)  # fmt: skip
def test_a_total_of_another_sheets_cells_says_it_was_not_checked(
    formula: str, saved: float, shown: str
) -> None:
    total = _total(_book(formula, saved))
    assert total.value == shown  # read as saved, as before
    locator = locator_of(total, "xlsx")
    assert locator["unchecked_total"] == formula[1:]
    written = formula[1:]
    assert locator["text"] == {
        "en": f'sheet "Timer", cell B6 (the saved value of {written}, not checked: the cells it uses are on'
        " another sheet)",
        "da": f'ark "Timer", celle B6 (den gemte værdi af {written}, ikke kontrolleret: cellerne, den'
        " bruger, er på et andet ark)",
    }


def test_a_zero_saved_without_calculating_over_another_sheet_says_so_too() -> None:
    """XlsxWriter's 0 in a book that does not ask to be calculated: the file's 0, which may be no sum."""
    total = _total(_book("=SUM(Uger!B2:B5)", 0, asks=False))
    assert total.value == "0"
    assert locator_of(total, "xlsx")["unchecked_total"] == "SUM(Uger!B2:B5)"


@pytest.mark.parametrize(
    ("formula", "saved", "shown"),
    [("=SUM(B2:B5)", 10, "10"),  # this sheet's 1 + 2 + 3 + 4, checked by fixes-93's rule
     ('=IF(B2>0,B5,"!")', 4, "4")],  # a "!" inside quotes names no sheet
)  # fmt: skip
def test_a_total_of_this_sheet_has_no_such_words(formula: str, saved: float, shown: str) -> None:
    total = _total(_book(formula, saved))
    assert total.value == shown
    locator = locator_of(total, "xlsx")
    assert "unchecked_total" not in locator
    assert locator["text"]["en"] == 'sheet "Timer", cell B6'


def test_another_sheets_total_with_no_value_saved_is_still_uncalculated() -> None:
    """No value at all: not read as anything, named a formula never calculated (`uncached_formulas`)."""
    extraction = read_xlsx(_book("=SUM(Uger!B2:B5)", 0, no_value=True), "timer.xlsx")
    assert extraction.meta["uncached_formulas"] == [["Timer", 6, 2]]
