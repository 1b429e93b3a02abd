"""A total XlsxWriter (or libxlsxwriter) wrote as a formula with its placeholder `0` saved beside it, in a
workbook that asks to be calculated on opening: Excel shows the sum, and the hub now works it out by the
same rule as a total saved with no value at all (decision 0061, "Stop 63: fixes-78"). Every workbook is
written here by XlsxWriter itself, which saves `<f>SUM(B2:B5)</f><v>0</v>` and `fullCalcOnLoad="1"`."""

from __future__ import annotations

import io
import zipfile

from xlsx_formula_books import HOURS, formula_book

from hub.adapters.mapping.provenance import locator_of
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction


def _read(data: bytes) -> Extraction:
    return extract(data, "timer.xlsx", READ_OPTIONS)


def test_xlsxwriters_zero_under_cells_that_sum_to_12_5_is_worked_out_and_said_so() -> None:
    data = formula_book([*HOURS, ["I alt", "=SUM(B2:B5)"]])
    with zipfile.ZipFile(io.BytesIO(data)) as book:  # what XlsxWriter writes, the case itself
        assert b"<f>SUM(B2:B5)</f><v>0</v>" in book.read("xl/worksheets/sheet1.xml")
        assert b'fullCalcOnLoad="1"' in book.read("xl/workbook.xml")
    extraction = _read(data)
    assert "uncached_formulas" not in extraction.meta
    total = SourceIndex(extraction).resolve("next:I alt")
    assert total is not None and total.key == "Timer!B6"
    assert total.value == "12.5"  # 3 + 2.5 + (empty) + 7, as Excel shows it on opening; never the 0
    assert locator_of(total, "xlsx")["text"] == {
        "en": 'sheet "Timer", cell B6 (0 saved as a placeholder, worked out by the hub as SUM(B2:B5))',
        "da": 'ark "Timer", celle B6 (0 gemt som pladsholder, regnet ud af hubben som SUM(B2:B5))',
    }


def test_a_total_above_its_rows_is_worked_out_too() -> None:
    # the cells are read after the total: its 0 could not be told a true 0 (`xlsx_zero_sum`) before
    total = SourceIndex(_read(formula_book([["I alt", "=B2+B3+B5"], *HOURS[1:]]))).resolve("next:I alt")
    assert total is not None and total.value == "12.5"


def test_a_zero_the_cells_make_is_read_as_the_files_own() -> None:
    zero = [["Uge", "Timer"], ["2026-W32", 0], ["2026-W33", "ingen"], ["I alt", "=SUM(B2:B3)"]]
    total = SourceIndex(_read(formula_book(zero))).resolve("next:I alt")
    assert total is not None and total.value == "0" and "worked_out" not in total.meta


def test_a_placeholder_that_cannot_be_worked_out_is_still_never_calculated() -> None:
    cases = {
        # text in the range: refused as hours typed as text, not as never calculated (`test_xlsx_sum_of_text`)
        "another function": [*HOURS, ["I alt", "=ROUND(SUM(B2:B5),0)"]],
        "a formula never calculated in the range": [*HOURS, ["Sub", "=B2*2"], ["I alt", "=SUM(B2:B6)"]],
    }
    for case, rows in cases.items():
        extraction = _read(formula_book(rows))
        assert ["Timer", len(rows), 2] in extraction.meta.get("uncached_formulas", []), case
        assert not any(value.key == f"Timer!B{len(rows)}" for value in extraction.values), case
