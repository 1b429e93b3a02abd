"""What is due from the company in a period: the weeks its one form asks for and no hours came for yet,
a progress report that falls due, an end form for a placement whose planned end has passed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from hub.exports.facts import Dated, PlacementFacts, Timesheet
from hub.periods import parse_period
from hub.services.company_due import due_items, form_weeks

SEPTEMBER = parse_period("2026-09")


def placement(**more: object) -> PlacementFacts:
    base: dict[str, object] = {
        "participant_id": "P-1",
        "municipality_code": "159",
        "name": "Ida Jensen",
        "p_number": "1900000101",
        "site_name": "Falck Søborg",
        "start": date(2026, 8, 3),
        "end": date(2026, 10, 25),
    }
    return PlacementFacts(**(base | more))  # type: ignore[arg-type]


def test_the_forms_weeks_are_those_whose_thursday_is_in_the_period() -> None:
    # 31 August-6 September has its Thursday on 3 September; 28 September-4 October on 1 October.
    assert form_weeks(SEPTEMBER, date(2026, 8, 3), date(2026, 10, 25)) == (
        "2026-W36",
        "2026-W37",
        "2026-W38",
        "2026-W39",
    )
    assert form_weeks(SEPTEMBER, date(2026, 9, 14), date(2026, 9, 16)) == ("2026-W38",)
    assert form_weeks(SEPTEMBER, date(2026, 10, 5), date(2026, 12, 1)) == ()


def test_weeks_without_hours_up_to_today() -> None:
    logged = Timesheet((("2026-W36", D("3")), ("2026-W37", D("3"))), "Mads")
    due = due_items(placement(timesheets=(logged,)), SEPTEMBER, date(2026, 9, 22), None)
    # Week 38 began on 14 September; week 39 begins on 21 September, before the 22nd: both are owed.
    assert [(d.kind, d.weeks) for d in due] == [("mentor_hours", ("2026-W38", "2026-W39"))]
    assert due_items(placement(timesheets=(logged,)), SEPTEMBER, date(2026, 9, 13), None) == []


def test_a_progress_report_and_an_end_form_fall_due() -> None:
    reported = placement(progress_reports=(Dated(date(2026, 8, 27)),), end=date(2026, 9, 25))
    due = due_items(reported, SEPTEMBER, date(2026, 9, 30), 4)
    kinds = {d.kind: d.due_on for d in due}
    assert kinds["progress_report"] == date(2026, 9, 24)  # four weeks after the last report
    assert kinds["placement_end"] == date(2026, 10, 2)  # a week after the planned end, with no end form
    # A report that would fall due after the placement's planned end is not asked for.
    short = placement(progress_reports=(Dated(date(2026, 8, 27)),), end=date(2026, 9, 20))
    assert "progress_report" not in {d.kind for d in due_items(short, SEPTEMBER, date(2026, 9, 30), 4)}
    ended = placement(end=date(2026, 9, 20), ended=Dated(date(2026, 9, 18)))
    assert "placement_end" not in {d.kind for d in due_items(ended, SEPTEMBER, date(2026, 9, 30), None)}
