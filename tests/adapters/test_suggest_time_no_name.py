"""A day with its time of day is no name, as a day alone was not (decision 0060, "Stop 63: trial-83").

A Go program's tealeg/xlsx `SetDateTime` cell is read as `2026-09-25T14:02:00`; a case system prints one
as "25-09-2026 14:02". Beside a label whose words name a role ("Mentor godkendt": when the mentor
approved), the time was drafted as the mentor's name; a day alone was left a TODO saying it is a date.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook
from suggest_support import draft_of, drafted_fields


def _form(approved: object) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in (
        ("CPR-nummer", "170392-3308"),
        ("Mentor godkendt", approved),
        ("Mentorens navn", "Søren Kragh"),
    ):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "approved", [dt.datetime(2026, 9, 25, 14, 2), "25-09-2026 14:02", "2026-09-25 14:02:30"]
)
def test_a_time_beside_a_role_label_is_no_name(approved: object) -> None:
    draft = draft_of(_form(approved), "timeseddel.xlsx")
    assert "looks like mentor.name, but the value is a date" in draft
    assert drafted_fields(draft)["mentor.name"]["source"] == "next:Mentorens navn"
