"""What a company owes in a period: weeks without mentor hours, progress reports, end forms.

The weeks follow the rule the hub's one form asks hours by (`form_weeks`: a week belongs to the period of
its Thursday), so the export's due list, the company's page and the form cannot drift apart.
`services.company` puts the due items in the company's export.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
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
        due += reports_due(facts, period, every_weeks)
    if facts.ended is None and facts.end <= min(period.end, as_of):
        due.append(DueItem(facts.participant_id, facts.name, "placement_end", facts.end + timedelta(days=7)))
    return due


def said_late(item: DueItem, today: date) -> DueItem:
    """The item said overdue since its day when that day is past `today`: a list read after the period
    (November's on 7 December) said "Senest 26. nov. 2026" with no word that the day had gone by. The
    same flag as a report owed from an earlier period, so the page and each file say it as they say that."""
    return replace(item, overdue=True) if item.due_on < today and not item.overdue else item


def reports_due(facts: PlacementFacts, period: Period, every_weeks: int) -> list[DueItem]:
    """The progress reports one placement owes in the period: one still owed from before it, then those
    that fall due in it.

    The reports fall due by the rule the audit checks (`completeness.progress_dues`): the next N weeks
    after the last report, or after the last due day when none came; up to the last day the placement
    runs, as the audit counts them (an end form, above all one naming a day after the period's, does not
    take back a report that fell due before that day, and one ending before a report fell due owes none).
    A report that fell due before the period and after which none came is owed still: said once, overdue
    since the first such day (stop 48; it was listed only in its own month's list, then forgotten)."""
    until = min(period.end, facts.last_day)
    reports = [r.day for r in facts.progress_reports if r.day <= until]
    missed = progress_dues(facts.start, reports, every_weeks, until)
    owed = [day for day in missed if day < period.start and not any(r >= day for r in reports)]
    items = (
        [DueItem(facts.participant_id, facts.name, "progress_report", owed[0], overdue=True)] if owed else []
    )
    return items + [
        DueItem(facts.participant_id, facts.name, "progress_report", day)
        for day in missed
        if day >= period.start
    ]


def _every_weeks(facts: PlacementFacts) -> int | None:
    """How often the placement's municipality wants a progress report (None: it wants none)."""
    config = registry().get(facts.municipality_code) if facts.municipality_code in registry() else None
    return config.audit.progress_report_every_weeks if config else None


def due(session: Session, agreement: Agreement, period: Period, as_of: date) -> Iterator[DueItem]:
    """Everything due from the company in the period, placement by placement: the placements its export
    lists as its interns (`company.interns`), and no other.

    A placement that ended before the period is not asked for a report it missed (stop 61): the export
    does not list its intern, so the company could not tell whom, where or when it meant; a progress
    report measures a placement while it runs, and one measured after the end matches no placement
    (DESIGN.md: the hub links a form to the placement whose period covers its dates), so the only report
    the company could send is one back-dated. The missed report stays the audit's to count
    (`completeness`), as it was."""
    for facts in placement_facts(session, agreement.id, None, period):
        if period.overlap(facts.start, facts.last_day) is not None:  # as `company.interns` lists them
            yield from due_items(facts, period, as_of, _every_weeks(facts))
