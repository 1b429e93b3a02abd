"""A grant is so many mentor hours a week: a week whose hours are above it is told (decision 0066).

Mentor support (*mentorstøtte*) is granted as a number of hours a week. A payment line pays the smaller
of the period's granted and delivered hours (DESIGN.md's claim line, decision 0009), so a month's sum
may hide one week of 50 hours on a grant of 3 among weeks of none. That week is told to the lead, the
company and the auditor as a gap, `week_above_grant`, in the period of its Thursday (the week's own
period, as every week-bound fact is): the hours as the timesheet says them (provenance is the truth),
the grant, and how far above it they are; above a full-time working week it asks whether it is a typo.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

from hub.datewords import week_text
from hub.exports.evidence import week_in
from hub.exports.facts import Grant, PlacementFacts, WeekHours, to_hours
from hub.exports.gaps import Gap
from hub.periods import Period
from hub.quantities import hours_a_week, hours_number
from hub.words import DAYS, counted

# A full-time working week in Denmark (the collective agreements' 37 hours). The seeds' full-time
# social mentor at BRFkredit gives those hours to six interns together: more than them to one citizen in
# one week is more than a mentor's whole job, so the gap asks whether it is a typo (50 for 5,0). It is a
# question, not a rejection: decision 0066 says why.
FULL_TIME_WEEK = Decimal(37)


def by_week(weeks: Iterable[WeekHours]) -> list[WeekHours]:
    """The weeks with the hours of every timesheet that gives them added up: the grant bounds a week,
    not a sheet (the days the placement ran in a week are the same whichever sheet gives it)."""
    merged: dict[str, WeekHours] = {}
    for week in weeks:
        seen = merged.get(week.week)
        merged[week.week] = week if seen is None else replace(seen, hours=seen.hours + week.hours)
    return list(merged.values())


def _days(first: date, last: date) -> int:
    return (last - first).days + 1


def week_gaps(
    facts: PlacementFacts, weeks: Iterable[WeekHours], grants: Iterable[Grant], period: Period
) -> list[Gap]:
    """A gap for each week of the period (its Thursday in it) whose hours on the days a grant covers are
    above the hours granted for those days; the hours named are the week's as its timesheets say them."""
    grants = sorted(grants, key=lambda g: g.start)
    gaps: list[Gap] = []
    for week in by_week(weeks):
        if not week_in(week.week, period):
            continue
        over, granted_days, grant = Fraction(0), 0, None
        for each in grants:
            lo, hi = max(each.start, week.first), min(each.end, week.last)
            if lo > hi:
                continue
            share = _days(lo, hi)
            done = Fraction(week.hours) * share / _days(week.first, week.last)
            over += max(Fraction(0), done - Fraction(each.hours_per_week) * share / 7)
            granted_days += share
            grant = grant or each
        if grant is not None and over > 0:
            gaps.append(_gap(facts, week, grant, granted_days, to_hours(over)))
    return gaps


def _gap(facts: PlacementFacts, week: WeekHours, grant: Grant, days: int, over: Decimal) -> Gap:
    """`week_above_grant`: "50 timer i uge 40; bevillingen dækker 3 timer om ugen: 47 timer over den"."""
    said = {lang: _hours(week.hours, lang) for lang in ("en", "da")}
    above = {lang: _hours(over.normalize(), lang) for lang in ("en", "da")}
    covers_en = f"the grant covers {hours_a_week(grant.hours_per_week, 'en')}"
    covers_da = f"bevillingen dækker {hours_a_week(grant.hours_per_week, 'da')}"
    if days < 7:  # a week the placement (or the grant) ran only some days of: the grant for those days
        share = to_hours(Fraction(grant.hours_per_week) * days / 7).normalize()
        days_en, days_da = counted(days, *DAYS)
        covers_en += f", {_hours(share, 'en')} for the placement's {days_en} in the week"
        covers_da += f", {_hours(share, 'da')} for praktikkens {days_da} i ugen"
    en = f"{said['en']} in {week.week}; {covers_en}: {above['en']} above it"
    da = f"{said['da']} i {week_text(week.week, 'da')}; {covers_da}: {above['da']} over den"
    if week.hours > FULL_TIME_WEEK:
        full_en, full_da = _hours(FULL_TIME_WEEK, "en"), _hours(FULL_TIME_WEEK, "da")
        en += f"; more than a full-time working week ({full_en}) for one citizen: a typo?"
        da += f"; mere end en fuld arbejdsuge ({full_da}) til én borger: er det en tastefejl?"
    return Gap.of(facts, "week_above_grant", over, en, da)


def _hours(value: Decimal, lang: str) -> str:
    """`47 timer`, `1 time`, `0,86 timer`; `47 hours`, `1 hour` in English."""
    one, many = ("time", "timer") if lang == "da" else ("hour", "hours")
    return f"{hours_number(value, lang)} {one if value == 1 else many}"
