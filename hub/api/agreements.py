"""Agreements: the ones the caller's party is part of, as canonical JSON."""

from __future__ import annotations

from typing import Any

from flask_smorest import Blueprint
from marshmallow import Schema, fields

from hub.api.agreement_shapes import AgreementDetailOut
from hub.api.common import LINK_HEADER, QUERY, NoQuery, PageArgs, PageOut, page_links
from hub.api.path_words import AGREEMENT_ID
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


class AgreementList(PageOut):
    """A page of the agreements the caller may see, by id."""

    agreements = fields.List(fields.Nested(AgreementOut), required=True)


@blp.route("")
@blp.arguments(PageArgs, **QUERY)
@blp.response(200, AgreementList, headers=LINK_HEADER)
@requires("agreements:read")
def list_agreements(args: dict[str, Any]) -> Any:
    """The agreements the caller's party is part of, by id, a page at a time (as every list: `page`,
    `per_page`, the body's `total` and the `Link` header)."""
    page, per_page = args["page"], args["per_page"]
    rows, total = scope.agreements_page(db.session, principal(), page, per_page)
    body = {"agreements": rows, "page": page, "per_page": per_page, "total": total}
    return body, 200, {"Link": page_links(page, per_page, total)}


@blp.route("/<agreement_id>", parameters=[AGREEMENT_ID])
@blp.arguments(NoQuery, **QUERY)
@blp.response(200, AgreementDetailOut)
@requires("agreements:read")
def get_agreement(_query: dict[str, Any], agreement_id: str) -> Any:
    """One agreement, with the history of its payment terms."""
    found = scope.agreement(db.session, principal(), agreement_id)
    return {"id": found.id, "name": found.name, "data": found.data, "terms_history": terms_history(found)}
