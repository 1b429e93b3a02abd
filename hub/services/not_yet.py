"""What a form cannot yet say on the day it came in: hours for a week that has not begun, a signature, a
grant or a measurement dated later.

Mentor hours are paid as delivered, so a timesheet for next month's weeks would be paid for hours nobody
has given yet. The day compared with is the day the hub received the document (in Danish time), not
today: a reprocess of an old document decides as its first reading did. An end form may name a day
still to come (the placement is planned to end then), so `ended_on` is not checked.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from hub.datewords import day_da, week_text
from hub.errors import FieldProblem
from hub.periods import DENMARK

# form_type -> its one-day fields that name something that has happened by the time the form is sent.
_DONE_BY_THEN = {
    "mentor_hours": ("signed_on",),
    "mentor_support": ("granted_on",),
    "progress_report": ("measured_on",),
}


def _later(field: str, value: str, received: date) -> FieldProblem:
    return FieldProblem(
        f"the date {value} is after the day the form came in ({received.isoformat()})",
        f"datoen {day_da(date.fromisoformat(value))} ligger efter den dag, blanketten kom ind "
        f"({day_da(received)})",
        field=field,
    )


def _week_ahead(index: int, week: str, received: date) -> FieldProblem:
    return FieldProblem(
        f"week {week} had not begun on the day the form came in ({received.isoformat()}): hours can be "
        "reported only for weeks that have begun",
        # "uge 34 2026", as an English page writes the English's week (`datewords.week_text`).
        f"{week_text(week, 'da')} var ikke begyndt den dag, blanketten kom ind "
        f"({day_da(received)}): der kan kun indberettes timer for uger, der er begyndt",
        field=f"entries[{index}].week",
    )


def problems(record: dict[str, Any], received_at: datetime) -> list[FieldProblem]:
    """The record's dates that lie after the day it was received; empty when none does."""
    received = received_at.astimezone(DENMARK).date()
    found = [
        _later(field, str(record[field]), received)
        for field in _DONE_BY_THEN.get(record["form_type"], ())
        if record.get(field) and date.fromisoformat(str(record[field])) > received
    ]
    if record["form_type"] == "mentor_hours":
        found += [
            _week_ahead(index, entry["week"], received)
            for index, entry in enumerate(record["entries"])
            if date.fromisoformat(entry["week"] + "-1") > received
        ]
    return found
