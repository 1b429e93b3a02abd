"""The dashboard's numbers against figures worked out by hand from the store in `store.py`.

As of Wednesday 16 September 2026, for September 2026 (30 days):
- A (Gladsaxe) runs all September: granted 3 × 30/7 = 12.857 → 12.86 hours; delivered W36 on its 6
  September days (3 × 6/7), W37–W39 (9), W40 on its 3 September days (3 × 3/7): 9 + 27/7 = 12.857 →
  12.86. Claim 275 × 12.86 = 3,536.50. No gap. Gladsaxe wants a progress report every 4 weeks: after
  the one of 28 August the next fell due 25 September, inside the month: one rule missing.
- B (Herlev) runs 1–25 September (25 days): granted 3 × 25/7 = 10.714 → 10.71; delivered 3 × 6/7 + 6 =
  8.571 → 8.57. Claim 275 × 8.57 = 2,356.75; a gap (below the grant). Its last day is within 14 days.
- D (Ballerup) runs 7–30 September (24 days) on the agreement's terms: granted 3 × 24/7 = 10.286 →
  10.29, nothing delivered: claim 0.00, gaps (below the grant, no timesheet for September).
- C ended 28 August; Falck's places: Søborg 3, Ballerup 3, Taastrup 2, Farum 2.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from conftest import make_app
from flask import Flask
from store import AS_OF, FALCK, build

from hub.access import Principal
from hub.extensions import db
from hub.periods import parse_period
from hub.services import dashboard, dashboard_refresh, dashboard_rows

SEPTEMBER = parse_period("2026-09")
LEAD = Principal(1, "lead-gladsaxe", "lead", municipality="159")
HERLEV = Principal(2, "kommune-herlev", "municipality", municipality="163")
MAY_4, AUG_29 = date(2026, 5, 4), date(2026, 8, 29)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Flask, dict[str, int]]:
    app = make_app(tmp_path_factory.mktemp("dashboard-store"))
    return app, build(app)


def board(
    store: tuple[Flask, dict[str, int]], who: Principal = LEAD, only: str | None = None
) -> dashboard_rows.Dashboard:
    app, _ = store
    with app.app_context():
        return dashboard.build(db.session, who, FALCK, SEPTEMBER, AS_OF, only)


def test_places_per_site_occupied_empty_and_since_when(store: tuple[Flask, dict[str, int]]) -> None:
    sites = {s.p_number: (s.places, s.occupied, s.empty, s.empty_since) for s in board(store).sites}
    # Søborg: A and B; Ballerup: C ended 28 August (empty since the 29th), the other two never filled
    # (since the agreement's first start, C's 4 May); Taastrup: D; Farum: nobody.
    assert sites == {
        "1900000101": (3, 2, 1, (MAY_4,)),
        "1900000102": (3, 0, 3, (AUG_29, MAY_4, MAY_4)),
        "1900000103": (2, 1, 1, (MAY_4,)),
        "1900000104": (2, 0, 2, (MAY_4, MAY_4)),
    }


def test_municipalities_counts_hours_and_claim_totals(store: tuple[Flask, dict[str, int]]) -> None:
    found = board(store)
    rows = {
        m.code: (m.occupied, m.ending, m.granted, m.delivered, m.amount, m.with_gaps, m.with_missing)
        for m in found.municipalities
    }
    assert rows == {
        "159": (1, 0, D("12.86"), D("12.86"), D("3536.50"), 0, 1),
        "151": (1, 0, D("10.29"), D("0.00"), D("0.00"), 1, 0),
        "163": (1, 1, D("10.71"), D("8.57"), D("2356.75"), 1, 0),
        "169": (0, 0, D("0.00"), D("0.00"), D("0.00"), 0, 0),
        "190": (0, 0, D("0.00"), D("0.00"), D("0.00"), 0, 0),
    }
    assert found.amount == D("5893.25")


def test_lists_name_citizens_with_cpr_full_for_own_masked_for_partners(
    store: tuple[Flask, dict[str, int]],
) -> None:
    found = board(store)
    assert [(p.name, p.cpr, last) for p, last in found.ending.rows] == [
        ("Bo Berg", "150500-XXXX", date(2026, 9, 25))
    ]
    assert found.ending.total == 1
    ((person, problems),) = found.missing.rows
    assert (person.name, person.cpr) == ("Anne Andersen", "010190-1234")
    assert [(rule, status) for rule, status, _, _ in problems] == [("progress_report_every_weeks", "missing")]
    assert "2026-09-25" in problems[0][2]
    assert sorted((p.name, p.cpr, g.gaps) for p, g in found.gaps.rows) == [
        ("Bo Berg", "150500-XXXX", 1),
        ("Dorte Dahl", "030304-XXXX", 2),
    ]


def test_outcomes_of_the_agreement(store: tuple[Flask, dict[str, int]]) -> None:
    o = board(store).outcomes
    # A, B, D in progress; C ended after 4 May..28 August = 117 days, in an ordinary job. Men: B and C
    # (odd last digit); under 30 at the start: B (born 2000) and D (born 2004). E is another agreement.
    assert (o.in_progress, o.ended, o.male, o.female, o.under_30) == (3, 1, 2, 2, 2)
    assert o.outcomes["ordinary_job"] == 1 and sum(o.outcomes.values()) == 1
    assert o.average_days_ended == D("117.0")
    assert {k: v for k, v in o.benefits.items() if v} == {
        "kontanthjaelp/aktivitetsparat": 1,
        "uddannelseshjaelp/uddannelsesparat": 1,
        "kontanthjaelp/jobparat": 1,
        "sygedagpenge": 1,
    }


def test_chart_of_occupied_places(store: tuple[Flask, dict[str, int]]) -> None:
    chart = board(store).chart
    # The 15th of October 2025 .. August 2026, then the day itself: C from May, B from June, A from August;
    # on 16 September C has ended and D has begun.
    assert [n for _, n in chart] == [0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 3, 3]
    assert chart[0][0] == date(2025, 10, 15) and chart[-1][0] == AS_OF


def test_partner_sees_only_its_own_citizens_and_counts_of_the_others(
    store: tuple[Flask, dict[str, int]],
) -> None:
    found = board(store, HERLEV, only="163")
    named = {
        p.name for rows in (found.running, found.ending, found.missing, found.gaps) for p, *_ in rows.rows
    }
    assert named == {"Bo Berg"}
    assert [p.cpr for p, *_ in found.running.rows] == ["150500-4235"]
    assert found.amount == D("2356.75")
    assert found.outcomes.total == 1  # its own placement only
    # Counts of the others are still there.
    assert {m.code: m.occupied for m in found.municipalities}["159"] == 1


def test_refresh_in_the_transaction_gives_what_a_rebuild_gives(store: tuple[Flask, dict[str, int]]) -> None:
    app, ids = store
    before = board(store)
    with app.app_context():
        for placement_id in ids.values():
            dashboard_refresh.refresh(db.session, [placement_id])
        db.session.commit()
    after = board(store)
    assert (after.sites, after.municipalities, after.outcomes, after.chart) == (
        before.sites,
        before.municipalities,
        before.outcomes,
        before.chart,
    )
