"""Which of a placement's documents belong to a period: the evidence an audit check counts and lists.

A canonical timesheet keeps hours per ISO week, and a week belongs to the period its Thursday lies in:
the rule the hub's one form asks weeks by (`services.company_due.form_weeks`), so that the forms of two
months never share a week, and the one ISO 8601 gives a week's year. A timesheet is a period's when one
of its weeks is; October's sheet, whose first week began on Monday 28 September, is not the third
quarter's. A progress report is the period's its measuring day lies in. Decision 0012 ("Evidence
inside the period") says why, and what a rule may still reach outside the period for.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction
from functools import lru_cache

from hub.exports.facts import Dated, PlacementFacts, Source, Timesheet, hours_between, spread, weeks_touching
from hub.periods import Period, month_of


# Cached: the dashboards' refresh asks for the Thursdays of the same few hundred weeks for every month of
# every placement of a batch, and parsing an ISO week date was a seventh of its CPU (decision 0030, stop 47).
@lru_cache(maxsize=8192)
def thursday(week: str) -> date:
    """The day that decides a week's period: its Thursday ("2026-W40" → 2026-10-01)."""
    return date.fromisoformat(week + "-4")


def week_in(week: str, period: Period) -> bool:
    """Whether an ISO week belongs to the period (its Thursday lies in it)."""
    return period.start <= thursday(week) <= period.end


def sheets_of(facts: PlacementFacts, period: Period) -> list[Timesheet]:
    """The placement's timesheets that belong to the period: those with a week of it."""
    return [t for t in facts.timesheets if any(week_in(week, period) for week, _ in t.weeks)]


def sheets_paid_from(facts: PlacementFacts, period: Period) -> tuple[list[Timesheet], list[str]]:
    """The timesheets whose hours the period's payment lines count, and the weeks of other periods
    among those hours. A week's hours are spread over its days (decision 0009), so the lines take the
    days inside the period of a week across its edge, whichever period the week belongs to."""
    sheets: list[Timesheet] = []
    borrowed: set[str] = set()
    for sheet in facts.timesheets:
        weeks, _outside = spread(facts, sheet)
        counted = [w.week for w in weeks if w.first <= period.end and period.start <= w.last]
        if counted:
            sheets.append(sheet)
            borrowed.update(week for week in counted if not week_in(week, period))
    return sheets, sorted(borrowed)


def weeks_due(facts: PlacementFacts, month: Period) -> list[str]:
    """The weeks a month's timesheet gives hours for: those of the month on which the placement ran
    a day. None where it ran only a few days at the month's edge, of a week the next or the last
    month's sheet holds."""
    # A week of the month begins at most three days before it and ends at most three days after it.
    first = max(facts.start, month.start - timedelta(days=3))
    last = min(facts.last_day, month.end + timedelta(days=3))
    return list(_weeks_of(first, last, month)) if first <= last else []


@lru_cache(maxsize=4096)
def _weeks_of(first: date, last: date, month: Period) -> tuple[str, ...]:
    """The weeks of `month` that touch `first..last`. Cached: a month's placements running through it
    share the month's own bounds, asked for again by every placement of a batch's refresh."""
    return tuple(week for week in weeks_touching(first, last) if week_in(week, month))


def hours_from_other_months(facts: PlacementFacts, month: Period) -> tuple[Fraction, list[str]]:
    """The delivered (signed) hours a month's days take from weeks of other months, and those weeks:
    a week across the month's edge is on the sheet of its Thursday's month, and its days in this month
    are paid in this month all the same (decision 0009, "Days, not weeks")."""
    hours, weeks = Fraction(0), set()
    for sheet in facts.timesheets:
        if not sheet.signed:
            continue  # not delivered (decision 0007)
        spread_weeks, _outside = spread(facts, sheet)
        for week in spread_weeks:
            if not week_in(week.week, month) and (share := hours_between([week], month.start, month.end)):
                hours += share
                weeks.add(week.week)
    return hours, sorted(weeks)


def month_of_week(week: str) -> Period:
    """The month whose timesheet gives a week's hours: that of its Thursday."""
    return month_of(thursday(week))


def reports_in(facts: PlacementFacts, period: Period, until: date) -> list[Dated]:
    """The progress reports measured in the period, up to `until`, by day."""
    found = (r for r in facts.progress_reports if period.start <= r.day <= min(until, period.end))
    return sorted(found, key=lambda r: r.day)


def period_sources(facts: PlacementFacts, period: Period) -> list[Source]:
    """The records a period's claim and audit checks rest on, for one placement (decision 0012, "Stop
    39"): the placement record; the first grant and those covering the period; the period's
    timesheets and those whose hours its payment lines count; the progress reports measured in it and
    the last one before it (which set when the first of them was due); the end form where it decides
    the period's last day. Whatever any rule looks at, and no more: what the auditor needs to derive the
    period's claim and checks again."""
    grants = sorted(facts.grants, key=lambda g: g.start)
    covering = [g for g in grants[1:] if period.overlap(g.start, g.end) is not None]
    sheets = sheets_of(facts, period) + sheets_paid_from(facts, period)[0]
    before = [r for r in facts.progress_reports if r.day < period.start]
    reports = [r for r in facts.progress_reports if period.start <= r.day <= period.end]
    found = [facts.placement_source, *(g.source for g in grants[:1] + covering), *(t.source for t in sheets)]
    found += [r.source for r in before[-1:] + reports]  # progress reports are sorted by day
    if facts.ended is not None and (facts.ended.day <= period.end or facts.end < period.end):
        # It ended in (or before) the period, or ran past a planned end inside it: either way the form
        # says which of the period's days the placement ran.
        found.append(facts.ended.source)
    return [source for source in found if source is not None]
