"""A total over a defined name (decision 0061, "Stop 66: fixes-102"): `SUM(Egne)` adds the range
workbook.xml's `definedNames` gives "Egne". Read as that range, it is checked against this sheet's cells
as `SUM(B2:B5)` is, or said not checked where the range is another sheet's, as fixes-100's
`SUM(Uger!B2:B5)` is; a name standing for no plain range (a constant, none defined) is said not checked,
naming it. Before, each was read as saved and said nothing, as if checked.

The books are XlsxWriter's: sheet "Timer" holds 1, 2, 3, 4 in B2:B5 (10) and the total in B6; sheet
"Uger" holds 3, 2.5, an empty cell and 7 in B2:B5 (12.5)."""

from __future__ import annotations

import io

import pytest
import xlsxwriter

from hub.adapters.mapping.provenance import locator_of
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.tabular import read_xlsx


def _total(formula: str, saved: float) -> SourceValue:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out)
    timer, weeks = book.add_worksheet("Timer"), book.add_worksheet("Uger")
    for row, hours in enumerate([3, 2.5, None, 7], start=1):
        timer.write(row, 0, f"2026-W{32 + row}")
        timer.write(row, 1, row)
        if hours is not None:
            weeks.write(row, 1, hours)
    timer.write(5, 0, "I alt")
    timer.write_formula(5, 1, formula, None, saved)
    book.define_name("Egne", "=Timer!$B$2:$B$5")  # the book's name for this sheet's cells
    book.define_name("Timer!Lokal", "=Timer!$B$2:$B$5")  # a name of sheet "Timer" alone
    book.define_name("Ugetimer", "=Uger!$B$2:$B$5")
    book.define_name("Uger!Timer", "='Uger'!$B$2:$B$5")  # a name of sheet "Uger" alone
    book.define_name("Kolonne", "=Uger!$B:$B")  # a whole column
    book.define_name("Sats", "=14")  # a constant
    book.close()
    return the_total(out)


def the_total(out: io.BytesIO) -> SourceValue:
    """The total beside "I alt" in the book XlsxWriter wrote into `out`, read as the hub reads it."""
    found = SourceIndex(read_xlsx(out.getvalue(), "timer.xlsx")).resolve("next:I alt")
    assert found is not None
    return found


def assert_unchecked(total: SourceValue, formula: str, because: tuple[str, str]) -> None:
    """`total` read as saved (14) and said not checked, naming its cell and `because` (English, Danish):
    the words every unchecked total's locator has (`xlsx_saved_totals.unchecked`)."""
    assert total.value == "14"
    locator = locator_of(total, "xlsx")
    assert locator["unchecked_total"] == formula
    assert locator["text"] == {
        "en": f'sheet "Timer", cell B6 (the saved value of {formula}, not checked: {because[0]})',
        "da": f'ark "Timer", celle B6 (den gemte værdi af {formula}, ikke kontrolleret: {because[1]})',
    }


def no_range(name: str) -> tuple[str, str]:
    """Why a total over `name` was not checked: the name is no range of cells on one sheet."""
    return (
        f"the name {name} it uses is no range of cells on one sheet",
        f"navnet {name}, den bruger, er ikke et celleområde på ét ark",
    )


OTHER_SHEET = ("the cells it uses are on another sheet", "cellerne, den bruger, er på et andet ark")


@pytest.mark.parametrize("formula", ["SUM(Egne)", "SUM(Lokal)", "SUM(egne)", "SUM(Timer!Lokal)"])
def test_a_total_over_a_name_of_this_sheets_cells_is_checked_against_them(formula: str) -> None:
    """A saved 14 over this sheet's 1 + 2 + 3 + 4: refused where it is read, as `SUM(B2:B5)`'s is."""
    total = _total(f"={formula}", 14)
    assert total.meta["saved_uncalculated"] == [formula, "10", "14"]
    assert "unchecked_total" not in locator_of(total, "xlsx")


def test_a_right_total_over_a_name_of_this_sheet_has_no_words() -> None:
    total = _total("=SUM(Egne)", 10)
    assert total.value == "10"
    assert locator_of(total, "xlsx")["text"]["en"] == 'sheet "Timer", cell B6'


# Kolonne, Uger's whole column, is read as that column since stop 67 (fixes-104): another sheet's cells
@pytest.mark.parametrize("formula", ["SUM(Ugetimer)", "SUM(Uger!Timer)", "SUM(Kolonne)"])
def test_a_total_over_a_name_of_another_sheets_cells_says_it_was_not_checked(formula: str) -> None:
    # Read as saved, as `SUM(Uger!B2:B5)` is.
    assert_unchecked(_total(f"={formula}", 14), formula, OTHER_SHEET)


@pytest.mark.parametrize(
    ("formula", "name"),
    [
        ("Sats", "Sats"),
        ("SUM(Ukendt)", "Ukendt"),
        ("SUM(Uger!Lokal)", "Uger!Lokal"),
    ],
)
def test_a_total_over_a_name_of_no_plain_range_says_it_was_not_checked_naming_it(
    formula: str, name: str
) -> None:
    """A constant, a name the book does not define, one of sheet "Timer" asked of "Uger"."""
    assert_unchecked(_total(f"={formula}", 14), formula, no_range(name))
