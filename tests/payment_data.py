"""Payments built by hand for the payment report's tests: Falck Hovedstaden's August 2026, paid for
occupied places at 275 kr. an hour for 3 hours a week (config/agreements/falck-hovedstaden.toml)."""

from __future__ import annotations

from decimal import Decimal

from hub.exports.payment_report import PaymentHeader
from hub.exports.payments import Terms
from hub.periods import parse_period

RATE, HOURS_A_WEEK = Decimal("275.00"), Decimal("3.0")
TERMS = Terms("occupied_places", RATE, HOURS_A_WEEK)
FALCK_AUGUST = PaymentHeader(
    "falck-hovedstaden", "Falck Hovedstaden", TERMS.basis, parse_period("2026-08"), RATE, HOURS_A_WEEK
)
