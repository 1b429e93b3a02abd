"""The shape of one agreement as GET /api/agreements/<id> answers it: the canonical agreement and the
history of its payment terms (decision 0063)."""

from __future__ import annotations

from marshmallow import Schema, fields

DECIMAL = {"type": "string", "pattern": r"^\d+\.\d{2}$", "description": "Two decimals, as a string"}


class TermsVersionOut(Schema):
    """One version of the payment terms and the days it is in effect."""

    valid_from = fields.Date(
        required=True, allow_none=True, metadata={"description": "Its first day; null: since always"}
    )
    valid_to = fields.Date(
        required=True, allow_none=True, metadata={"description": "Its last day; null: still in effect"}
    )
    basis = fields.String(required=True, metadata={"enum": ["occupied_places", "fixed_per_place", "none"]})
    hourly_rate_dkk = fields.String(required=True, allow_none=True, metadata=DECIMAL)
    hours_per_week = fields.String(required=True, allow_none=True, metadata=DECIMAL)
    places = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(allow_none=True),
        required=True,
        metadata={"description": "Places allotted to each municipality (by code); null: none allotted"},
    )


class AgreementDetailOut(Schema):
    """One agreement: its id, the canonical agreement as validated when it was last loaded, and every
    version of its payment terms, oldest first."""

    id = fields.String(required=True)
    name = fields.String(required=True)
    data = fields.Dict(required=True, metadata={"description": "The canonical agreement (DESIGN.md)"})
    terms_history = fields.List(fields.Nested(TermsVersionOut), required=True)
