"""The audit rules about hours (`completeness.check_placement` applies them): the grant before the start,
the timesheets signed by the mentor, the hours within the grant."""

from __future__ import annotations

from hub.datewords import day_da, week_text
from hub.exports.completeness_kit import TIMESHEETS, Check, ok, problem, sources
from hub.exports.evidence import sheets_of, sheets_paid_from
from hub.exports.facts import PlacementFacts
from hub.exports.payments import Terms, delivered, occupied_lines
from hub.periods import Period
from hub.quantities import hours_a_week
from hub.schemas.amounts import format_hours
from hub.words import counted


def grant_check(facts: PlacementFacts, period: Period, terms: Terms) -> Check:
    """`grant_on_or_before_start`: the first grant began, and was granted, by the start."""
    rule = "grant_on_or_before_start"
    if not terms.grants_from_forms:
        # The English is the API's `message`: it keeps the canonical hours (`3.0`), as it keeps ISO dates.
        hours, a_week = format_hours(terms.hours_per_week), hours_a_week(terms.hours_per_week, "da")
        return ok(
            rule,
            f"the agreement's terms are the grant: {hours} hours a week (agreements/ in the bundle)",
            f"aftalens vilkår er bevillingen: {a_week} (agreements/ i pakken)",
        )
    grants = sorted(facts.grants, key=lambda g: g.start)
    if not grants:
        return problem(rule, "missing", "no mentor-support grant", "ingen bevilling af mentorstøtte")
    first = grants[0]
    # The rule is about the first grant, whenever it ran; of the later ones, those covering the period.
    documents = sources([first, *(g for g in grants[1:] if period.overlap(g.start, g.end) is not None)])
    if first.start > facts.start:
        en = f"the first grant begins {first.start}, after the start {facts.start}"
        da = f"første bevilling begynder {day_da(first.start)}, efter startdagen {day_da(facts.start)}"
        return problem(rule, "wrong", en, da, documents)
    if first.granted_on and first.granted_on > facts.start:
        en = f"granted on {first.granted_on}, after the start {facts.start}"
        da = f"bevilget {day_da(first.granted_on)}, efter startdagen {day_da(facts.start)}"
        return problem(rule, "wrong", en, da, documents)
    return ok(rule, f"granted on {first.granted_on}", f"bevilget {day_da(first.granted_on)}", documents)


def _norm(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _claims_hours(facts: PlacementFacts, period: Period, terms: Terms) -> bool:
    """Whether the period's claim pays hours for the placement: under `fixed_per_place` for every day it
    ran, delivered or not; under `occupied_places` for the signed hours on its days."""
    if terms.basis == "fixed_per_place":
        return period.overlap(facts.start, facts.last_day) is not None
    if terms.basis != "occupied_places":
        return False
    # A line claims the smaller of its granted and its delivered hours: with no signed hours on any day
    # the placement ran in the period, none can claim any, and its lines need not be priced.
    active = period.overlap(facts.start, facts.last_day)
    if active is None or not any(week.within(*active) for week in delivered(facts)):
        return False
    return any(line.claimable_hours > 0 for line in occupied_lines(facts, period, terms)[0])


def signed_check(facts: PlacementFacts, period: Period, terms: Terms) -> Check:
    """`hours_signed_by_mentor`: the period's timesheets signed, by the placement's mentor."""
    rule = "hours_signed_by_mentor"
    sheets = sheets_of(facts, period)
    if not sheets:  # "0 timesheets signed" read as evidence present (decision 0012, "Stop 39")
        if not _claims_hours(facts, period, terms):  # nothing to sign: said as "not due" is
            return ok(
                rule,
                "no timesheets in the period, and no hours claimed for it",
                "ingen timesedler i perioden, og der søges ikke refusion for timer i den",
            )
        # Hours claimed: those of another period's sheets (a week across the edge), when there are any.
        sheets = sheets_paid_from(facts, period)[0]
        if not sheets:
            return problem(
                rule,
                "missing",
                "no timesheets in the period, but hours are claimed for it",
                "ingen timesedler i perioden, men der søges refusion for timer i den",
            )
    documents = sources(sheets)
    unsigned = [t for t in sheets if not t.signed]
    mentors = {_norm(facts.mentor_name)}
    others = [t for t in sheets if t.signed and _norm(t.signed_by) not in mentors | {_norm(t.mentor_name)}]
    # A problem cites the timesheets that have it, not every sheet of the period: "1 timeseddel ikke
    # underskrevet" beside all of a quarter's sheets left the auditor to open each to find which.
    if unsigned:
        en, da = counted(len(unsigned), *TIMESHEETS)
        return problem(rule, "missing", f"{en} not signed", f"{da} ikke underskrevet", sources(unsigned))
    if others:
        names = ", ".join(sorted({str(t.signed_by) for t in others}))
        en, da = f"signed by {names}, not by the mentor", f"underskrevet af {names}, ikke af mentor"
        return problem(rule, "wrong", en, da, sources(others))
    en, da = counted(len(sheets), *TIMESHEETS)
    return ok(rule, f"{en} signed", f"{da} underskrevet", documents)


def within_check(facts: PlacementFacts, period: Period, terms: Terms) -> Check:
    """`hours_within_grant`: the hours the period's lines count within the hours granted."""
    rule = "hours_within_grant"
    # Against the hours granted to the placement, whatever the agreement pays for (fixed places too).
    per_placement = Terms(
        "occupied_places", terms.hourly_rate_dkk, terms.hours_per_week, 0, terms.grants_from_forms
    )
    _, gaps = occupied_lines(facts, period, per_placement)
    # A week above the weekly grant is named by its own gap, with the hours its timesheet gives (0066).
    over = [g for g in gaps if g.kind in ("above_grant", "week_above_grant", "no_grant", "after_end")]
    # The documents the check rests on: the sheets whose hours the period's lines count (a sheet of a
    # later month is evidence only for the days of its first week inside the period, said below).
    grants = [g for g in facts.grants if period.overlap(g.start, g.end) is not None]
    sheets, borrowed = sheets_paid_from(facts, period)
    documents = sources(sheets, grants)
    if over:
        en, da = "; ".join(g.reason_en for g in over), "; ".join(g.reason_da for g in over)
    else:
        en, da = "delivered hours within the granted hours", "leverede timer inden for de bevilgede"
        if not terms.grants_from_forms:  # the agreement's terms are the grant: say which
            en += f" (the agreement's {format_hours(terms.hours_per_week)} hours a week)"
            da += f" (aftalens {hours_a_week(terms.hours_per_week, 'da')})"
    if borrowed:  # why a sheet of another period is cited (decision 0012, "Evidence inside the period")
        # Danish readers get `uge 40 2026`, as an English page writes the English's ISO code
        # (`datewords.week_text`); the English keeps the ISO code the API and CSV use.
        weeks_en = ", ".join(borrowed)
        en += f"; counted with the period's days of {weeks_en}, a week of another period's timesheet"
        weeks_da = ", ".join(week_text(week, "da") for week in borrowed)
        da += f"; talt med periodens dage af {weeks_da}, en uge på en anden periodes timeseddel"
    return Check(rule, "wrong" if over else "ok", en, da, documents)
