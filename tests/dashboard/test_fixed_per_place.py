"""Under `fixed_per_place` (BRFkredit) the dashboard's claim total is what `hub payments` pays: the places
allotted to each municipality, occupied or not, never more; not a sum of per-placement amounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flask import Flask

from hub.access import Principal
from hub.extensions import db
from hub.periods import parse_period
from hub.services import dashboard, payments

GENTOFTE_LEAD = Principal(1, "lead-gentofte", "lead", municipality="157")


def test_claim_total_per_place_is_the_payment_run(lived_demo: Flask) -> None:
    month = parse_period("2026-09")
    with lived_demo.app_context():
        page = dashboard.build(db.session, GENTOFTE_LEAD, "brfkredit", month, date(2026, 10, 15))
        agreement = payments.agreement(db.session, "brfkredit")
        run = payments.PaymentRun(db.session, agreement, month)
        lines = list(run.items())
        shown = {row.code: row.amount for row in page.municipalities}
        basis = agreement.payment_basis
        db.session.rollback()
    assert basis == "fixed_per_place"
    assert lines, "the demo's BRFkredit has payment lines in September"
    assert shown == {code: totals.amount_dkk for code, totals in run.totals.items()}
    # The dashboard takes its figures from that run, so the figure itself is worked out by hand from
    # config/agreements/brfkredit.toml: 3 places each for 157 and 173, 6.25 hours a week at 275.00,
    # paid for all 30 days of September whether the place is filled or not. A place's month gives
    # 6.25 x 30/7 = 26.7857 -> 26.79 hours, 26.79 x 275 = 7,367.25 kr; three places 22,101.75 kr. (The
    # demo's places split into stretches of 27 + 3 and 23 + 4 + 3 days, which round to the same 26.79:
    # 24.11 + 2.68 and 20.54 + 3.57 + 2.68.) Delivered hours play no part.
    assert shown == {"157": Decimal("22101.75"), "173": Decimal("22101.75")}
