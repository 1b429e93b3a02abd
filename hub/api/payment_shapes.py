"""The shape of an agreement's payments as the API answers them (`GET /api/agreements/<id>/payments`,
`hub.api.outbound`; `hub payments --json` writes the same): its lines, gaps and each municipality's sums,
amounts and hours as two-decimal strings. Kept apart from the views, which are about who may ask what."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields

from hub.api.export_shapes import DAY
from hub.api.periods import ClaimPeriod

DECIMAL = {"type": "string", "pattern": r"^-?\d+\.\d{2}$"}


def _money(metadata: dict[str, Any] | None = None, **kw: Any) -> fields.String:
    said = {**DECIMAL, "description": "Two decimals, as a string", **(metadata or {})}
    return fields.String(metadata=said, **kw)


class AgreementRef(Schema):
    """Which agreement and its payment basis."""

    id = fields.String(required=True)
    name = fields.String(required=True)
    basis = fields.String(required=True)


class PaymentLineOut(Schema):
    """One placement's (or place's) claimable mentor support in the period."""

    municipality_code = fields.String(required=True)
    place = fields.Integer(allow_none=True)
    participant_id = fields.String(allow_none=True)
    citizen = fields.Dict(allow_none=True, metadata={"description": "{name}: never a CPR number"})
    site = fields.Dict(required=True)
    period = fields.Dict(required=True)
    days_active = fields.Integer(required=True)
    granted_hours = _money(required=True)
    delivered_hours = _money(required=True)
    claimable_hours = _money(required=True)
    hourly_rate_dkk = _money(required=True)
    amount_dkk = _money(required=True)


class AwaitingOut(Schema):
    """The week a `below_grant` gap waits for: the line's last days lie in a week that a later month's
    form gives, and that form is not due yet (the line pays them once it comes)."""

    week = fields.String(
        required=True, metadata={"pattern": r"^\d{4}-W\d{2}$", "description": "ISO week: 2026-W49"}
    )
    first_day = fields.String(required=True, metadata={**DAY, "description": "The line's first day in it"})
    last_day = fields.String(required=True, metadata={**DAY, "description": "The line's last day"})
    hours = _money(
        required=True, metadata={"description": "Those days' share of the line's granted hours: 0.43"}
    )
    form_period = fields.String(
        required=True,
        metadata={"description": "The month whose form gives the week's hours, due once it is over: 2026-12"},
    )


class GapOut(Schema):
    """A gap between granted and delivered hours (or a missing piece of evidence)."""

    municipality_code = fields.String(required=True)
    participant_id = fields.String(allow_none=True)
    kind = fields.String(required=True)
    hours = _money(allow_none=True)
    reason_en = fields.String(required=True)
    reason_da = fields.String(required=True)
    awaiting = fields.Nested(
        AwaitingOut,
        required=True,
        allow_none=True,
        metadata={"description": "The week a below_grant waits for, as the reasons say it; null when none"},
    )


class TotalsOut(Schema):
    """A municipality's sums."""

    municipality_code = fields.String(required=True)
    name = fields.String(required=True)
    lines = fields.Integer(required=True)
    # A partner reads another municipality's row as counts only: its sums are null.
    granted_hours = _money(required=True, allow_none=True)
    delivered_hours = _money(required=True, allow_none=True)
    claimable_hours = _money(required=True, allow_none=True)
    amount_dkk = _money(required=True, allow_none=True)
    gaps = fields.Integer(required=True)


class PaymentsOut(Schema):
    """An agreement's payments for a period (`hub payments --json`)."""

    agreement = fields.Nested(AgreementRef, required=True)
    period = fields.Nested(ClaimPeriod, required=True)
    lines = fields.List(fields.Nested(PaymentLineOut), required=True)
    gaps = fields.List(fields.Nested(GapOut), required=True)
    municipalities = fields.List(
        fields.Nested(TotalsOut),
        required=True,
        metadata={"description": "Every municipality's row; a partner gets the others' sums as null"},
    )
    total_amount_dkk = _money(
        required=True, metadata={"description": "The agreement's total; for a partner, its own amount"}
    )
