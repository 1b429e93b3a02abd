"""What the hub gives back, per agreement: payments, the company's export and its one form, and claims.

The same services as `hub payments`, `hub export company`, `hub form company` and `hub claim`, with the
caller's party applied (`hub.services.agreement_reads`, `hub.services.outbound_reads`). Files are
written whole to a temporary file and then streamed, so a failure sends an error, never half a file.
"""

from __future__ import annotations

from typing import Any

from flask import Response
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from hub.api.claim_shapes import ClaimListArgs, ClaimListOut
from hub.api.common import LINK_HEADER, QUERY, download, file_doc, file_response, page_links
from hub.api.export_shapes import CompanyExportOut
from hub.api.path_words import AGREEMENT_ID, MUNICIPALITY
from hub.api.payment_shapes import PaymentsOut
from hub.api.periods import PeriodArgs, PeriodField, period_refused, started
from hub.exports.company_form_model import KINDS
from hub.extensions import db
from hub.periods import PeriodError, default_period, local_today
from hub.services import agreement_reads, claim_listing, company_files, outbound_reads
from hub.web.guard import principal, requires
from hub.web.head_refusal import made_when_asked

blp = Blueprint(
    "outbound_api", __name__, url_prefix="/api", description="Payments, exports, forms and claims"
)
blp.register_error_handler(PeriodError, period_refused)
PERIOD_HELP = "2026-08 (default: the last whole month), 2026-Q3 or 2026-H2; begun"


class ExportArgs(Schema):
    """The export's format and period."""

    format = fields.String(required=True, validate=validate.OneOf(sorted(agreement_reads.EXPORT_WRITERS)))
    period = PeriodField(metadata={"description": PERIOD_HELP})


class FormArgs(Schema):
    """The form's format and period."""

    format = fields.String(required=True, validate=validate.OneOf(sorted(agreement_reads.FORM_WRITERS)))
    period = PeriodField(metadata={"description": PERIOD_HELP})


class ClaimArgs(PeriodArgs):
    """Which agreement the claim is for, and the period (one of the municipality's claim periods, over)."""

    agreement = fields.String(required=True, validate=validate.Length(min=1, max=64))


# The path's `kind`, with the kinds there are (the route takes any text, so that another answers the
# hub's 404 naming them rather than the router's bare one): a client generated from the spec offers these.
FORM_KIND = {
    "in": "path",
    "name": "kind",
    "required": True,
    "description": "Which of the company's forms",
    "schema": {"type": "string", "enum": list(KINDS)},
}


class PaymentsArgs(Schema):
    """The payments' period: the last whole month unless named, as on the payments page and the export
    (before, this one route of an agreement's answered 422 without it)."""

    period = PeriodField(metadata={"description": PERIOD_HELP})


@blp.route("/agreements/<agreement_id>/payments", parameters=[AGREEMENT_ID])
@blp.arguments(PaymentsArgs, **QUERY)
@blp.response(200, PaymentsOut)
@requires("payments:read")
def get_payments(args: dict[str, Any], agreement_id: str) -> Any:
    """Per municipality and placement: days active, granted, delivered and claimable hours, amount, gaps."""
    period = started(args.get("period") or default_period(local_today()))
    return agreement_reads.payments(db.session, principal(), agreement_id, period)


@blp.route("/agreements/<agreement_id>/export", parameters=[AGREEMENT_ID])
@blp.arguments(ExportArgs, **QUERY)
@blp.doc(responses={"200": file_doc("pdf", "xlsx", "json", shapes={"json": CompanyExportOut})})
@requires("company_export:read")
@made_when_asked
def get_export(args: dict[str, Any], agreement_id: str) -> Response:
    """The company's one export: agreement, occupancy, interns by participant id, one contact, what is due."""
    period = started(args.get("period") or default_period(local_today()))
    with download() as out:
        agreement_reads.company_export(db.session, principal(), agreement_id, args["format"], period, out)
    return file_response(out, f"export-{agreement_id}-{period.label}", args["format"])


# `kind` is documented on the route: `@blp.doc(parameters=…)` would replace the operation's parameters
# that `@blp.arguments` documents (`format`, `period`), leaving a required `format` out of the spec.
@blp.route("/agreements/<agreement_id>/forms/<kind>", parameters=[FORM_KIND, AGREEMENT_ID])
@blp.arguments(FormArgs, **QUERY)
@blp.doc(responses={"200": file_doc("pdf", "xlsx")})
@requires("company_export:read")
@made_when_asked
def get_form(args: dict[str, Any], agreement_id: str, kind: str) -> Response:
    """The company's one form of a kind, pre-filled with its interns by participant id.

    The mentor hours form asks for the weeks whose Thursday lies in the period and that have begun by
    today: hours for a week not begun are refused when the form is sent."""
    period = started(args.get("period") or default_period(local_today()))
    who, kind = principal(), company_files.require_kind(kind)
    with download() as out:
        agreement_reads.company_form(db.session, who, agreement_id, kind, args["format"], period, out)
    return file_response(out, f"{kind}-{agreement_id}-{period.label}", args["format"])


@blp.route("/municipalities/<municipality>/claim", parameters=[MUNICIPALITY])
@blp.arguments(ClaimArgs, **QUERY)
@blp.doc(responses={"200": file_doc("pdf", "xml", "csv")})
@requires("claims:read")
@made_when_asked
def get_claim(args: dict[str, Any], municipality: str) -> Response:
    """The municipality's mentor-support claim in its own format ([claim] in its config)."""
    period = args["period"]
    data, ext, code = outbound_reads.claim(db.session, principal(), municipality, args["agreement"], period)
    with download() as out:
        out.write(data)
    name = f"claim-{code}-{args['agreement']}-{period.label}"
    return file_response(out, name, ext, outbound_reads.claim_charset(code, ext))


@blp.route("/municipalities/<municipality>/claims", parameters=[MUNICIPALITY])
@blp.arguments(ClaimListArgs, **QUERY)
@blp.response(200, ClaimListOut, headers=LINK_HEADER)
@requires("claims:read")
def get_claims(args: dict[str, Any], municipality: str) -> Any:
    """The municipality's downloaded claims of an agreement, each period's last download, and how the
    claim differs now (`changed_since_download`: a correction to send), by participant id; a page at a
    time, newest period first (as every list: `page`, `per_page`, the body's `total`, `Link`), pinned
    while it is paged as the submissions' list is (`until_id`)."""
    page, per_page = args["page"], args["per_page"]
    body, until = claim_listing.listing(
        db.session, principal(), municipality, args["agreement"], page, per_page, args.get("until_id")
    )
    pinned = {"until_id": until} if until else {}
    return body, 200, {"Link": page_links(page, per_page, body["total"], pinned)}
