"""A workbook's date-time at 23:00 or 22:00 of the day before: a JavaScript or Go writer that turned a
Danish midnight into UTC and stored it in a cell, which holds no zone (fixes-128). Read as the day before,
as Excel shows it, unless the config says the writer wrote UTC instants (`date`'s `written_in_utc`); suggest
drafts the word, with a TODO, where every day of a column is such a midnight (decision 0060, "Stop 73:
fixes-128")."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from marshmallow import ValidationError
from openpyxl import Workbook
from suggest_support import draft_of

from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.transform_args import DateArgs
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract

# Midnight in Copenhagen on 1 December 2026 (CET, +1) and on 3 May 2027 (CEST, +2), as UTC wall times.
WINTER = dt.datetime(2026, 11, 30, 23, 0)
SUMMER = dt.datetime(2027, 5, 2, 22, 0)


def _book(rows: list[tuple[object, ...]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for cell in sheet["B"][1:]:
        cell.number_format = "dd-mm-yyyy hh:mm"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _date(text: str, **args: object) -> str:
    return TRANSFORMS["date"].func(text, args)


def test_a_workbook_cell_of_a_danish_midnight_in_utc_is_its_danish_day_with_the_word() -> None:
    extraction = extract(_book([("Dato", "x"), ("Start", WINTER), ("Slut", SUMMER)]), "a.xlsx", READ_OPTIONS)
    index = SourceIndex(extraction)
    start, end = index.resolve("next:Start"), index.resolve("next:Slut")
    assert start is not None and end is not None
    assert _date(start.value, written_in_utc=True) == "2026-12-01"
    assert _date(end.value, written_in_utc=True) == "2027-05-03"
    # Without the word, the day Excel shows (a guard: the writer may have meant 23:00 in Denmark).
    assert _date(start.value) == "2026-11-30"
    assert _date(end.value) == "2027-05-02"


@pytest.mark.parametrize(
    ("written", "expected"),
    [("2026-11-30 23:00", "2026-12-01"), ("2026-11-30T23:00:00.000", "2026-12-01"),
     ("2026-12-01", "2026-12-01"), ("2026-11-30T23:00:00+01:00", "2026-11-30"), ("30.11.2026", "2026-11-30")],
)  # fmt: skip
def test_only_a_date_time_without_a_zone_is_read_as_utc(written: str, expected: str) -> None:
    """A day alone, or a date-time with its own zone, is read as written."""
    assert _date(written, written_in_utc=True) == expected


def test_the_word_is_a_boolean() -> None:
    assert DateArgs().load({"written_in_utc": True}) == {"written_in_utc": True}
    with pytest.raises(ValidationError):
        DateArgs().load({"written_in_utc": "ja"})


def test_suggest_drafts_the_word_with_a_todo_where_every_day_is_a_danish_midnight_in_utc() -> None:
    rows = [("CPR-nummer", "Startdato", "Navn"), ("1703923308", WINTER, "Søren Kragh"),
            ("0101904411", SUMMER, "Ib")]  # fmt: skip
    draft = draft_of(_book(rows), "aftaler.xlsx")
    assert 'transforms = [{ name = "date", written_in_utc = true }]' in draft
    assert "TODO: every day is at 23:00 or 22:00, Denmark's midnight in UTC" in draft


def test_suggest_drafts_no_word_where_a_day_is_another_time() -> None:
    """A guard: 23:00 on one row and 14:30 on another is a time of day, not a midnight in UTC."""
    rows = [("CPR-nummer", "Startdato", "Navn"), ("1703923308", WINTER, "Søren Kragh"),
            ("0101904411", dt.datetime(2027, 5, 2, 14, 30), "Ib")]  # fmt: skip
    assert "written_in_utc" not in draft_of(_book(rows), "aftaler.xlsx")
