"""Payments of a period in which the agreement's terms change (decision 0063), from hand-made facts.

September 2026 has 30 days. ISO week 36 runs Mon 31 August–Sun 6 September, 37 7–13, 38 14–20, 39 21–27
and 40 Mon 28 September–Sun 4 October; a week's hours are spread evenly over its days.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from typing import Any

import pytest
from flask import Flask

from hub.exports.facts import Grant, PlacementFacts, Timesheet
from hub.exports.gaps import Gap
from hub.exports.payments import PaymentLine
from hub.models import Agreement, AgreementMunicipality, AgreementTerms
from hub.periods import parse_period
from hub.services import dashboard_summary, payments

SEPTEMBER = parse_period("2026-09")
AUGUST = parse_period("2026-08")
BALLERUP, GLADSAXE = "151", "159"  # Ballerup grants by the agreement's terms; Gladsaxe on forms of its own


def version(start: date | None, end: date | None, rate: str, hours: str) -> AgreementTerms:
    places = {BALLERUP: None, GLADSAXE: None}
    return AgreementTerms(
        valid_from=start,
        valid_to=end,
        basis="occupied_places",
        hourly_rate_dkk=D(rate),
        hours_per_week=D(hours),
        places=places,
    )


def agreement(*versions: AgreementTerms) -> Agreement:
    """An agreement as stored (not in a database): its present terms are its last version's."""
    last = versions[-1]
    members = [
        AgreementMunicipality(municipality_code=c, role="partner", position=n, places=None)
        for n, c in enumerate((BALLERUP, GLADSAXE))
    ]
    return Agreement(
        id="falck-test",
        payment_basis=last.basis,
        hourly_rate_dkk=last.hourly_rate_dkk,
        hours_per_week=last.hours_per_week,
        municipalities=members,
        terms_history=list(versions),
    )


# 275 kr. and 3 hours a week until 15 September, 290 kr. and 4 hours a week from 16 September.
CHANGED = (
    version(None, date(2026, 9, 15), "275.00", "3.0"),
    version(date(2026, 9, 16), None, "290.00", "4.0"),
)


def intern(code: str, *grants: Grant) -> PlacementFacts:
    # Signed timesheets of 4 hours in each of weeks 35–40.
    weeks = tuple((f"2026-W{w}", D("4")) for w in range(35, 41))
    sheet = Timesheet(weeks, "Mads")
    return PlacementFacts(
        "P-1",
        code,
        "Navn",
        "1900000101",
        "Falck Søborg",
        date(2026, 5, 4),
        date(2026, 10, 25),
        timesheets=(sheet,),
        grants=grants,
    )  # type: ignore[arg-type]


def items(
    app: Flask,
    monkeypatch: pytest.MonkeyPatch,
    found: Agreement,
    code: str,
    period: Any,
    facts: PlacementFacts,
) -> list[Any]:
    monkeypatch.setattr(payments, "placement_facts", lambda *_args: iter([facts]))
    with app.app_context():
        return list(payments.municipality_items(None, found, code, period))  # type: ignore[arg-type]


def row(line: PaymentLine) -> tuple[object, ...]:
    return (
        line.first_day.day,
        line.last_day.day,
        line.granted_hours,
        line.delivered_hours,
        line.claimable_hours,
        line.hourly_rate_dkk,
        line.amount_dkk,
    )


def test_a_month_that_straddles_a_change_has_a_line_for_each_side(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = items(app, monkeypatch, agreement(*CHANGED), BALLERUP, SEPTEMBER, intern(BALLERUP))
    lines = [i for i in found if isinstance(i, PaymentLine)]
    # 1–15 September, 15 days at 275 kr. × 3 h/week: granted 3 × 15/7 = 6.4286 → 6.43. Delivered: week 36
    # gives 6 of its 7 days (4 × 6/7), week 37 all 4, week 38 2 of 7 (4 × 2/7): 60/7 = 8.5714 → 8.57.
    # Claimable min(6.43, 8.57) = 6.43; 275 × 6.43 = 1768.25.
    # 16–30 September, 15 days at 290 kr. × 4 h/week: granted 4 × 15/7 = 8.5714 → 8.57. Delivered: week 38
    # 5 of 7 (20/7), week 39 4 (28/7), week 40 3 of 7 (12/7): 60/7 → 8.57. 290 × 8.57 = 2485.30.
    assert [row(line) for line in lines] == [
        (1, 15, D("6.43"), D("8.57"), D("6.43"), D("275.00"), D("1768.25")),
        (16, 30, D("8.57"), D("8.57"), D("8.57"), D("290.00"), D("2485.30")),
    ]
    assert sum(line.amount_dkk for line in lines) == D("4253.55")
    # 8.57 − 6.43 = 2.14 hours above the grant before the change; the hours' own gaps are none (signed,
    # every month has its sheet), and are not told twice for the two stretches. Week by week (decision
    # 0066): weeks 36 and 37, their Thursdays (3 and 10 September) before the change, give 4 hours of a
    # 3-hour grant: 1 hour each above it; weeks 38 and 39 are held to 4 hours a week and give 4.
    assert [(g.kind, g.hours) for g in found if isinstance(g, Gap)] == [
        ("above_grant", D("2.14")),
        ("week_above_grant", D("1.00")),
        ("week_above_grant", D("1.00")),
    ]


def test_a_month_before_the_change_is_what_it_was_without_it(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Facts of their own for each: a placement keeps what was worked out from it (`derived`).
    before_any_change = agreement(version(None, None, "275.00", "3.0"))
    with_change = items(app, monkeypatch, agreement(*CHANGED), BALLERUP, AUGUST, intern(BALLERUP))
    assert with_change == items(app, monkeypatch, before_any_change, BALLERUP, AUGUST, intern(BALLERUP))
    assert [line.hourly_rate_dkk for line in with_change if isinstance(line, PaymentLine)] == [D("275.00")]


def test_a_municipality_granting_on_its_own_forms_is_not_split(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Gladsaxe's grant form: 5 hours a week at 300 kr. for all of September and on. The agreement's rate
    # and hours do not price its lines, so their change does not split them: 30 days, 5 × 30/7 = 21.4286
    # → 21.43 granted; delivered 4 × 6/7 + 12 + 4 × 3/7 = 120/7 = 17.14; 300 × 17.14 = 5142.00.
    grant = Grant(date(2026, 9, 1), date(2026, 10, 25), D("5.0"), D("300.00"))
    found = items(app, monkeypatch, agreement(*CHANGED), GLADSAXE, SEPTEMBER, intern(GLADSAXE, grant))
    lines = [i for i in found if isinstance(i, PaymentLine)]
    assert [row(line) for line in lines] == [
        (1, 30, D("21.43"), D("17.14"), D("17.14"), D("300.00"), D("5142.00"))
    ]


def test_the_terms_of_a_day(app: Flask) -> None:
    found = agreement(*CHANGED)
    with app.app_context():
        assert payments.terms(found, BALLERUP, date(2026, 9, 15)).hourly_rate_dkk == D("275.00")
        assert payments.terms(found, BALLERUP, date(2026, 9, 16)).hourly_rate_dkk == D("290.00")
        assert payments.terms(found, BALLERUP).hours_per_week == D("4.0")  # the present terms


def test_the_dashboard_prices_each_month_by_its_own_terms(app: Flask) -> None:
    facts = replace(intern(BALLERUP), cpr="0101901234")
    contents = {"placement": {"benefit": "kontanthjaelp"}}
    with app.app_context():
        found = dashboard_summary.rows_of(facts, agreement(*CHANGED), contents)
    assert found is not None
    months = {row["month"]: row for row in found[1]}
    # August, before the change, at 275 kr. × 3 h/week: granted 3 × 31/7 = 13.29; delivered week 35's 4
    # hours and 1 of week 36's days (4/7): 32/7 = 4.57; 275 × 4.57 = 1256.75 (the present terms, 290 kr. ×
    # 4 h/week, would make it 290 × 4.57 = 1325.30).
    august = months[date(2026, 8, 1)]
    assert (august["granted_hours"], august["claimable_hours"], august["amount_dkk"]) == (
        D("13.29"),
        D("4.57"),
        D("1256.75"),
    )
    # September as the payments price it above: 6.43 + 8.57 hours granted, 1768.25 + 2485.30 kr.
    september = months[date(2026, 9, 1)]
    assert (september["granted_hours"], september["amount_dkk"]) == (D("15.00"), D("4253.55"))
