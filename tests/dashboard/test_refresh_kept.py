"""The dashboards' refresh finds a month's gaps once and checks a claim period's hours once for a
placement's facts, sharing them among the months that ask (decision 0030, stop 49): what it keeps is
what the same code computes with nothing kept, on every placement of the lived demo and across two
refreshes in one session between which a month's hours change. What is kept lives on the facts, which
each refresh reads afresh: nothing outlives it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from functools import wraps
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from golden_batch import golden, work_batch
from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.exports import completeness, completeness_hours, gaps
from hub.exports.facts import PlacementFacts, Timesheet
from hub.exports.payments import Terms
from hub.extensions import db
from hub.models import Agreement, PlacementMonth
from hub.periods import Period
from hub.services import agreements, dashboard_summary
from hub.services.facts import placement_facts


@contextmanager
def _nothing_kept() -> Iterator[None]:
    """Every derived value computed each time it is asked for: the code as it is, without its memo."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(PlacementFacts, "derived", lambda _facts, _key, compute: compute())
        yield


def _rows(session: Session) -> list[Any]:
    """Every placement's summary row and month rows, computed from facts read now."""
    rows = []
    for agreement in session.scalars(select(Agreement).order_by(Agreement.id)).all():
        facts = list(placement_facts(session, agreement.id))
        contents = dashboard_summary.contents_of(session, [f.placement_id for f in facts])
        for each in facts:
            rows.append(dashboard_summary.rows_of(each, agreement, contents.get(each.placement_id, {})))
    return rows


def test_the_demos_rows_are_those_computed_with_nothing_kept(lived_demo: Flask) -> None:
    with lived_demo.app_context():
        kept = _rows(db.session)
        with _nothing_kept():
            fresh = _rows(db.session)
        db.session.rollback()
    months = [month for row in kept if row is not None for month in row[1]]
    # The demo's placements show gaps and missing evidence, in claim periods of more than a month too.
    assert any(m["gaps"] for m in months)
    assert any(m["missing"] and m["municipality_code"] in ("151", "190", "730") for m in months)
    assert kept == fresh


def _counting(module: Any, name: str, count: Counter[Any], by: Callable[..., Any]) -> Any:
    real = getattr(module, name)

    @wraps(real)  # the same name: a check is kept under its function's name
    def counted(*args: Any) -> Any:
        count[by(*args)] += 1
        return real(*args)

    return counted


def test_a_month_is_looked_at_once_however_often_it_is_asked_for(lived_demo: Flask) -> None:
    """A month is asked for alone, and as a part of its claim period (Ballerup's quarter, Furesø's
    half-year) as of each of its months' ends; the period's hours are checked for each of them, and
    each period's gaps spread the same timesheets."""
    looked: Counter[tuple[int, Period]] = Counter()
    signed: Counter[tuple[int, Period, Terms]] = Counter()
    spread: Counter[tuple[int, Timesheet]] = Counter()
    with lived_demo.app_context(), pytest.MonkeyPatch.context() as patch:
        by_sheet = _counting(gaps, "spread", spread, lambda facts, sheet: (facts.placement_id, sheet))
        patch.setattr(gaps, "spread", by_sheet)
        by_month = _counting(gaps, "weeks_due", looked, lambda facts, month: (facts.placement_id, month))
        patch.setattr(gaps, "weeks_due", by_month)
        by_period = _counting(
            completeness,
            "signed_check",
            signed,
            lambda facts, period, terms: (facts.placement_id, period, terms),
        )
        patch.setattr(completeness, "signed_check", by_period)
        rows = [row for row in _rows(db.session) if row is not None]
        db.session.rollback()
    longer = [row for row in rows if row[0]["municipality_code"] in ("151", "190", "730")]
    assert len(longer) > 1 and sum(len(row[1]) for row in longer) > 2 * len(longer)
    assert looked and signed and spread
    # Each month's timesheet looked for, each period's signatures checked, each timesheet's weeks
    # spread over the placement's days: once for a placement, however many months ask.
    assert set(looked.values()) == set(signed.values()) == set(spread.values()) == {1}


def test_hours_unsigned_in_the_period_claim_none_without_pricing_a_line(lived_demo: Flask) -> None:
    """Under `occupied_places` a period in which no signed hour fell on a day the placement ran claims no
    hours: said without working out its lines; with signed hours, the lines decide as before."""
    with lived_demo.app_context():
        agreement = db.session.get(Agreement, "falck-hovedstaden")
        assert agreement is not None
        facts = list(placement_facts(db.session, agreement.id))
        db.session.rollback()
    terms = Terms("occupied_places", Decimal("275.00"), Decimal("3.0"))
    with_hours = [f for f in facts if any(t.signed for t in f.timesheets)]
    assert with_hours
    one = with_hours[0]
    before = Period(date(2000, 1, 1), date(2000, 1, 31), "month")  # long before it ran
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(completeness_hours, "occupied_lines", None)  # called: a TypeError
        assert completeness_hours._claims_hours(one, before, terms) is False
        unsigned = PlacementFacts(**{**_fields(one), "timesheets": ()})
        whole = Period(one.start, one.last_day, "month")
        assert completeness_hours._claims_hours(unsigned, whole, terms) is False
    assert completeness_hours._claims_hours(one, Period(one.start, one.last_day, "month"), terms) is True


def _fields(facts: PlacementFacts) -> dict[str, Any]:
    return {name: getattr(facts, name) for name in PlacementFacts.__dataclass_fields__ if name != "memo"}


def _golden(name: str, **changes: Any) -> dict[str, Any]:
    return golden("furesoe", name, **changes)


def _batch(records: list[dict[str, Any]]) -> list[str]:
    """The records as Furesø's own workbooks, worked as one batch (one refresh): their statuses."""
    return work_batch("furesoe", ".xlsx", [(record, None) for record in records])


def _stored() -> dict[date, tuple[Any, ...]]:
    months = db.session.scalars(select(PlacementMonth).order_by(PlacementMonth.month)).all()
    return {m.month: (m.delivered_hours, m.gaps, m.missing, m.problems) for m in months}


def test_a_month_whose_hours_change_between_two_refreshes_is_computed_anew(app: Flask) -> None:
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        # The placement runs 7 September to 4 December 2026; the timesheet gives weeks 37-39, 8.5 hours.
        assert _batch([_golden("placement"), _golden("mentor_hours")]) == ["accepted"] * 2
        first = _stored()
        fewer = [{"week": "2026-W37", "hours": "1.0"}, {"week": "2026-W38", "hours": "1.5"}]
        corrected = _golden("mentor_hours", entries=fewer, total_hours="2.5", signed_on="2026-09-29")
        assert _batch([corrected]) == ["accepted"]
        second = _stored()
        with _nothing_kept():
            fresh = _rows(db.session)
        db.session.rollback()
    september, october = date(2026, 9, 1), date(2026, 10, 1)
    assert first[september][0] == Decimal("8.50") and second[september][0] == Decimal("2.50")
    # Week 39 no longer on the sheet: September still has its timesheet, and October never had one.
    assert first[october][1:] == second[october][1:]
    assert first[october][2] >= 1  # "no timesheet for October" once October is over
    (row,) = [row for row in fresh if row is not None]
    assert {
        m["month"]: (m["delivered_hours"], m["gaps"], m["missing"], m["problems"]) for m in row[1]
    } == second
