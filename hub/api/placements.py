"""Placements and their canonical records, as the caller's party and role may see them.

The CPR number is shown as `hub.access.cpr_view` says (`cpr_view` in each item tells which), benefit and
visitation never to a company, the participant id always (`hub.services.placement_reads`). A record
carries an ETag; `If-None-Match` with it answers 304, a read in the audit log like the 200.
"""

from __future__ import annotations

from typing import Any

from flask import Response, jsonify
from flask_smorest import Blueprint

from hub.api.common import (
    ETAG_HEADER,
    ID,
    LINK_HEADER,
    QUERY,
    NoQuery,
    PageArgs,
    etag_of,
    not_modified,
    page_links,
)
from hub.api.placement_shapes import (
    PlacementFilter,
    PlacementOut,
    PlacementPage,
    RecordList,
    RecordWithVersions,
)
from hub.extensions import db
from hub.services import placement_reads, record_reads
from hub.web.guard import principal, requires

blp = Blueprint(
    "placements_api", __name__, url_prefix="/api", description="Placements and their canonical records"
)


@blp.route("/placements")
@blp.arguments(PlacementFilter, **QUERY)
@blp.response(200, PlacementPage, headers=LINK_HEADER)
@requires("placements:read")
def list_placements(args: dict[str, Any]) -> Any:
    """The placements the caller may read, by id, a page at a time."""
    page, per_page = args["page"], args["per_page"]
    items, total = placement_reads.placements_page(
        db.session, principal(), page, per_page, args.get("agreement_id"), args.get("municipality_code")
    )
    body = {"placements": items, "page": page, "per_page": per_page, "total": total}
    return body, 200, {"Link": page_links(page, per_page, total)}


@blp.route(f"/placements/<{ID}:placement_id>")
@blp.arguments(NoQuery, **QUERY)
@blp.response(200, PlacementOut)
@requires("placements:read")
def get_placement(_query: dict[str, Any], placement_id: int) -> Any:
    """One placement."""
    return placement_reads.placement(db.session, principal(), placement_id)


@blp.route(f"/placements/<{ID}:placement_id>/records")
@blp.arguments(PageArgs, **QUERY)
@blp.response(200, RecordList, headers=LINK_HEADER)
@requires("records:read")
def list_records(args: dict[str, Any], placement_id: int) -> Any:
    """The canonical records of a placement, each with its current version, by id, a page at a time (as
    every list: `page`, `per_page`, the body's `total` and the `Link` header)."""
    page, per_page = args["page"], args["per_page"]
    items, total = record_reads.records_page(db.session, principal(), placement_id, page, per_page)
    body = {"records": items, "page": page, "per_page": per_page, "total": total}
    return body, 200, {"Link": page_links(page, per_page, total)}


@blp.route(f"/records/<{ID}:record_id>")
@blp.arguments(NoQuery, **QUERY)
@blp.response(200, RecordWithVersions, headers=ETAG_HEADER)
@blp.alt_response(
    304,
    description="Not modified: the If-None-Match tag is current (for a company or auditor, a read in "
    "the audit log as the 200 is)",
    headers=ETAG_HEADER,
)
@requires("records:read")
def get_record(_query: dict[str, Any], record_id: int) -> Any:
    """One record with every version and its provenance; ETag, and 304 for a current If-None-Match."""
    who = principal()
    body = RecordWithVersions().dump(record_reads.record(db.session, who, record_id))
    tag = etag_of(body)
    unchanged = not_modified(tag)
    record_reads.note_record_read(db.session, who, record_id, not_modified=unchanged is not None)
    if unchanged is not None:
        return unchanged
    response: Response = jsonify(body)
    response.headers["ETag"] = tag
    return response
