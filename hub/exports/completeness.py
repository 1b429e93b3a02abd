"""Audit rules: what each claim line must be backed by, checked placement by placement for one period.

A municipality's `[audit]` section names its rules (docs/config-language.md, "Audit rules"); each check
says whether the evidence is there and right, which rule it applied and which stored documents it
looked at, so that an auditor can open exactly those files. Rules a municipality does not use are not
checked for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hub.adapters.language.config_model import AuditRules
from hub.datewords import day_da
from hub.exports.danish import weeks_text
from hub.exports.evidence import reports_in, sheets_of, sheets_paid_from
from hub.exports.facts import PlacementFacts, Source
from hub.exports.gaps import hours_gaps
from hub.exports.payments import Terms, occupied_lines
from hub.periods import Period
from hub.schemas.fields import format_hours
from hub.words import counted

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
class Check:
    """One rule applied to one placement: `ok`, `missing` or `wrong`, why, and what it looked at."""

    rule: str
    status: str
    detail_en: str
    detail_da: str
    documents: tuple[Source, ...] = ()


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


def rule_name(rule: str, rules: AuditRules, lang: str) -> str:
    """A rule's name for people, with its number filled in."""
    en, da = RULES[rule]
    number = getattr(rules, rule)
    return (da if lang == "da" else en).format(n=number)


TIMESHEETS = (("timesheet", "timesheets"), ("timeseddel", "timesedler"))


def _ok(rule: str, en: str, da: str, documents: tuple[Source, ...] = ()) -> Check:
    return Check(rule, "ok", en, da, documents)


def _problem(rule: str, status: str, en: str, da: str, documents: tuple[Source, ...] = ()) -> Check:
    return Check(rule, status, en, da, documents)


def _sources(*groups: object) -> tuple[Source, ...]:
    """The sources of the given facts, in order, without gaps."""
    found: list[Source] = []
    for group in groups:
        for fact in group:  # type: ignore[attr-defined]
            if fact.source is not None:
                found.append(fact.source)
    return tuple(found)


def _grant(facts: PlacementFacts, period: Period, terms: Terms) -> Check:
    rule = "grant_on_or_before_start"
    if not terms.grants_from_forms:
        hours = format_hours(terms.hours_per_week)
        return _ok(
            rule,
            f"the agreement's terms are the grant: {hours} hours a week (agreements/ in the bundle)",
            f"aftalens vilkår er bevillingen: {hours.replace('.', ',')} timer om ugen (agreements/ i pakken)",
        )
    grants = sorted(facts.grants, key=lambda g: g.start)
    if not grants:
        return _problem(rule, "missing", "no mentor-support grant", "ingen bevilling af mentorstøtte")
    first = grants[0]
    # The rule is about the first grant, whenever it ran; of the later ones, those covering the period.
    documents = _sources([first, *(g for g in grants[1:] if period.overlap(g.start, g.end) is not None)])
    if first.start > facts.start:
        en = f"the first grant begins {first.start}, after the start {facts.start}"
        da = f"første bevilling begynder {day_da(first.start)}, efter startdagen {day_da(facts.start)}"
        return _problem(rule, "wrong", en, da, documents)
    if first.granted_on and first.granted_on > facts.start:
        en = f"granted on {first.granted_on}, after the start {facts.start}"
        da = f"bevilget {day_da(first.granted_on)}, efter startdagen {day_da(facts.start)}"
        return _problem(rule, "wrong", en, da, documents)
    return _ok(rule, f"granted on {first.granted_on}", f"bevilget {day_da(first.granted_on)}", documents)


def _norm(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _claims_hours(facts: PlacementFacts, period: Period, terms: Terms) -> bool:
    """Whether the period's claim pays hours for the placement: under `fixed_per_place` for every day it
    ran, delivered or not; under `occupied_places` for the signed hours on its days."""
    if terms.basis == "fixed_per_place":
        return period.overlap(facts.start, facts.last_day) is not None
    if terms.basis != "occupied_places":
        return False
    return any(line.claimable_hours > 0 for line in occupied_lines(facts, period, terms)[0])


def _signed(facts: PlacementFacts, period: Period, terms: Terms) -> Check:
    rule = "hours_signed_by_mentor"
    sheets = sheets_of(facts, period)
    if not sheets:  # "0 timesheets signed" read as evidence present (decision 0012, "Stop 39")
        if not _claims_hours(facts, period, terms):  # nothing to sign: said as "not due" is
            return _ok(
                rule,
                "no timesheets in the period, and no hours claimed for it",
                "ingen timesedler i perioden, og der søges ikke refusion for timer i den",
            )
        # Hours claimed: those of another period's sheets (a week across the edge), when there are any.
        sheets = sheets_paid_from(facts, period)[0]
        if not sheets:
            return _problem(
                rule,
                "missing",
                "no timesheets in the period, but hours are claimed for it",
                "ingen timesedler i perioden, men der søges refusion for timer i den",
            )
    documents = _sources(sheets)
    unsigned = [t for t in sheets if not t.signed]
    mentors = {_norm(facts.mentor_name)}
    others = [t for t in sheets if t.signed and _norm(t.signed_by) not in mentors | {_norm(t.mentor_name)}]
    if unsigned:
        en, da = counted(len(unsigned), *TIMESHEETS)
        return _problem(rule, "missing", f"{en} not signed", f"{da} ikke underskrevet", documents)
    if others:
        names = ", ".join(sorted({str(t.signed_by) for t in others}))
        en, da = f"signed by {names}, not by the mentor", f"underskrevet af {names}, ikke af mentor"
        return _problem(rule, "wrong", en, da, documents)
    en, da = counted(len(sheets), *TIMESHEETS)
    return _ok(rule, f"{en} signed", f"{da} underskrevet", documents)


def _within(facts: PlacementFacts, period: Period, terms: Terms) -> Check:
    rule = "hours_within_grant"
    # Against the hours granted to the placement, whatever the agreement pays for (fixed places too).
    per_placement = Terms(
        "occupied_places", terms.hourly_rate_dkk, terms.hours_per_week, 0, terms.grants_from_forms
    )
    _, gaps = occupied_lines(facts, period, per_placement)
    over = [g for g in gaps if g.kind in ("above_grant", "no_grant", "after_end")]
    # The documents the check rests on: the sheets whose hours the period's lines count (a sheet of a
    # later month is evidence only for the days of its first week inside the period, said below).
    grants = [g for g in facts.grants if period.overlap(g.start, g.end) is not None]
    sheets, borrowed = sheets_paid_from(facts, period)
    documents = _sources(sheets, grants)
    if over:
        en, da = "; ".join(g.reason_en for g in over), "; ".join(g.reason_da for g in over)
    else:
        en, da = "delivered hours within the granted hours", "leverede timer inden for de bevilgede"
        if not terms.grants_from_forms:  # the agreement's terms are the grant: say which
            hours = format_hours(terms.hours_per_week)
            en += f" (the agreement's {hours} hours a week)"
            da += f" (aftalens {hours.replace('.', ',')} timer om ugen)"
    if borrowed:  # why a sheet of another period is cited (decision 0012, "Evidence inside the period")
        # Danish readers get `uge 40` (with its year only when it is not the period's), as every page
        # writes a week; the English keeps the ISO code the API and CSV use.
        weeks_en = ", ".join(borrowed)
        en += f"; counted with the period's days of {weeks_en}, a week of another period's timesheet"
        weeks_da = weeks_text(tuple(borrowed), period.start.year)
        da += f"; talt med periodens dage af {weeks_da}, en uge på en anden periodes timeseddel"
    return Check(rule, "wrong" if over else "ok", en, da, documents)


def _monthly(facts: PlacementFacts, period: Period, as_of: date) -> Check:
    rule = "timesheet_every_month"
    missing = [g for g in hours_gaps(facts, period, as_of) if g.kind == "no_timesheet"]
    documents = _sources(sheets_of(facts, period))
    if missing:
        en, da = "; ".join(g.reason_en for g in missing), "; ".join(g.reason_da for g in missing)
        return _problem(rule, "missing", en, da, documents)
    return _ok(rule, "a timesheet for every month", "en timeseddel for hver måned", documents)


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
    documents = _sources(reports)
    if missed:
        dates = ", ".join(d.isoformat() for d in missed)
        en, da = (
            f"a progress report was due by {dates}",
            f"en statusrapport skulle være kommet senest {', '.join(day_da(d) for d in missed)}",
        )
        return _problem(rule, "missing", en, da, documents)
    if not reports:  # none was due yet: said as the end form's rule says it
        return _ok(rule, "not due in the period", "ikke forfalden i perioden")
    en, da = counted(
        len(reports), ("progress report", "progress reports"), ("statusrapport", "statusrapporter")
    )
    return _ok(rule, f"{en} in time", f"{da} til tiden", documents)


def _end_form(facts: PlacementFacts, period: Period, days: int, as_of: date) -> Check:
    rule = "end_form_within_days"
    if facts.last_day > period.end:  # it ended after the period: its end form is a later period's
        return _ok(rule, "not due in the period", "ikke forfalden i perioden")
    if facts.ended is None:
        deadline = facts.end + timedelta(days=days)
        if deadline <= min(period.end, as_of):
            en, da = (
                f"no end form, due by {deadline}",
                f"ingen ophørsblanket, skulle være kommet senest {day_da(deadline)}",
            )
            return _problem(rule, "missing", en, da)
        return _ok(rule, "not due in the period", "ikke forfalden i perioden")
    source = facts.ended.source
    documents = (source,) if source else ()
    received = source.received_on if source else None
    if received and received > facts.ended.day + timedelta(days=days):
        late = (received - facts.ended.day).days
        en = f"end form received {received}, {late} days after the end"
        da = f"ophørsblanket modtaget {day_da(received)}, {late} dage efter ophør"
        return _problem(rule, "wrong", en, da, documents)
    return _ok(
        rule, f"end form for {facts.ended.day}", f"ophørsblanket for {day_da(facts.ended.day)}", documents
    )


def _relevant(facts: PlacementFacts, period: Period, rules: AuditRules) -> bool:
    """A placement is checked in a period it ran in, or in which its missing end form fell due."""
    if period.overlap(facts.start, facts.last_day) is not None:
        return True
    if facts.ended is not None or not rules.end_form_within_days:
        return False
    return period.start <= facts.end + timedelta(days=rules.end_form_within_days) <= period.end


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
    if rules.grant_on_or_before_start and paid:
        checks.append(_grant(facts, period, terms))
    if rules.hours_signed_by_mentor:
        checks.append(_signed(facts, period, terms))
    if rules.hours_within_grant and paid:
        checks.append(_within(facts, period, terms))
    if rules.timesheet_every_month:
        checks.append(_monthly(facts, period, as_of))
    if rules.progress_report_every_weeks:
        checks.append(_progress(facts, period, rules.progress_report_every_weeks, as_of))
    if rules.end_form_within_days:
        checks.append(_end_form(facts, period, rules.end_form_within_days, as_of))
    first, last = period.overlap(facts.start, facts.last_day) or (facts.last_day, facts.last_day)
    return PlacementCheck(facts, first, last, tuple(checks))
