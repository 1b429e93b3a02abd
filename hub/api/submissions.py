"""Submissions: upload one file, many, or a zip of them; follow each one's status; read its result.

POST takes multipart form data (`files`, repeated; `municipality` for a lead sending for a partner;
`agreement` for a company with several; a file part of any other name is refused, `upload_parts`) and
answers 202 with each document's submission and status URL, or its refusal. The processing runs on the
queue; `GET /api/submissions/<id>` shows queued → processing → accepted / partial / rejected, with every
problem at its locator in Danish and English.
"""

from __future__ import annotations

from typing import Any

from flask import request
from flask_smorest import Blueprint
from sqlalchemy import ColumnElement, and_
from webargs.flaskparser import parser
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge

from hub.api.common import LINK_HEADER, QUERY, NoQuery, page_links
from hub.api.following import FOLLOW_HEADERS, UPLOAD_HEADERS, follow_headers
from hub.api.idempotency_key import answered_once, keyed
from hub.api.problem_shapes import ErrorShape
from hub.api.spec_answers import ANSWERS, MALFORMED_CHALLENGE
from hub.api.submission_examples import STATUSES, UPLOAD_REFUSED, UPLOADED
from hub.api.submission_shapes import StatusArgs, SubmissionFilter, SubmissionOut, SubmissionPage
from hub.api.submission_shown import in_language, names_people, note_items_shown, show, status_url
from hub.api.upload_body import body_checked, too_large
from hub.api.upload_shapes import UploadChoice, UploadFiles, UploadOut
from hub.api.upload_stored import sent_files
from hub.extensions import db
from hub.models import FINAL_STATES, Submission
from hub.services import list_filters, scope, upload_sender
from hub.services.submission_status import newest_id, page_of
from hub.web.guard import principal, requires

blp = Blueprint(
    "submissions_api",
    __name__,
    url_prefix="/api/submissions",
    description="Uploads and their processing: status, items, problems at their locators",
)
# An upload's body too large (`upload_body`), found as it is read: by `body_checked` or the arguments.
blp.register_error_handler(RequestEntityTooLarge, too_large)


@blp.route("", methods=["POST"])
# Its body refused before its arguments are read (too large, not multipart, a part of another name), inside
# the view so under the API limit as every other answer of a caller the guard let through.
@body_checked
@blp.arguments(UploadFiles, location="files")
# No query arguments: `?municipality=163` (the form field's name, put in the URL) was dropped in silence
# and the files sent as the lead's own municipality; as in every GET, one it does not take is a 422.
@blp.arguments(NoQuery, **QUERY)
@blp.response(202, UploadOut, headers=UPLOAD_HEADERS, examples=UPLOADED)
@blp.alt_response(
    404,
    schema=ErrorShape,
    description="A municipality the caller may not send for, or an agreement the company is not part of",
)
@blp.alt_response(
    400,
    schema=ErrorShape,
    description=ANSWERS["BadRequest"]["description"] + " An `Idempotency-Key` that is no key (`bad_request`, "
    "`problems` naming the header).",
    headers=MALFORMED_CHALLENGE,
)
@blp.alt_response(
    413,
    schema=ErrorShape,
    description="The upload is larger than the limit in bytes, or has more parts than the form parser takes "
    "(`request_entity_too_large`)",
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
    "(`too_many_files`): send them in several uploads; a part that would not be read as a document "
    "(`unprocessable_entity`, the part by the name it was sent under in `problems`): a file part named "
    "anything but `files` (`file`, or no name), a `files` part without a `filename`, which is a text "
    'field, or with an empty one (`filename=""`), which could not be found again by its name; any query '
    "argument (`unprocessable_entity`, locator `query`): `municipality` and `agreement` are form fields, "
    "never the URL's; a field of the form this caller may not give or must give (`rejected`, the field in "
    "`problems` at locator `form`): `agreement` from a municipality, `municipality` from a company, no "
    "`agreement` from a company in several; an `Idempotency-Key` sent before with other files or form "
    "fields (`idempotency_key_reused`): use a new key; documents are never dropped in silence, the upload "
    "is refused whole",
    example=UPLOAD_REFUSED,
)
@keyed(blp)
@requires("submissions:create")
def upload(files: dict[str, Any], _query: dict[str, Any]) -> Any:
    """Upload documents (or zips of them); each new one is queued for processing.

    Safe to repeat: the bytes are the key of each document. A file sent again, under any name, is
    `duplicate` with its first submission's `submission_id`, never a second submission. An
    `Idempotency-Key` header makes the whole request the key as well: the same request sent again with
    it is answered the first answer again (status, body and `Location`, its statuses as they were then),
    not a new one of `duplicate`s.
    """
    # OpenAPI 3 has one request body: `UploadFiles` documents it whole, form fields included, and the
    # form fields are parsed here (a second `@arguments` would be documented as OpenAPI 2's formData).
    choice = parser.parse(UploadChoice, request, location="form")
    sent = files["files"]
    # Whom the request sends as, refused here before a kept answer is looked for: a key is its party's,
    # and the party's users may not all send as the same municipalities (a lead also as its partners).
    upload_sender.sender_for(db.session, principal(), choice.get("municipality"), choice.get("agreement"))
    return answered_once(
        sent, UploadOut(), lambda: _uploaded(sent, choice), lambda b: note_items_shown(b["files"])
    )


def _uploaded(files: list[FileStorage], choice: dict[str, Any]) -> tuple[dict[str, Any], int, dict[str, str]]:
    """The upload stored and queued, as its 202 answers it."""
    out = sent_files(files, choice)
    if "lang" in choice:  # the upload page's words (`in_language`): the API's own stay as they are
        out = [in_language(o, choice["lang"]) for o in out]
    note_items_shown(out)
    # RFC 9110 15.3.3: a 202 points to where the request's status is monitored.
    followed = {f["submission_id"]: f["status"] for f in out if f["status_url"] is not None}
    headers = follow_headers(list(followed.values()))
    if len(followed) == 1:  # the submission itself: the same bytes again give the same Location
        headers["Location"] = status_url(next(iter(followed)))
    return {"files": out}, 202, headers


# The filters that name a thing, by the column each names it in (`list_filters`).
NAMED_BY = {"agreement_id": Submission.agreement_id, "municipality_code": Submission.municipality_code}


@blp.route("", methods=["GET"])
@blp.arguments(SubmissionFilter, **QUERY)
@blp.response(200, SubmissionPage, headers=LINK_HEADER)
@requires("submissions:read")
def list_submissions(args: dict[str, Any]) -> Any:
    """The caller's party's submissions, newest first, a page at a time (as every list: `page`,
    `per_page`, the body's `total` and the `Link` header), of one agreement or municipality, or final or
    not, when asked."""
    page, per_page = args["page"], args["per_page"]
    mine = scope.submission_clause(principal())
    list_filters.check(db.session, principal(), args, mine, NAMED_BY)
    clause = and_(mine, *_filters(args))
    # Newest first, so each one that comes in pushes the rest a place down: the links pin the list to
    # what it held at this read (new submissions get higher numbers), or page 2 repeats page 1's last.
    until = args.get("until_id") or newest_id(db.session, clause)
    # The page itself is read pinned too: one that came in between the two reads is not on it, or the
    # next page, pinned, would skip the one it pushed off this one.
    pinned_clause = and_(clause, Submission.id <= until) if until else clause
    rows, total = page_of(db.session, pinned_clause, page, per_page)
    shown = [show(row) for row in rows]
    if named := [s["id"] for s in shown if names_people(s)]:
        detail = {"submissions": named, "page": page}
        scope.note_read(db.session, principal(), "read.submissions", "submissions", detail)
    body = {"submissions": shown, "page": page, "per_page": per_page, "total": total}
    pinned = {"until_id": until} if until else {}
    return body, 200, {"Link": page_links(page, per_page, total, pinned)}


@blp.route("/<int:submission_id>", methods=["GET"])
@blp.arguments(StatusArgs, **QUERY)
@blp.response(200, SubmissionOut, headers=FOLLOW_HEADERS, examples=STATUSES)
@requires("submissions:read")
def get_submission(args: dict[str, Any], submission_id: int) -> Any:
    """One submission's status and result: its items, record versions and every problem at its locator;
    `Retry-After` while it is not final."""
    shown = show(scope.submission(db.session, principal(), submission_id), args.get("sent_as"))
    if names_people(shown):
        scope.note_read(db.session, principal(), "read.submission", f"submission:{submission_id}", {})
    if "lang" in args:
        shown = in_language(shown, args["lang"])
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
    if "until_id" in args:
        found.append(Submission.id <= args["until_id"])
    return found
