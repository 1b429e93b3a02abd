"""A workbook's total that its program wrote as a plain `SUM` (or cells added) and never calculated is
worked out from the numbers it adds, its provenance saying so; any other formula stays a formula never
calculated (decision 0061, "Stop 62: fixes-75"). Every workbook is written here by openpyxl, which
saves a formula with no value, as pyexcelerate and xlsx-populate do."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import openpyxl

from hub.adapters.mapping.provenance import locator_of
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction


def _book(rows: list[list[Any]], other: list[list[Any]] | None = None, date_cell: str | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Timer"
    for row in rows:
        sheet.append(row)
    if date_cell:
        sheet[date_cell].number_format = "dd-mm-yyyy"
    if other is not None:
        second = book.create_sheet("Ark2")
        for row in other:
            second.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _read(data: bytes) -> Extraction:
    return extract(data, "timer.xlsx", READ_OPTIONS)


WEEKS = [["Uge", "Timer"], ["2026-W32", 3], ["2026-W33", 2.5], ["2026-W34", None], ["2026-W35", 0.1]]


def test_a_sum_never_calculated_is_worked_out_and_its_provenance_says_so() -> None:
    extraction = _read(_book([*WEEKS, ["I alt", "=SUM(B2:B5)"]]))
    assert "uncached_formulas" not in extraction.meta
    total = SourceIndex(extraction).resolve("next:I alt")
    assert total is not None and total.key == "Timer!B6"
    assert total.value == "5.6"  # 3 + 2.5 + (empty) + 0.1
    locator = locator_of(total, "xlsx")
    assert locator["worked_out"] == "SUM(B2:B5)" and locator["cell"] == "B6"
    assert locator["text"] == {
        "en": 'sheet "Timer", cell B6 (no value saved, worked out by the hub as SUM(B2:B5))',
        "da": 'ark "Timer", celle B6 (ingen værdi gemt, regnet ud af hubben som SUM(B2:B5))',
    }
    # in its row's place among the values, after its label
    keys = [value.key for value in extraction.values]
    assert keys[-2:] == ["Timer!A6", "Timer!B6"]


def test_cells_added_and_a_total_above_its_rows_are_worked_out() -> None:
    extraction = _read(_book([["I alt", "=B2+B3+$B$4"], *WEEKS[1:4]]))
    total = SourceIndex(extraction).resolve("next:I alt")
    assert total is not None and total.value == "5.5"  # 3 + 2.5 + (empty)
    whole = _read(_book([["Uge", "Timer"], ["2026-W32", 3], ["2026-W33", 4], ["I alt", "=sum(B2:B3)"]]))
    assert SourceIndex(whole).resolve("next:I alt").value == "7"  # type: ignore[union-attr]


def test_anything_else_is_still_a_formula_never_calculated() -> None:
    cases = {
        # text in the range: refused as hours typed as text (`test_xlsx_sum_of_text`, "Stop 66: fixes-102")
        "a boolean": ([*WEEKS, ["2026-W36", True], ["I alt", "=SUM(B2:B6)"]], None, None),
        "another function": ([*WEEKS, ["I alt", "=ROUND(SUM(B2:B5),0)"]], None, None),
        "another operator": ([*WEEKS, ["I alt", "=B2*B3"]], None, None),
        "another sheet": ([*WEEKS, ["I alt", "=SUM(Ark2!B1:B2)"]], [[1], [2]], None),
        "a name": ([*WEEKS, ["I alt", "=SUM(Timer)"]], None, None),
        "its own cell": ([*WEEKS, ["I alt", "=SUM(B2:B6)"]], None, None),
        "a formula never calculated": ([*WEEKS, ["Sub", "=B2*2"], ["I alt", "=SUM(B2:B6)"]], None, None),
        "a date": ([*WEEKS, ["Dato", dt.datetime(2026, 8, 3)], ["I alt", "=SUM(B2:B6)"]], None, "B6"),
        "a date format on the total": ([*WEEKS, ["I alt", "=SUM(B2:B5)"]], None, "B6"),
    }
    for case, (rows, other, date_cell) in cases.items():
        extraction = _read(_book(rows, other, date_cell))
        last = len(rows)
        assert ["Timer", last, 2] in extraction.meta.get("uncached_formulas", []), case
        assert not any(value.key == f"Timer!B{last}" for value in extraction.values), case
