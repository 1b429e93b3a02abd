"""The payments of an agreement a municipality was taken out of (decision 0010, "Payments and
dashboards"): a run for a period includes it for its days as a member, as its claim does.

BRFkredit pays per allotted place (`fixed_per_place`): Gentofte (157, the lead) and Lyngby-Taarbæk (173)
have 3 places each, occupied or not, 6.25 hours a week at 275 kr. Loaded without Lyngby-Taarbæk on 16 May
2026, it was a member up to 15 May.

May 2026: Gentofte all 31 days, 6.25 × 31/7 = 27.6786 → 27.68 hours × 275 = 7612.00 a place; Lyngby-
Taarbæk 1–15 May, 15 days, 6.25 × 15/7 = 13.3929 → 13.39 hours × 275 = 3682.25 a place.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

from accounts import add_user, bearer
from flask import Flask
from page_support import client_of
from test_agreement_terms import AFTER_Q3
from test_claim_removed_member import AGREEMENTS, _taken_out

from hub.access import Principal
from hub.extensions import db
from hub.periods import parse_period
from hub.services import agreements, claims, dashboard, dashboard_summary, payments

MAY = parse_period("2026-05")


def _run(app: Flask, period: str) -> dict[str, tuple[int, D]]:
    with app.app_context():
        agreement = payments.agreement(db.session, "brfkredit")
        run = payments.PaymentRun(db.session, agreement, parse_period(period))
        for _item in run.items():
            pass
        return {code: (t.lines, t.amount_dkk) for code, t in run.totals.items()}


def test_a_run_includes_it_for_its_days_as_a_member(app: Flask, tmp_path: Path) -> None:
    _taken_out(app, tmp_path, today=date(2026, 5, 16))
    # Gentofte 3 × 7612.00; Lyngby-Taarbæk 3 × 3682.25.
    assert _run(app, "2026-05") == {"157": (3, D("22836.00")), "173": (3, D("11046.75"))}
    # June is wholly after 15 May: Gentofte only, 30 days, 26.79 hours × 275 = 7367.25 a place.
    assert _run(app, "2026-06") == {"157": (3, D("22101.75"))}


def test_the_run_and_its_claim_agree_for_the_same_days(app: Flask, tmp_path: Path) -> None:
    _taken_out(app, tmp_path, today=date(2026, 5, 16))
    # The second quarter: Gentofte 91 days, 81.25 hours × 275 = 22343.75 a place; Lyngby-Taarbæk
    # 1 April–15 May, 45 days, 40.18 hours × 275 = 11049.50 a place.
    run = _run(app, "2026-Q2")
    assert run == {"157": (3, D("67031.25")), "173": (3, D("33148.50"))}
    with app.app_context():
        claim, _config = claims.build_claim(db.session, "173", "brfkredit", parse_period("2026-Q2"), AFTER_Q3)
        assert (len(claim.lines), claim.total("amount_dkk")) == run["173"]


def test_the_lead_s_api_and_dashboard_include_it(app: Flask, tmp_path: Path) -> None:
    _taken_out(app, tmp_path, today=date(2026, 5, 16))
    add_user(app, "lead-gentofte")
    got = app.test_client().get(
        "/api/agreements/brfkredit/payments?period=2026-05", headers=bearer(app, "lead-gentofte")
    )
    assert got.status_code == 200, got.get_json()
    body = got.get_json()
    assert [(m["municipality_code"], m["lines"], m["amount_dkk"]) for m in body["municipalities"]] == [
        ("157", 3, "22836.00"),
        ("173", 3, "11046.75"),
    ]
    assert body["total_amount_dkk"] == "33882.75"  # 22836.00 + 11046.75
    assert sum(1 for line in body["lines"] if line["municipality_code"] == "173") == 3
    lead = Principal(1, "lead-gentofte", "lead", municipality="157")
    with app.app_context():
        board = dashboard.build(db.session, lead, "brfkredit", MAY, date(2026, 6, 1))
    assert {(m.code, m.amount) for m in board.municipalities} == {
        ("157", D("22836.00")),
        ("173", D("11046.75")),
    }
    assert board.amount == D("33882.75")
    # The lead's page shows its row (Lyngby-Taarbæk's places of May: 3) and the total.
    page = client_of(app, "lead-gentofte").get("/dashboard?agreement=brfkredit&month=2026-05")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    row = html.split('data-municipality="173"', 1)[1].split("</tr>", 1)[0]
    assert "taget ud, med en del af måneden" in row
    assert 'data-label="Pladser">3</td>' in row and "11.046,75" in row
    assert "33.882,75" in html.split("claim-total", 1)[1]
    # And its payments page, which reads the API's payments.
    paid = client_of(app, "lead-gentofte").get("/payments?agreement=brfkredit&period=2026-05")
    assert "11.046,75" in paid.get_data(as_text=True).split('data-municipality="173"', 1)[1].split("</tr>")[0]


def test_the_dashboard_names_its_claim_period_while_it_was_a_member_some_of_it(
    app: Flask, tmp_path: Path
) -> None:
    _taken_out(app, tmp_path, today=date(2026, 5, 16))
    lead = Principal(1, "lead-gentofte", "lead", municipality="157")
    with app.app_context():
        june = dashboard.build(db.session, lead, "brfkredit", parse_period("2026-06"), date(2026, 7, 1))
        october = dashboard.build(db.session, lead, "brfkredit", parse_period("2026-10"), date(2026, 11, 1))
    # Both claim by quarter: June lies in Q2, of which Lyngby-Taarbæk was a member 1 April–15 May (no
    # row of its own in June, wholly after); October in Q4, wholly after.
    assert [(code, p.label) for code, p in june.claim_periods] == [("157", "2026-Q2"), ("173", "2026-Q2")]
    assert [m.code for m in june.municipalities] == ["157"]
    assert [(code, p.label) for code, p in october.claim_periods] == [("157", "2026-Q4")]


def test_the_summaries_fingerprint_changes_with_the_removal(app: Flask, tmp_path: Path) -> None:
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(AGREEMENTS), "test")
        before = dashboard_summary.fingerprint(payments.agreement(db.session, "brfkredit"))
    _taken_out(app, tmp_path, today=date(2026, 5, 16))
    with app.app_context():
        after = dashboard_summary.fingerprint(payments.agreement(db.session, "brfkredit"))
    assert before != after
