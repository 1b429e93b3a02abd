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
    # Paid per allotted place: every municipality with places gets a positive amount.
    assert all(amount > Decimal("0.00") for amount in shown.values())
