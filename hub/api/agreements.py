"""Agreements: the ones the caller's party is part of, as canonical JSON."""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint
from marshmallow import Schema, fields

from hub.api.agreement_shapes import AgreementDetailOut
from hub.extensions import db
from hub.services import scope
from hub.services.agreement_terms import terms_history
from hub.web.guard import principal, requires

blp = Blueprint(
    "agreements_api", __name__, url_prefix="/api/agreements", description="Partnership agreements"
)


class AgreementOut(Schema):
    """One agreement: its id and the canonical agreement as validated when it was loaded."""

    id = fields.String(required=True)
    name = fields.String(required=True)
    data = fields.Dict(required=True, metadata={"description": "The canonical agreement (DESIGN.md)"})


class AgreementList(Schema):
    """Every agreement the caller may see."""

    agreements = fields.List(fields.Nested(AgreementOut), required=True)


@blp.route("")
@blp.response(200, AgreementList)
@requires("agreements:read")
def list_agreements() -> dict[str, Any]:
    """The agreements the caller's party is part of."""
    return {"agreements": scope.agreements(db.session, principal())}


@blp.route("/<agreement_id>")
@blp.response(200, AgreementDetailOut)
@requires("agreements:read")
def get_agreement(agreement_id: str) -> Any:
    """One agreement, with the history of its payment terms."""
    found = scope.agreement(db.session, principal(), agreement_id)
    return {"id": found.id, "name": found.name, "data": found.data, "terms_history": terms_history(found)}
