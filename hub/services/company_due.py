"""What a company owes in a period: weeks without mentor hours, progress reports, end forms.

The weeks follow the rule the hub's one form asks hours by (`form_weeks`: a week belongs to the period of
its Thursday), so the export's due list, the company's page and the form cannot drift apart.
`services.company` puts the due items in the company's export.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy.orm import Session

from hub.exports.company_model import DueItem
from hub.exports.completeness import progress_dues
from hub.exports.facts import PlacementFacts, weeks_touching
from hub.models import Agreement
from hub.periods import Period
from hub.services.facts import placement_facts
from hub.services.registry import registry


def form_weeks(period: Period, first: date, last: date) -> tuple[str, ...]:
    """The weeks a form asks hours for: those whose Thursday lies in the period (so the forms of two
    periods never share a week) and that touch the days the placement ran, `first..last`."""
    # A week whose Thursday is in the period starts at most three days before it, ends at most three after.
    near = weeks_touching(period.start - timedelta(days=3), period.end + timedelta(days=3))
    return tuple(
        week
        for week in near
        if period.start <= date.fromisoformat(week + "-4") <= period.end
        and date.fromisoformat(week + "-1") <= last
        and first <= date.fromisoformat(week + "-7")
    )


def due_items(facts: PlacementFacts, period: Period, as_of: date, every_weeks: int | None) -> list[DueItem]:
    """What the company owes for one placement in the period: weeks without hours (up to `as_of`), a
    progress report that falls due, an end form for a placement whose planned end has passed."""
    due: list[DueItem] = []
    # The weeks the period's one form asks for (a week belongs to the period of its Thursday), begun by now.
    logged = {week for sheet in facts.timesheets for week, _ in sheet.weeks}
    weeks = form_weeks(period, facts.start, facts.last_day)
    open_weeks = tuple(w for w in weeks if w not in logged and date.fromisoformat(w + "-1") <= as_of)
    if open_weeks:
        due.append(DueItem(facts.participant_id, facts.name, "mentor_hours", period.end, open_weeks))
    if every_weeks:
        # The reports due in the period by the rule the audit checks (`completeness.progress_dues`): a
        # report missed in an earlier period is that period's, and the next falls due N weeks after it.
        # Up to the last day it runs, as the audit counts them: an end form, above all one naming a day
        # after the period's, does not take back a report that fell due before that day.
        until = min(period.end, facts.last_day)
        reports = [r.day for r in facts.progress_reports if r.day <= until]
        for day in progress_dues(facts.start, reports, every_weeks, until):
            if day >= period.start:
                due.append(DueItem(facts.participant_id, facts.name, "progress_report", day))
    if facts.ended is None and facts.end <= min(period.end, as_of):
        due.append(DueItem(facts.participant_id, facts.name, "placement_end", facts.end + timedelta(days=7)))
    return due


def due(session: Session, agreement: Agreement, period: Period, as_of: date) -> Iterator[DueItem]:
    """Everything due from the company in the period, placement by placement."""
    for facts in placement_facts(session, agreement.id, None, period):
        config = registry().get(facts.municipality_code) if facts.municipality_code in registry() else None
        every = config.audit.progress_report_every_weeks if config else None
        yield from due_items(facts, period, as_of, every)
