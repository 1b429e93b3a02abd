"""A month's visits kept as durations (`[h]:mm` cells) and summed in a cell of that format, saved with no
value, is worked out as the duration Excel shows, as the forty-eighth trial's excel-builder-vanilla sheet
needs; a sum in a date format, or one adding anything but durations (or times of day: fixes-110), is
still a formula never calculated (decision 0060, "Stop 67: trial-105"). Every workbook is written here by
openpyxl, which saves a formula with no value."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import openpyxl

from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction

VISITS = [dt.timedelta(hours=2), dt.timedelta(hours=1, minutes=30), None, dt.timedelta(minutes=45)]


def _read(
    visits: list[Any], total_format: str, visit_format: str = "[h]:mm", formula: str | None = None
) -> Extraction:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Timer"
    sheet.append(["Dato", "Timer"])
    for day, visit in enumerate(visits, start=2):
        sheet.append([f"0{day}-11-2026", visit])
        sheet.cell(day, 2).number_format = visit_format
    sheet.append(["Timer i alt", formula or f"=SUM(B2:B{len(visits) + 1})"])
    sheet.cell(len(visits) + 2, 2).number_format = total_format
    out = io.BytesIO()
    book.save(out)
    return extract(out.getvalue(), "timer.xlsx", READ_OPTIONS)


def test_a_sum_of_durations_in_a_duration_format_is_worked_out_as_one() -> None:
    extraction = _read(VISITS, "[h]:mm")
    assert "uncached_formulas" not in extraction.meta
    total = SourceIndex(extraction).resolve("next:Timer i alt")
    assert total is not None and total.key == "Timer!B6"
    assert total.value == "4:15:00"  # 2:00 + 1:30 + (empty) + 0:45, as a duration cell reads
    assert total.meta["worked_out"] == "SUM(B2:B5)"
    # past a day, as `[h]` shows it: 30 hours, not 1 day and 6 hours
    long = _read([dt.timedelta(hours=20), dt.timedelta(hours=10)], "[h]:mm:ss")
    assert SourceIndex(long).resolve("next:Timer i alt").value == "30:00:00"  # type: ignore[union-attr]


def test_any_other_sum_shown_as_a_date_or_a_time_is_still_never_calculated() -> None:
    cases = {
        "a date format on the total": (VISITS, "dd-mm-yyyy", "[h]:mm"),
        "plain numbers summed as a duration": ([2, 1.5, None, 0.75], "[h]:mm", "General"),
        # (times of day, h:mm, in a sum, and a sum in h:mm below a day, are read as Excel shows them
        # since fixes-110: `test_xlsx_clock_sum.py`)
    }
    for case, (visits, total_format, visit_format) in cases.items():
        extraction = _read(visits, total_format, visit_format)
        last = len(visits) + 2
        assert ["Timer", last, 2] in extraction.meta.get("uncached_formulas", []), case
        assert not any(value.key == f"Timer!B{last}" for value in extraction.values), case
