"""The auditor's side: completeness, the bundle, the newest checkpoint and proofs from the audit log.

Completeness and bundles are a municipality's own staff's, or its auditor's for a period inside its
audit period (`hub.services.outbound_reads.acting_for`). The checkpoint and the proofs carry no personal
data: every signed-in user may check that the log has only grown (`hub.services.audit_reads`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flask import Response
from flask_smorest import Blueprint

from hub.api.audit_shapes import (
    CompletenessOut,
    ConsistencyArgs,
    ConsistencyOut,
    EntriesArgs,
    EntryList,
    HeadOut,
    InclusionOut,
)
from hub.api.common import ID, LINK_HEADER, QUERY, NoQuery, download, file_doc, file_response, page_links
from hub.api.path_words import MUNICIPALITY
from hub.api.periods import PeriodArgs, period_refused
from hub.api.problem_shapes import ErrorShape
from hub.api.spec_answers import MALFORMED_BEARER, MALFORMED_CHALLENGE
from hub.api.streamed_json import streamed
from hub.errors import FieldProblem
from hub.extensions import db
from hub.periods import DENMARK, PeriodError
from hub.services import audit_log_reads, audit_reads, outbound_reads
from hub.services.audit_list import Filter, newest_id
from hub.services.bundles import bundle_name
from hub.web.argument_words import argument_messages
from hub.web.audit_words import in_language
from hub.web.error_answer import error_body
from hub.web.error_words import LOCATIONS_DA
from hub.web.guard import principal, requires
from hub.web.head_refusal import made_when_asked
from hub.web.problems import problem_response

blp = Blueprint(
    "audit_api", __name__, url_prefix="/api", description="Completeness, bundles and the audit log"
)
blp.register_error_handler(PeriodError, period_refused)
# The one 409 the API answers: an operation that seals the waiting log entries or proves from the stored
# tree finds it no longer matches what was signed (`LogBroken`). Documented where it can happen, so that a
# client does not meet an undocumented status; nothing to retry, the operator is to be told.
LOG_BROKEN = {
    "schema": ErrorShape,
    "description": "The stored audit log does not match its signed checkpoint (`log_broken`): it was "
    "altered. Retrying does not help; tell the hub's operator, who runs `hub audit verify`.",
}
# A proof between sizes of an empty log (`audit_reads.consistency`), beside every operation's malformed
# `Authorization` (the plugin's general 400 gives way to a view's own).
NOTHING_TO_PROVE = {
    "schema": ErrorShape,
    "description": "The audit log has no entries yet, so no proof can be made (`nothing_to_prove`); ask "
    "again once it has some. " + MALFORMED_BEARER,
    "headers": MALFORMED_CHALLENGE,
}
BAD_TREE_SIZE = {
    "schema": ErrorShape,
    "description": "`from_size` or `to_size` alone is wrong: no proof can start from or lead to that tree "
    "size (`bad_tree_size`, naming it in `problems`). With other arguments wrong too, or one unknown, "
    "`unprocessable_entity`, naming each.",
}


def _size_refused(exc: audit_reads.BadTreeSize) -> Response:
    """A `from_size` past the log is a 422 naming the query's `from_size` in `problems`, as webargs'
    422 for a `from_size` of 0 does: the spec promises "422: bad arguments, each in problems"; its
    message names the parameter as that one's does."""
    problem = FieldProblem(
        exc.message, exc.message_da, locator="query", locator_da=LOCATIONS_DA["query"], field=exc.field
    ).answer()
    body = error_body(exc.code, *argument_messages([problem]), problems=[problem])
    return problem_response(exc.status_code, body)


blp.register_error_handler(audit_reads.BadTreeSize, _size_refused)


@blp.route("/municipalities/<municipality>/completeness", parameters=[MUNICIPALITY])
@blp.arguments(PeriodArgs, **QUERY)
@blp.response(200, CompletenessOut)
@requires("completeness:read")
def get_completeness(args: dict[str, Any], municipality: str) -> Any:
    """Per placement: each audit rule of the municipality, whether its evidence is there, the documents."""
    # Streamed (`hub.api.streamed_json`): 10,000 placements' checks are not held at once.
    return streamed(
        CompletenessOut,
        "placements",
        lambda write_row: outbound_reads.completeness_of(
            db.session, principal(), municipality, args["period"], write_row
        ),
    )


@blp.route("/municipalities/<municipality>/bundle", parameters=[MUNICIPALITY])
@blp.arguments(PeriodArgs, **QUERY)
@blp.doc(responses={"200": file_doc("zip")})
@blp.alt_response(409, **LOG_BROKEN)
@requires("bundles:read")
@made_when_asked
def get_bundle(args: dict[str, Any], municipality: str) -> Response:
    """The auditor's bundle: originals, records with provenance, claim, completeness, log entries with
    proofs, a signed manifest and an offline verifier; written to a temporary file, then streamed."""
    period = args["period"]
    with download() as out:
        code = outbound_reads.bundle(db.session, principal(), municipality, period, out)
    return file_response(out, bundle_name(code, period), "zip")


@blp.route("/audit/checkpoint")
@blp.arguments(NoQuery, **QUERY)
@blp.response(200, HeadOut)
@blp.alt_response(409, **LOG_BROKEN)
@requires("log:read")
def get_checkpoint(_query: dict[str, Any]) -> Any:
    """The newest signed checkpoint, after sealing every waiting entry; keep it to ask for proofs later."""
    return audit_reads.checkpoint(db.session, principal())


@blp.route(f"/audit/entries/<{ID}:event_id>/proof")
@blp.arguments(NoQuery, **QUERY)
@blp.response(200, InclusionOut)
@blp.alt_response(409, **LOG_BROKEN)
@requires("log:read")
def get_inclusion(_query: dict[str, Any], event_id: int) -> Any:
    """An entry's inclusion proof (RFC 9162) against the newest signed checkpoint."""
    return audit_reads.inclusion(db.session, principal(), event_id)


@blp.route("/audit/consistency")
@blp.arguments(ConsistencyArgs, **QUERY)
@blp.response(200, ConsistencyOut)
@blp.alt_response(400, **NOTHING_TO_PROVE)
@blp.alt_response(422, **BAD_TREE_SIZE)
@blp.alt_response(409, **LOG_BROKEN)
@requires("log:read")
def get_consistency(args: dict[str, Any]) -> Any:
    """The proof that the log has only grown since the tree size of a kept checkpoint (RFC 9162), to the
    newest tree or to `to_size`; save it and give it to a later bundle's `verify.py --since --proof`."""
    return audit_reads.consistency(db.session, principal(), args["from_size"], args["to_size"])


@blp.route("/audit/entries")
@blp.arguments(EntriesArgs, **QUERY)
@blp.response(200, EntryList, headers=LINK_HEADER)
@requires("audit_entries:read")
def list_entries(args: dict[str, Any]) -> Any:
    """The audit log's entries that match, newest first, a page at a time: who read or changed what, and
    when (`hub audit log` and `/admin/audit-log` filter the same). The admin's token reads every entry; a
    municipality's staff's the entries about its own citizens, their placements, documents, claims and
    bundles, the detail holding only its own (`/audit-log`'s). This read is an entry too."""
    page, per_page = args["page"], args["per_page"]
    # No default in the spec: an empty one would break its own `minLength` (a part left out matches all).
    action, actor, subject = (args.get(name, "") for name in ("action", "actor", "subject"))
    whose = audit_log_reads.municipality_of(principal())
    wanted = Filter(action, actor, subject, args["since"], args["until"], municipality=whose)
    # Held still at the newest entry the first page saw: this read is itself an entry, newer than any.
    until = args.get("until_id") or newest_id(db.session, wanted)
    found, total = audit_log_reads.page_of(db.session, replace(wanted, until_id=until), page, per_page)
    rows = [
        {
            "id": row.id,
            "occurred_at": row.occurred_at.astimezone(DENMARK).isoformat(timespec="seconds"),
            "actor": row.actor,
            "action": row.action,
            "action_en": in_language("en", row.action),
            "action_da": in_language("da", row.action),
            "subject": row.subject,
            "detail": detail,
        }
        for row, detail in zip(found, audit_log_reads.details(db.session, wanted, found), strict=True)
    ]
    audit_log_reads.note_read(db.session, principal(), "api", wanted, len(rows), page=page)
    body = {"entries": rows, "page": page, "per_page": per_page, "total": total}
    pinned = {"until_id": until} if until else {}
    return body, 200, {"Link": page_links(page, per_page, total, pinned)}
