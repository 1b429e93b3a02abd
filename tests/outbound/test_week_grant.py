"""Mentor support is granted as hours a week, and a week whose hours are above the grant is told (decision
0066), while a line pays the smaller of the period's sums (DESIGN.md's claim line): worked out by hand
from the Falck terms (275 kr. × 3 hours a week), in the comments.

ISO week 40 of 2026 runs Mon 28 September–Sun 4 October: 3 of its days are September's, 4 October's, and
its Thursday (1 October) makes it October's week. September has 30 days, October 31.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from hub.adapters.language.config_model import AuditRules
from hub.exports.completeness import check_placement
from hub.exports.facts import Dated, PlacementFacts, Timesheet
from hub.exports.gaps import Gap
from hub.exports.payments import Terms, occupied_lines
from hub.periods import parse_period

SEPTEMBER, OCTOBER = parse_period("2026-09"), parse_period("2026-10")
FALCK = Terms("occupied_places", D("275.00"), D("3.0"))


def intern(*sheets: Timesheet) -> PlacementFacts:
    """A placement running from August to December: every day of September and October."""
    return PlacementFacts(
        "P-1", "159", "Navn", "1900000101", "Falck Søborg", date(2026, 8, 3), date(2026, 12, 20),
        mentor_name="Mads", timesheets=sheets,
    )  # fmt: skip


def sheet(*weeks: tuple[int, str]) -> Timesheet:
    return Timesheet(tuple((f"2026-W{w:02d}", D(h)) for w, h in weeks), "Mads", None, "Mads")


def amounts(facts: PlacementFacts, month: object) -> tuple[D, D, D, D]:
    (line,), _ = occupied_lines(facts, month, FALCK)  # type: ignore[arg-type]
    return line.granted_hours, line.delivered_hours, line.claimable_hours, line.amount_dkk


def week_gaps(facts: PlacementFacts, month: object) -> list[Gap]:
    return [g for g in occupied_lines(facts, month, FALCK)[1] if g.kind == "week_above_grant"]  # type: ignore[arg-type]


def test_fifty_hours_in_one_week_are_paid_by_the_periods_sums() -> None:
    fifty = intern(sheet((40, "50")))
    # October: granted 3 × 31/7 = 13.2857 → 13.29. Delivered: week 40's 50 hours on 4 of its 7 days,
    # 200/7 = 28.5714 → 28.57, as the timesheet says them. Claimable min(13.29, 28.57) = 13.29, 275 ×
    # 13.29 = 3654.75: the claim line is the period's, as DESIGN.md says; the week is told beside it.
    assert amounts(fifty, OCTOBER) == (D("13.29"), D("28.57"), D("13.29"), D("3654.75"))
    # September: granted 3 × 30/7 = 12.86; delivered 150/7 = 21.43; claimable 12.86, 275 × 12.86 = 3536.50.
    assert amounts(fifty, SEPTEMBER) == (D("12.86"), D("21.43"), D("12.86"), D("3536.50"))


def test_the_week_above_the_grant_is_told_once_in_its_own_month_with_the_hours_the_form_gave() -> None:
    fifty = intern(sheet((40, "50")))
    (gap,) = week_gaps(fifty, OCTOBER)
    assert gap.hours == D("47.00")  # 50 − 3
    assert gap.reason_da == (
        "50 timer i uge 40 2026; bevillingen dækker 3 timer om ugen: 47 timer over den; "
        "mere end en fuld arbejdsuge (37 timer) til én borger: er det en tastefejl?"
    )
    assert gap.reason_en == (
        "50 hours in 2026-W40; the grant covers 3 hours a week: 47 hours above it; "
        "more than a full-time working week (37 hours) for one citizen: a typo?"
    )
    assert week_gaps(fifty, SEPTEMBER) == []  # week 40 is October's week
    # Each month's line says what of its own hours lies above its grant: 28.57 − 13.29 = 15.28 in October
    # and 21.43 − 12.86 = 8.57 in September.
    october = [g for g in occupied_lines(fifty, OCTOBER, FALCK)[1] if g.kind == "above_grant"]
    assert [g.hours for g in october] == [D("15.28")]
    september = [g for g in occupied_lines(fifty, SEPTEMBER, FALCK)[1] if g.kind == "above_grant"]
    assert [g.hours for g in september] == [D("8.57")]


def test_a_week_a_little_above_the_grant_asks_nothing_and_sums_the_sheets_that_give_it() -> None:
    # Two signed timesheets each give week 40 two hours: the week has 4, 1 above its 3 granted.
    two_sheets = intern(sheet((40, "2")), sheet((40, "2")))
    (gap,) = week_gaps(two_sheets, OCTOBER)
    assert (gap.hours, gap.reason_da) == (
        D("1.00"),
        "4 timer i uge 40 2026; bevillingen dækker 3 timer om ugen: 1 time over den",
    )
    assert gap.reason_en == "4 hours in 2026-W40; the grant covers 3 hours a week: 1 hour above it"
    # October's line: 4 × 4/7 = 2.29 delivered of 13.29 granted, all claimable: 275 × 2.29 = 629.75.
    assert amounts(two_sheets, OCTOBER) == (D("13.29"), D("2.29"), D("2.29"), D("629.75"))


def test_weeks_within_the_grant_pay_as_before() -> None:
    # Weeks 36–44 at 3 hours. October's days: 4 of week 40's (12/7), weeks 41–43 (9), and 6 of week 44's
    # (26 October–1 November: 18/7): 93/7 = 13.29 = granted; 275 × 13.29 = 3654.75, and no gap.
    even = intern(sheet(*((w, "3") for w in range(36, 45))))
    assert amounts(even, OCTOBER) == (D("13.29"), D("13.29"), D("13.29"), D("3654.75"))
    assert occupied_lines(even, OCTOBER, FALCK)[1] == []


def test_the_auditors_check_names_the_week() -> None:
    rules = AuditRules("month", "masked", 5, hours_within_grant=True)
    checked = check_placement(intern(sheet((40, "50"))), OCTOBER, rules, FALCK)
    assert checked is not None
    (within,) = [c for c in checked.checks if c.rule == "hours_within_grant"]
    assert within.status == "wrong"
    assert "50 hours in 2026-W40; the grant covers 3 hours a week: 47 hours above it" in within.detail_en
    assert "50 timer i uge 40 2026; bevillingen dækker 3 timer om ugen: 47 timer over den" in within.detail_da


def test_a_week_the_placement_ran_some_days_of_is_held_to_the_grant_for_those_days() -> None:
    # Ended Friday 2 October: week 40 ran Mon–Fri, 5 days, granted 3 × 5/7 = 2.1429 → 2.14; its 3 hours
    # are 3 − 15/7 = 6/7 = 0.8571 → 0.86 above.
    ended = replace(intern(sheet((40, "3"))), ended=Dated(date(2026, 10, 2)))
    (gap,) = week_gaps(ended, OCTOBER)
    assert (gap.hours, gap.reason_da) == (
        D("0.86"),
        "3 timer i uge 40 2026; bevillingen dækker 3 timer om ugen, 2,14 timer for praktikkens 5 dage i "
        "ugen: 0,86 timer over den",
    )


def test_a_week_the_placement_ran_one_day_of_says_one_day() -> None:
    # Started Sunday 4 October, the last day of week 40: granted 3 × 1/7 = 0.4286 → 0.43 for that day;
    # its 3 hours are 3 − 3/7 = 18/7 = 2.5714 → 2.57 above.
    started = replace(intern(sheet((40, "3"))), start=date(2026, 10, 4))
    (gap,) = week_gaps(started, OCTOBER)
    assert (gap.hours, gap.reason_da) == (
        D("2.57"),
        "3 timer i uge 40 2026; bevillingen dækker 3 timer om ugen, 0,43 timer for praktikkens 1 dag i ugen: "
        "2,57 timer over den",
    )
    assert "0.43 hours for the placement's 1 day in the week: 2.57 hours above it" in gap.reason_en
