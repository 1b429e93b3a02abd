"""A formula's saved 0 in a workbook that does not ask to be calculated on opening (no `fullCalcOnLoad`),
where the cells it adds make another number: the program that saved the book did not calculate it, so the
0 is refused at its sheet and cell, never read as 0 (decision 0061, "Stop 64: fixes-85"). A 0 its cells
make, a 0 under a formula the hub cannot add, and a value a calculating program saved read as before.

The books are XlsxWriter's (`<f>SUM(B2:B5)</f><v>0</v>`) with `fullCalcOnLoad="1"` taken out of
`xl/workbook.xml`: what Excel::Writer::XLSX of 2010 saved, and what a program that changes a book's cells
and leaves its formulas' values keeps."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from suggest_support import drafted_config
from xlsx_formula_books import HOURS, formula_book

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping.form import map_form
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.tabular import read_xlsx
from hub.errors import Rejection

SHA = "ab" * 32
FORMS = """
[[forms]]
id = "mentor"
form_type = "mentor_hours"
format = "xlsx"
  [forms.recognise]
  fields = ["Timer!A1"]
  [[forms.fields]]
  path = "signed_by"
  source = "next:I alt"
  nullable = true
"""


def _book(rows: list[list[Any]], values: dict[str, float] | None = None, asks: bool = False) -> bytes:
    """The book as a program that does not calculate saves it, unless `asks`."""
    return formula_book(rows, values, asks)


def _total(data: bytes, label: str = "I alt") -> str | None:
    found = SourceIndex(read_xlsx(data, "timer.xlsx")).resolve(f"next:{label}")
    return None if found is None else found.value


def _form(tmp_path: Path) -> FormConfig:
    return drafted_config(FORMS, tmp_path).forms[0]


@pytest.mark.parametrize("formula", ["=SUM(B2:B5)", "=B2+B3+B5"])
def test_a_zero_its_cells_contradict_is_refused_at_its_cell(tmp_path: Path, formula: str) -> None:
    data = _book([*HOURS, ["I alt", formula]])
    with zipfile.ZipFile(io.BytesIO(data)) as book:  # the case itself: a saved 0, no calculation asked
        assert f"<f>{formula[1:]}</f><v>0</v>".encode() in book.read("xl/worksheets/sheet1.xml")
        assert b"fullCalcOnLoad" not in book.read("xl/workbook.xml")
    with pytest.raises(Rejection) as caught:
        map_form(read_xlsx(data, "timer.xlsx"), _form(tmp_path), SHA, "timer.xlsx", "159")
    (problem,) = caught.value.problems
    assert problem.field == "signed_by"
    # 3 + 2.5 + (empty) + 7: what the sender's cells make, and not what the file saved
    assert problem.describe() == (
        f'timer.xlsx / mentor / sheet "Timer", cell B6 / signed by (signed_by): the cell\'s formula '
        f"{formula[1:]} is saved with the value 0, but the cells it adds make 12.5: the spreadsheet was "
        "saved without calculating; open it and save it again, then send it"
    )
    assert problem.reason_da == (
        f"cellens formel {formula[1:]} er gemt med værdien 0, men cellerne, den lægger sammen, giver 12,5: "
        "regnearket er gemt uden at blive regnet ud; åbn det og gem det igen, og send det så"
    )
    assert problem.locator_da == 'ark "Timer", celle B6'


def test_a_total_above_its_rows_is_checked_too() -> None:
    data = _book([["I alt", "=SUM(B2:B5)"], *HOURS[1:]])
    found = SourceIndex(read_xlsx(data, "timer.xlsx")).resolve("next:I alt")
    assert found is not None and found.meta["saved_uncalculated"] == ["SUM(B2:B5)", "12.5"]


def test_zeros_that_may_be_true_read_as_before() -> None:
    # cells that make 0 (text passed over by SUM as Excel does): the 0 is the formula's value
    assert (
        _total(_book([["Uge", "Timer"], ["2026-W32", 0], ["2026-W33", "ingen"], ["I alt", "=SUM(B2:B3)"]]))
        == "0"
    )
    # a formula the hub does not add (a product; text in the range): the file's own 0, as before
    assert _total(_book([*HOURS, ["I alt", "=B2*0"]])) == "0"
    assert _total(_book([*HOURS, ["2026-W36", "2,5"], ["I alt", "=SUM(B2:B6)"]])) == "0"


def test_values_a_calculating_program_saved_read_as_before() -> None:
    # Excel and LibreOffice save each formula's value: a total its cells make is the file's own
    assert _total(_book([*HOURS, ["I alt", "=SUM(B2:B5)"]], {"B6": 12.5})) == "12.5"
    # and a book that asks to be calculated on opening is worked out as before (stop 63: fixes-78)
    assert _total(_book([*HOURS, ["I alt", "=SUM(B2:B5)"]], asks=True)) == "12.5"


# Stop 65: fixes-93. A total other than 0 its own cells contradict: a program changed B2 and kept B6's
# old value. 3 + 2.5 + (empty) + 7 make 12.5, never 14.
def _refused(data: bytes, tmp_path: Path) -> Any:
    with pytest.raises(Rejection) as caught:
        map_form(read_xlsx(data, "timer.xlsx"), _form(tmp_path), SHA, "timer.xlsx", "159")
    (problem,) = caught.value.problems
    assert problem.field == "signed_by" and problem.locator_da == 'ark "Timer", celle B6'
    return problem


@pytest.mark.parametrize("asks", [False, True])
@pytest.mark.parametrize("formula", ["=SUM(B2:B5)", "=B2+B3+B5"])
def test_a_saved_total_its_cells_contradict_is_refused(tmp_path: Path, formula: str, asks: bool) -> None:
    problem = _refused(_book([*HOURS, ["I alt", formula]], {"B6": 14}, asks), tmp_path)
    assert problem.describe() == (
        f'timer.xlsx / mentor / sheet "Timer", cell B6 / signed by (signed_by): the cell\'s formula '
        f"{formula[1:]} is saved with the value 14, but the cells it adds make 12.5: the saved total does "
        "not match its cells; save the workbook again in a spreadsheet program, then send it"
    )
    assert problem.reason_da == (
        f"cellens formel {formula[1:]} er gemt med værdien 14, men cellerne, den lægger sammen, giver 12,5: "
        "den gemte sum passer ikke med cellerne; gem projektmappen igen i et regnearksprogram, og send den så"
    )


def test_a_saved_total_above_its_rows_and_in_decimals_is_checked() -> None:
    data = _book([["I alt", "=SUM(B2:B5)"], *HOURS[1:]], {"B1": 12.25})
    found = SourceIndex(read_xlsx(data, "timer.xlsx")).resolve("next:I alt")
    assert found is not None and found.meta["saved_uncalculated"] == ["SUM(B2:B5)", "12.5", "12.25"]


def test_saved_totals_the_hub_cannot_add_or_that_match_read_as_saved() -> None:
    # the sum as Excel saves it, with a double's noise: 0.1 + 0.2 is 0.30000000000000004 in the file
    tenths = [["Uge", "Timer"], ["2026-W32", 0.1], ["2026-W33", 0.2], ["I alt", "=SUM(B2:B3)"]]
    assert _total(_book(tenths, {"B4": 0.1 + 0.2})) == "0.3"
    # a formula that is no sum, a range with text: not told here, the file's own value
    assert _total(_book([*HOURS, ["I alt", "=B2-B3"]], {"B6": 99})) == "99"
    assert _total(_book([*HOURS, ["2026-W36", "2,5"], ["I alt", "=SUM(B2:B6)"]], {"B7": 99})) == "99"


# A 0 under a formula the hub does not add whose cells hold numbers other than 0: B2 is 3, B3 2.5.
@pytest.mark.parametrize("formula", ["=B2*2", "=(B2+B3)/8", "=B2*B3*0.5"])
def test_a_zero_no_product_of_its_cells_makes_is_refused(tmp_path: Path, formula: str) -> None:
    problem = _refused(_book([*HOURS, ["I alt", formula]]), tmp_path)
    assert problem.describe() == (
        f'timer.xlsx / mentor / sheet "Timer", cell B6 / signed by (signed_by): the cell\'s formula '
        f"{formula[1:]} is saved with the value 0, but the cells it uses hold numbers other than 0, from "
        "which it cannot make 0: the spreadsheet was saved without calculating; open it and save it "
        "again, then send it"
    )
    assert problem.reason_da == (
        f"cellens formel {formula[1:]} er gemt med værdien 0, men cellerne, den bruger, har andre tal end 0, "
        "som den ikke kan give 0 af: regnearket er gemt uden at blive regnet ud; åbn det og gem det igen, og "
        "send det så"
    )


@pytest.mark.parametrize(
    "formula",
    # an empty cell (B4), a minus, a function, a 0 in the formula: each may make 0 from these cells
    ["=B2*B4", "=B2-B3-B3+B3", "=ROUND(B2/100,0)", "=B2*0.0", "=B2*A2"],
)
def test_a_zero_that_may_be_true_reads_as_before(formula: str) -> None:
    assert _total(_book([*HOURS, ["I alt", formula]])) == "0"
