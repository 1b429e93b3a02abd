"""Audit rules: what each claim line must be backed by, checked placement by placement for one period.

A municipality's `[audit]` section names its rules (docs/config-language.md, "Audit rules"); each check
says whether the evidence is there and right, which rule it applied and which stored documents it
looked at, so that an auditor can open exactly those files. Rules a municipality does not use are not
checked for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from hub.adapters.language.config_model import AuditRules
from hub.datewords import day_da
from hub.exports.completeness_hours import grant_check, signed_check, within_check
from hub.exports.completeness_kit import Check, ok, problem, sources
from hub.exports.evidence import reports_in, sheets_of
from hub.exports.facts import PlacementFacts
from hub.exports.gaps import hours_gaps
from hub.exports.payments import Terms
from hub.periods import Period
from hub.words import DAYS, counted

RULES = {
    "grant_on_or_before_start": (
        "a grant dated on or before the start",
        "en bevilling dateret senest på startdagen",
    ),
    "hours_signed_by_mentor": ("hours signed by the mentor", "timer underskrevet af mentor"),
    "hours_within_grant": ("hours within the grant", "timer inden for bevillingen"),
    "timesheet_every_month": ("a timesheet every month", "en timeseddel hver måned"),
    "progress_report_every_weeks": (
        "a progress report every {n} weeks",
        "en statusrapport mindst hver {n}. uge",
    ),
    "end_form_within_days": (
        "an end form within {n} days of the end",
        "en ophørsblanket senest {n} dage efter ophør",
    ),
}


@dataclass(frozen=True)
class PlacementCheck:
    """Every rule applied to one placement that ran in the period."""

    facts: PlacementFacts
    first_day: date
    last_day: date
    checks: tuple[Check, ...]

    @property
    def complete(self) -> bool:
        """Whether every rule found its evidence."""
        return all(check.status == "ok" for check in self.checks)


# A rule whose number is 1 said as one: "every 1 weeks" and "senest 1 dage" are no one's words.
_ONE = {
    "progress_report_every_weeks": ("a progress report every week", "en statusrapport mindst hver uge"),
    "end_form_within_days": (
        "an end form within 1 day of the end",
        "en ophørsblanket senest 1 dag efter ophør",
    ),
}


def rule_name(rule: str, rules: AuditRules, lang: str) -> str:
    """A rule's name for people, with its number filled in."""
    en, da = RULES[rule]
    number = getattr(rules, rule)
    if rule in _ONE and number == 1:
        en, da = _ONE[rule]
    return (da if lang == "da" else en).format(n=number)


def _monthly(facts: PlacementFacts, period: Period, as_of: date) -> Check:
    rule = "timesheet_every_month"
    missing = [g for g in hours_gaps(facts, period, as_of) if g.kind == "no_timesheet"]
    documents = sources(sheets_of(facts, period))
    if missing:
        en, da = "; ".join(g.reason_en for g in missing), "; ".join(g.reason_da for g in missing)
        return problem(rule, "missing", en, da, documents)
    return ok(rule, "a timesheet for every month", "en timeseddel for hver måned", documents)


def progress_dues(start: date, reports: list[date], weeks: int, until: date) -> list[date]:
    """The days by which a progress report was due and none came, up to `until`: the first N weeks after
    the start, each next N weeks after the last report, or after the last due day when none came."""
    every, last, missed = timedelta(weeks=weeks), start, []
    for day in [*sorted(reports), None]:
        while last + every <= (until if day is None else day - timedelta(days=1)):
            last += every
            missed.append(last)
        if day is not None:
            last = day
    return missed


def _progress(facts: PlacementFacts, period: Period, weeks: int, as_of: date) -> Check:
    """From the start, the first report within N weeks and each next within N weeks of the last; a
    report that never came leaves the next due N weeks after it was due. Missing are the reports due
    in the period, up to its end (or the placement's, or `as_of`): one due before the period was the
    earlier period's to show, and its auditor's."""
    rule = "progress_report_every_weeks"
    until = min(period.end, facts.last_day, as_of)
    # Every report up to then sets when the next was due; only the period's are its evidence.
    earlier = [r.day for r in facts.progress_reports if r.day <= until]
    missed = [due for due in progress_dues(facts.start, earlier, weeks, until) if due >= period.start]
    reports = reports_in(facts, period, until)
    documents = sources(reports)
    if missed:
        dates = ", ".join(d.isoformat() for d in missed)
        en, da = (
            f"a progress report was due by {dates}",
            f"en statusrapport skulle være kommet senest {', '.join(day_da(d) for d in missed)}",
        )
        return problem(rule, "missing", en, da, documents)
    if not reports:  # none was due yet: said as the end form's rule says it
        return ok(rule, "not due in the period", "ikke forfalden i perioden")
    en, da = counted(
        len(reports), ("progress report", "progress reports"), ("statusrapport", "statusrapporter")
    )
    return ok(rule, f"{en} in time", f"{da} til tiden", documents)


def _end_form(facts: PlacementFacts, period: Period, days: int, as_of: date) -> Check:
    rule = "end_form_within_days"
    if facts.last_day > period.end:  # it ended after the period: its end form is a later period's
        return ok(rule, "not due in the period", "ikke forfalden i perioden")
    if facts.ended is None:
        deadline = facts.end + timedelta(days=days)
        if deadline <= min(period.end, as_of):
            en, da = (
                f"no end form, due by {deadline}",
                f"ingen ophørsblanket, skulle være kommet senest {day_da(deadline)}",
            )
            return problem(rule, "missing", en, da)
        return ok(rule, "not due in the period", "ikke forfalden i perioden")
    source = facts.ended.source
    documents = (source,) if source else ()
    received = source.received_on if source else None
    if received and received > facts.ended.day + timedelta(days=days):
        late_en, late_da = counted((received - facts.ended.day).days, *DAYS)
        en = f"end form received {received}, {late_en} after the end"
        da = f"ophørsblanket modtaget {day_da(received)}, {late_da} efter ophør"
        return problem(rule, "wrong", en, da, documents)
    return ok(
        rule, f"end form for {facts.ended.day}", f"ophørsblanket for {day_da(facts.ended.day)}", documents
    )


def _relevant(facts: PlacementFacts, period: Period, rules: AuditRules) -> bool:
    """A placement is checked in a period it ran in, or in which its missing end form fell due."""
    if period.overlap(facts.start, facts.last_day) is not None:
        return True
    if facts.ended is not None or not rules.end_form_within_days:
        return False
    return period.start <= facts.end + timedelta(days=rules.end_form_within_days) <= period.end


def _kept(
    check: Callable[[PlacementFacts, Period, Terms], Check],
    facts: PlacementFacts,
    period: Period,
    terms: Terms,
) -> Check:
    """`check(facts, period, terms)`, made once for these facts (a check is frozen: it is shared)."""
    if period.kind == "month":  # the refresh checks a month once: keeping it would only cost
        return check(facts, period, terms)
    return facts.derived((check.__name__, period, terms), partial(check, facts, period, terms))


def check_placement(
    facts: PlacementFacts, period: Period, rules: AuditRules, terms: Terms, as_of: date | None = None
) -> PlacementCheck | None:
    """Apply a municipality's audit rules to one placement for a period (None when it is not due one).

    `as_of`: what is missing by that day, for a period not yet over (a month of a quarter on the lead's
    dashboard): a month's timesheet, a progress report or an end form due later is not missing yet.
    By default the period's end, as the auditor checks an ended period."""
    if not _relevant(facts, period, rules):
        return None
    as_of = min(as_of or period.end, period.end)
    checks: list[Check] = []
    paid = terms.basis != "none"  # where nothing is paid, there is no grant to check hours against
    # The checks of hours look at the whole period whatever `as_of`: the dashboards' refresh checks a
    # quarter or a half-year as of each of its months, so each is made once for these facts and shared.
    if rules.grant_on_or_before_start and paid:
        checks.append(_kept(grant_check, facts, period, terms))
    if rules.hours_signed_by_mentor:
        checks.append(_kept(signed_check, facts, period, terms))
    if rules.hours_within_grant and paid:
        checks.append(_kept(within_check, facts, period, terms))
    if rules.timesheet_every_month:
        checks.append(_monthly(facts, period, as_of))
    if rules.progress_report_every_weeks:
        checks.append(_progress(facts, period, rules.progress_report_every_weeks, as_of))
    if rules.end_form_within_days:
        checks.append(_end_form(facts, period, rules.end_form_within_days, as_of))
    first, last = period.overlap(facts.start, facts.last_day) or (facts.last_day, facts.last_day)
    return PlacementCheck(facts, first, last, tuple(checks))
