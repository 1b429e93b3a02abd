"""Submissions: upload one file, many, or a zip of them; follow each one's status; read its result.

POST takes multipart form data (`files`, repeated; `municipality` for a lead sending for a partner;
`agreement` for a company with several) and answers 202 with each document's submission and status URL,
or its refusal. The processing runs on the queue; `GET /api/submissions/<id>` shows queued → processing
→ accepted / partial / rejected, with every problem at its locator in Danish and English.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from flask import current_app, request, url_for
from flask_smorest import Blueprint
from redis.exceptions import RedisError
from sqlalchemy import ColumnElement, and_, select
from webargs.flaskparser import parser
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge

from hub.api.common import LINK_HEADER, QUERY, page_links
from hub.api.following import FOLLOW_HEADERS, UPLOAD_HEADERS, follow_headers
from hub.api.problem_shapes import ErrorShape
from hub.api.submission_shapes import (
    SubmissionFilter,
    SubmissionOut,
    SubmissionPage,
    UploadChoice,
    UploadFiles,
    UploadOut,
)
from hub.api.too_large import too_large_words
from hub.extensions import db
from hub.jobs import enqueue_submissions
from hub.logsetup import Both
from hub.lost_work import queue_lost
from hub.models import FINAL_STATES, Submission
from hub.services import scope, submission_view, uploads
from hub.services.form_titles import titled
from hub.services.ingest_types import WAITING
from hub.services.submission_status import page_of, result_of
from hub.web.errors import error_body
from hub.web.guard import current, principal, requires
from hub.web.problems import problem_response

log = logging.getLogger(__name__)
blp = Blueprint(
    "submissions_api",
    __name__,
    url_prefix="/api/submissions",
    description="Uploads and their processing: status, items, problems at their locators",
)


def status_url(submission_id: int) -> str:
    """Where a submission's status is read."""
    return url_for("submissions_api.get_submission", submission_id=submission_id)


def record_url(record_id: int) -> str:
    """The record's page for people (its values and where each came from)."""
    return url_for("records.show", record_id=record_id)


def record_api_url(record_id: int) -> str:
    """The record in the API, where the caller's token reads it as JSON."""
    return url_for("placements_api.get_record", record_id=record_id)


# A part's `filename="..."`, backslash escapes and all, as it stands in the part's header.
_QUOTED_FILENAME = re.compile(r';\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"', re.IGNORECASE)


def sent_name(part: FileStorage) -> str:
    """A part's file name as its sender wrote it, to be cleaned where it is kept (`ingest.Item`).

    Werkzeug reads a backslash in a quoted header value as an escape and drops it, so a Windows path
    (`C:\\Users\\x\\rapport.csv`) would arrive as `C:Usersxrapport.csv` and could no longer be cut at
    its separators. Browsers send backslashes as they are (a quote becomes `%22`), so the name is read
    from the header again, undoing only an escaped quote. A `filename*` (RFC 5987) is percent-encoded,
    and werkzeug's reading of it keeps backslashes."""
    header = part.headers.get("Content-Disposition", "")
    found = _QUOTED_FILENAME.search(header)
    parsed = part.filename or ""
    if found is None or "filename*" in header.lower():
        return parsed
    raw = found.group(1).replace('\\"', '"')
    # Only the backslashes werkzeug dropped are given back: a header crafted so that the pattern finds
    # another quoted value than werkzeug's parser did keeps werkzeug's reading.
    return raw if raw.replace("\\", "") == parsed.replace("\\", "") else parsed


@blp.errorhandler(RequestEntityTooLarge)
def too_large(exc: RequestEntityTooLarge) -> Any:
    """Too large: refused before a byte is kept, and the attempt is still an audit entry."""
    # The limit Flask enforced: `UPLOAD_MAX_BYTES` only fills `MAX_CONTENT_LENGTH` when that is not set
    # itself (`hub.web.init_app`), so the setting's value may not be the one that refused this body.
    limit = request.max_content_length or int(current_app.config["UPLOAD_MAX_BYTES"])
    uploads.note_refused(db.session, current(), "upload", [], "too_large")
    english, danish = too_large_words(
        limit,
        int(current_app.config["MAX_FORM_PARTS"]),
        request.content_length,
        request.max_form_memory_size,
        exc,
    )
    body = error_body("request_entity_too_large", english, danish)
    return problem_response(413, body)


# What an upload's body must be, and what a client sending anything else is told (415, not webargs' 422
# "files: Missing data", which names a part the client may well have sent, only in JSON or base64).
MULTIPART = "multipart/form-data"
NOT_MULTIPART = (
    "unsupported_media_type",
    f"the upload's body must be {MULTIPART}, one part named `files` per document",
    f"uploadens indhold skal være {MULTIPART}, med én del ved navn `files` for hvert dokument",
)


# A multipart body without its `boundary` cannot be cut into parts: Werkzeug reads it as no parts, which
# webargs called "files: Missing data". It is what a client gets that sets the Content-Type header by hand
# (the HTTP library adds the boundary only when it sets the header itself).
NO_BOUNDARY = (
    "bad_request",
    f"the upload's Content-Type is {MULTIPART} without its `boundary` parameter, so its parts cannot be "
    "found: let the HTTP library set the header with the boundary it used",
    f"uploadens Content-Type er {MULTIPART} uden parameteren `boundary`, så dens dele kan ikke findes: "
    "lad HTTP-biblioteket sætte headeren med den boundary, det har brugt",
)


@blp.before_request
def multipart_only() -> Any:
    """Refuse an upload whose body is not multipart form data, or has no boundary to find its parts by,
    before its arguments are read (after the guard: a caller who may not upload is told that first)."""
    if request.method != "POST":
        return None
    if request.mimetype != MULTIPART:
        return problem_response(415, error_body(*NOT_MULTIPART), {"Accept-Post": MULTIPART})
    if not request.mimetype_params.get("boundary"):
        return problem_response(400, error_body(*NO_BOUNDARY))
    return None


@blp.route("", methods=["POST"])
@blp.arguments(UploadFiles, location="files")
@blp.response(202, UploadOut, headers=UPLOAD_HEADERS)
@blp.alt_response(
    404,
    schema=ErrorShape,
    description="A municipality the caller may not send for, or an agreement the company is not part of",
)
@blp.alt_response(
    413,
    schema=ErrorShape,
    description="The upload is larger than the limit in bytes, or has more parts than the form parser takes",
)
@blp.alt_response(
    415,
    schema=ErrorShape,
    description="The body is not multipart/form-data (`unsupported_media_type`); `Accept-Post` says what "
    "it must be",
    headers={"Accept-Post": {"schema": {"type": "string", "example": "multipart/form-data"}}},
)
@blp.alt_response(
    422,
    schema=ErrorShape,
    description="Nothing is stored: an unsafe or too big zip (`archive_refused`), or more documents in one "
    "upload, files and zip members together, than `HUB_UPLOAD_MAX_FILES` (default 200) allows "
    "(`too_many_files`): send them in several uploads",
)
@requires("submissions:create")
def upload(files: dict[str, Any]) -> Any:
    """Upload documents (or zips of them); each new one is queued for processing."""
    # OpenAPI 3 has one request body: `UploadFiles` documents it whole, form fields included, and the
    # form fields are parsed here (a second `@arguments` would be documented as OpenAPI 2's formData).
    choice = parser.parse(UploadChoice, request, location="form")
    who = principal()
    sender = uploads.sender_for(db.session, who, choice.get("municipality"), choice.get("agreement"))
    incoming = [uploads.Incoming(sent_name(f), f.read()) for f in files["files"]]
    outcomes = uploads.upload(
        db.session, who, sender, incoming, uploads.Limits.from_config(current_app.config)
    )
    kept = queue_all(outcomes, who.actor)
    out = []
    for o in outcomes:
        url = status_url(o.submission_id) if o.submission_id is not None and o.followable else None
        sent_by = (sender.agreement_id, sender.municipality)
        problems = titled([p.to_dict() for p in o.problems], *sent_by)
        # A duplicate's items: each one's problems with its form's title too, as at a status URL.
        items = [{**i, "problems": titled([p.to_dict() for p in i["problems"]], *sent_by)} for i in o.items]
        note = KEPT if o.submission_id in kept else (None, None)
        out.append(
            {**vars(o), "status_url": url, "problems": problems, "message": note[0], "message_da": note[1]}
            | {"items": items}
        )
    # RFC 9110 15.3.3: a 202 points to where the request's status is monitored.
    followed = {f["status_url"]: f["status"] for f in out if f["status_url"] is not None}
    headers = follow_headers(list(followed.values()))
    if len(followed) == 1:
        headers["Location"] = next(iter(followed))
    return {"files": out}, 202, headers


# What a user is told about a document stored while the job queue (Redis) is down.
KEPT = ("kept, will be processed when the queue is back", "gemt, behandles når køen er tilbage")


def queue_all(outcomes: list[uploads.FileOutcome], actor: str) -> set[int]:
    """Queue every new submission of an upload in batch jobs; return the ids kept unqueued because Redis
    is down.

    They stay `received`, and the workers' maintenance queues them once Redis is back
    (`recovery.unqueued`): the upload is never lost to a queue that is down, and the caller gets 202."""
    ids = [o.submission_id for o in outcomes if o.needs_queueing and o.submission_id is not None]
    kept: set[int] = set()
    # The same bytes as a submission still waiting: its job may have gone with the process that held it.
    again = [o.submission_id for o in outcomes if o.outcome == "duplicate" and o.status in WAITING]
    try:
        enqueue_submissions(ids)
        requeued = set(queue_lost([i for i in again if i is not None], actor))
        for outcome in outcomes:
            if outcome.submission_id in requeued:
                outcome.status = "queued"  # released and queued again, as `mark_queued` wrote it
    except RedisError:
        log.warning(
            Both(
                "the job queue cannot be reached; %d submission(s) kept",
                "jobkøen kan ikke nås; %d indsendelse(r) gemt",
                len(ids),
            )
        )
        db.session.rollback()
        # A batch queued before Redis went away is queued: only those still `received` wait for it.
        still = select(Submission.id).where(Submission.id.in_(ids), Submission.status == "received")
        kept = set(db.session.scalars(still))
    for outcome in outcomes:
        queued = outcome.submission_id in ids and outcome.submission_id not in kept
        if queued and outcome.status == "received":
            outcome.status = "queued"  # as `mark_queued` has just written it
    return kept


@blp.route("", methods=["GET"])
@blp.arguments(SubmissionFilter, **QUERY)
@blp.response(200, SubmissionPage, headers=LINK_HEADER)
@requires("submissions:read")
def list_submissions(args: dict[str, Any]) -> Any:
    """The caller's party's submissions, newest first, a page at a time (as every list: `page`,
    `per_page`, the body's `total` and the `Link` header), of one agreement or municipality, or final or
    not, when asked."""
    page, per_page = args["page"], args["per_page"]
    clause = and_(scope.submission_clause(principal()), *_filters(args))
    rows, total = page_of(db.session, clause, page, per_page)
    shown = [_shown(row) for row in rows]
    if named := [s["id"] for s in shown if _names_people(s)]:
        detail = {"submissions": named, "page": page}
        scope.note_read(db.session, principal(), "read.submissions", "submissions", detail)
    body = {"submissions": shown, "page": page, "per_page": per_page, "total": total}
    return body, 200, {"Link": page_links(page, per_page, total)}


@blp.route("/<int:submission_id>", methods=["GET"])
@blp.response(200, SubmissionOut, headers=FOLLOW_HEADERS)
@requires("submissions:read")
def get_submission(submission_id: int) -> Any:
    """One submission's status and result: its items, record versions and every problem at its locator;
    `Retry-After` while it is not final."""
    shown = _shown(scope.submission(db.session, principal(), submission_id))
    if _names_people(shown):
        scope.note_read(db.session, principal(), "read.submission", f"submission:{submission_id}", {})
    return shown, 200, follow_headers([shown["status"]])


def _filters(args: dict[str, Any]) -> list[ColumnElement[bool]]:
    """The list's filters as SQL, each only when asked for."""
    found: list[ColumnElement[bool]] = []
    if "agreement_id" in args:
        found.append(Submission.agreement_id == args["agreement_id"])
    if "municipality_code" in args:
        found.append(Submission.municipality_code == args["municipality_code"])
    if "final" in args:
        final = Submission.status.in_(FINAL_STATES)
        found.append(final if args["final"] else ~final)
    return found


def _names_people(shown: dict[str, Any]) -> bool:
    """Whether a submission as shown names a person: an item's participant id (pseudonymous, and so still
    personal data), whose read by a company is an audit entry as a placement's is (DESIGN.md). A status
    with no items yet, polled until it is final, names nobody and is not logged at every poll."""
    return any(item.get("participant") for item in shown["items"])


def _shown(row: Submission) -> dict[str, Any]:
    result = result_of(db.session, row)
    # Each problem's form by its title too, for people (upload.js): `form` stays the id.
    sender = (row.agreement_id, row.municipality_code)
    result["problems"] = titled(result["problems"], *sender)
    result["items"] = [{**i, "problems": titled(i["problems"], *sender)} for i in result["items"]]
    result = submission_view.shown(result, submission_view.view_for(principal(), row))
    versions = [
        {**v, "url": record_url(v["record_id"]), "api_url": record_api_url(v["record_id"])}
        for v in result["records"]
    ]
    return {**result, "records": versions, "status_url": status_url(row.id)}
