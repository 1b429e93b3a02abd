"""Which date a refusal for want of a placement names (`coverage.outside`, fixes-132): the first no
placement of the citizen at the site holds, by its field, so that the row or cell it was read from is
named; none where each date lies in one placement or another. Placements and dates by hand."""

from __future__ import annotations

from datetime import date
from typing import Any

from hub.services.coverage import outside

AUGUST_TO_OCTOBER = [(date(2026, 8, 10), date(2026, 10, 31))]


def _hours(*weeks: str) -> dict[str, Any]:
    return {"form_type": "mentor_hours", "entries": [{"week": w, "hours": "2.0"} for w in weeks]}


def test_a_timesheets_week_after_the_placement_is_named_by_its_entry() -> None:
    # 2026-W47 is 16–22 November, after 31 October; W33 (10–16 August) and W44 (26 Oct–1 Nov) touch it.
    record = _hours("2026-W33", "2026-W44", "2026-W47")
    assert outside(record, AUGUST_TO_OCTOBER) == ("entries[2].week", "2026-W47", "uge 47 2026")


def test_a_progress_report_day_before_the_placement_is_named() -> None:
    record = {"form_type": "progress_report", "measured_on": "2026-08-09"}
    assert outside(record, AUGUST_TO_OCTOBER) == ("measured_on", "2026-08-09", "9. aug. 2026")


def test_a_grants_end_after_the_placement_is_named_not_its_start() -> None:
    record = {"form_type": "mentor_support", "period": {"start": "2026-08-10", "end": "2026-11-01"}}
    assert outside(record, AUGUST_TO_OCTOBER) == ("period.end", "2026-11-01", "1. nov. 2026")


def test_dates_split_between_two_placements_name_none() -> None:
    # Guard: each week lies in a placement, but no one placement holds both; no one date is at fault.
    two = [*AUGUST_TO_OCTOBER, (date(2026, 11, 2), date(2026, 12, 31))]
    assert outside(_hours("2026-W33", "2026-W47"), two) is None
