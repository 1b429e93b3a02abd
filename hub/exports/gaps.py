"""Gaps between what was granted and what was delivered, each with its placement and its reason; here
those that need no grant to see (those seen against the grant and the agreement's terms: `grant_gaps`).

The law pays mentor support for hours actually delivered, and audits have found paid hours never checked
against delivered ones: every difference is listed for the lead, the company and the auditor, in Danish
and English. A gap names the participant id, never a CPR number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

from hub.datewords import day_da, week_text
from hub.exports import gap_words
from hub.exports.awaited_week import AwaitedWeek
from hub.exports.evidence import hours_from_other_months, month_of_week, weeks_due
from hub.exports.facts import (
    PlacementFacts,
    WeekHours,
    hours_between,
    spread,
    to_hours,
    week_days,
)
from hub.periods import Period, local_today
from hub.quantities import hours_fixed_text

KINDS = (
    "below_grant",
    "above_grant",
    "week_above_grant",
    "after_end",
    "no_grant",
    "grant_after_start",
    "unsigned",
    "no_timesheet",
    "over_allotment",
)
HOURS_GAPS = frozenset({"after_end", "unsigned", "no_timesheet"})  # `hours_gaps`: whatever the terms


def hours_en(value: Decimal) -> str:
    """Hours as an English gap's reason says them."""
    # `1,234.50`: grouped, as every English line's numbers (decision 0062)
    return hours_fixed_text(value, "en")


def hours_da(value: Decimal) -> str:
    """Hours as a Danish gap's reason says them."""
    # `1.234,50`: grouped, as every Danish line's numbers (decision 0062)
    return hours_fixed_text(value, "da")


@dataclass(frozen=True)
class Gap:
    """One difference between grant and delivery (or a missing document) for one placement."""

    municipality_code: str
    participant_id: str
    kind: str
    hours: Decimal | None
    reason_en: str
    reason_da: str
    # A `below_grant` whose line's last days a later month's form gives, not due yet: that week, as the
    # reasons say it (`company_awaited.waiting_said`); None otherwise.
    awaiting: AwaitedWeek | None = None

    @classmethod
    def of(cls, facts: PlacementFacts, kind: str, hours: Decimal | None, en: str, da: str) -> Gap:
        """A gap of one placement."""
        return cls(facts.municipality_code, facts.participant_id, kind, hours, en, da)


def hours_gaps(facts: PlacementFacts, period: Period, until: date | None = None) -> list[Gap]:
    """Gaps that need no grant to see: unsigned timesheets, hours after the end, months without hours
    (`until`: only months over by then count as without hours)."""
    # A month's missing timesheet is said in the tense of the day the page or export is made: today, or
    # the day after `until` (the day asked for is counted whole: a month that ends on it is over). By
    # `until` when there is one, so that what the dashboards keep does not depend on the day it was made.
    now = until + timedelta(days=1) if until is not None else local_today()
    if until is not None and until >= period.end:
        until = None  # every month of the period is over by then: the same gaps as without `until`
    key = ("hours_gaps", period, until, now)
    return list(facts.derived(key, lambda: _hours_gaps(facts, period, until, now)))


def _hours_gaps(facts: PlacementFacts, period: Period, until: date | None, now: date) -> tuple[Gap, ...]:
    # A period's gaps are its timesheets' (whatever `until`) and then each of its months' own: the
    # dashboards' refresh asks for a month alone, for its claim period (a quarter, a half-year) and for
    # that period as of each of its months' ends, so each part is computed once for these facts and
    # shared (decision 0030, stop 49). The facts are read afresh for every refresh: nothing outlives it.
    gaps: list[Gap] = []
    if facts.timesheets:  # without one, and in a month it did not run, there is nothing to keep
        gaps += facts.derived(("sheet_gaps", period), partial(_sheet_gaps, facts, period))
    for month in period.months():
        if until is not None and month.end > until:
            continue  # a month's timesheet is due once the month is over
        ran = month.overlap(facts.start, facts.last_day)
        if ran is None:
            continue  # not a day of it ran: no timesheet was due (`_month_gaps` says the same)
        # Kept by the tense its days are said in (`gap_words`): the same for every `now` once they ran.
        said = gap_words.tense(ran, now)
        gaps += facts.derived(("month_gaps", month, said), partial(_month_gaps, facts, month, now))
    return tuple(gaps)


def _sheet_gaps(facts: PlacementFacts, period: Period) -> tuple[Gap, ...]:
    """The period's unsigned hours and hours after the end, timesheet by timesheet."""
    gaps: list[Gap] = []
    spreads = facts.derived("spreads", partial(_spreads, facts))
    for timesheet, (weeks, outside) in zip(facts.timesheets, spreads, strict=True):
        if not timesheet.signed:
            in_period = hours_between(weeks, period.start, period.end)
            if in_period:
                hours = to_hours(in_period)
                gaps.append(
                    Gap.of(
                        facts,
                        "unsigned",
                        hours,
                        f"timesheet not signed: {hours_en(hours)} hours in the period are not counted "
                        "as delivered",
                        f"timesedlen er ikke underskrevet: {hours_da(hours)} timer i perioden tælles ikke "
                        "som leveret",
                    )
                )
        for week in outside:
            thursday = week_days(week)[3]  # an ISO week belongs to the period of its Thursday
            if period.start <= thursday <= period.end and thursday > facts.last_day:
                hours = next(h for w, h in timesheet.weeks if w == week)
                gaps.append(
                    Gap.of(
                        facts,
                        "after_end",
                        hours,
                        f"{hours_en(hours)} hours logged in {week}, after the placement ended on "
                        f"{facts.last_day.isoformat()}",
                        # "uge 44 2026", as an English page writes the English's "2026-W44"
                        # (`datewords.week_text`, stop 60).
                        f"{hours_da(hours)} timer skrevet i {week_text(week, 'da')}, efter "
                        f"praktikken sluttede {day_da(facts.last_day)}",
                    )
                )
    return tuple(gaps)


def _month_gaps(facts: PlacementFacts, period: Period, now: date) -> tuple[Gap, ...]:
    """A month of the period the placement ran in without a timesheet of its own (asked for one month),
    said in the tense of `now`."""
    gaps: list[Gap] = []
    covered_weeks = (
        facts.derived("covered_weeks", partial(_covered_weeks, facts)) if facts.timesheets else _NONE
    )
    for month in period.months():
        ran = month.overlap(facts.start, facts.last_day)
        if ran is None:
            continue  # not a day of it ran: nothing was due (and its weeks need not be found)
        # A month's sheet gives its own weeks (the next month's first week is not this month's sheet);
        # a few days at its edge in a week of the next or the last month are on that month's sheet.
        # Looked for once whatever the tense it is said in (`hours_gaps` keeps the text by its tense).
        due = facts.derived(("weeks_due", month), partial(weeks_due, facts, month))
        if due and covered_weeks.isdisjoint(due):
            en, da = gap_words.no_timesheet(month, ran, now)
            # Hours the month's line shows all the same come from a week across its edge, on another
            # month's sheet: said, or "no timesheet" beside them reads as hours from nowhere.
            en_from, da_from = from_other_months(facts, month)
            gaps.append(Gap.of(facts, "no_timesheet", None, en + en_from, da + da_from))
    return tuple(gaps)


def _spreads(facts: PlacementFacts) -> tuple[tuple[list[WeekHours], list[str]], ...]:
    """Each timesheet's weeks spread over the placement's days (`spread`), in order: once for the facts,
    not once for every period asked for (shared: read, never changed)."""
    return tuple(spread(facts, timesheet) for timesheet in facts.timesheets)


_NONE: frozenset[str] = frozenset()


def _covered_weeks(facts: PlacementFacts) -> frozenset[str]:
    """Every week a timesheet of the placement gives, signed or not."""
    return frozenset(week for timesheet in facts.timesheets for week, _ in timesheet.weeks)


def from_other_months(facts: PlacementFacts, month: Period) -> tuple[str, str]:
    """What a month without a timesheet of its own is paid from (English, Danish, each after "; "):
    its days in a week of another month, on that month's sheet; empty when nothing."""
    hours, weeks = hours_from_other_months(facts, month)
    if not hours:
        return "", ""
    delivered = to_hours(hours)
    sheets_en = " and ".join(f"{w} (on the timesheet for {month_of_week(w).describe('en')})" for w in weeks)
    # Danish names a week with its year as an English page does (`datewords.week_text`): "uge 44 2026".
    sheets_da = " og ".join(
        f"{week_text(w, 'da')} (på timesedlen for {month_of_week(w).describe('da')})" for w in weeks
    )
    return (
        f"; the {hours_en(delivered)} hours delivered in {month.describe('en')} are for its days in "
        f"{sheets_en}",
        f"; de {hours_da(delivered)} timer leveret i {month.describe('da')} er for månedens dage i "
        f"{sheets_da}",
    )
