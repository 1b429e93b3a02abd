"""RFC 9457 problem details: what every JSON error of the hub is, beside the members clients already read.

An error answer keeps the hub's shape (`code`, `message`, `message_da`, `problems`, and any member a view
adds, such as `offered`) and gains the RFC's members: `type`, a URI per kind of error that documents it
(`/api/problems/<code>`), `title`, the kind's fixed summary, `status`, `detail` (the English message of
this occurrence) and `instance` (the path asked for, without its query) where the error is about what was
asked for. Every text in it has its CPR-like numbers masked, as a log line's are. A code
with no kind of its own here (an HTTP error the hub never words itself) is `about:blank`, titled with
the HTTP status phrase, as RFC 9457 4.2.1 says.

The media type is `application/problem+json`, unless the request's `Accept` wants `application/json`
more (a client that sends exactly `Accept: application/json`, as clients written against the hub's
earlier answers do): the same body is then labelled `application/json`. Decision 0016.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, NamedTuple

from flask import Response, current_app, json, request, url_for

from hub.pseudonyms import MASKED_WHOLLY, mask_cpr_like
from hub.web.accept import quality

PROBLEM_JSON = "application/problem+json"
JSON = "application/json"


class Kind(NamedTuple):
    """One kind of error: its status, its title (RFC 9457 3.1.3: the same for every occurrence) and what
    a client can do about it, for its documentation page."""

    status: int
    title: str
    about: str


KINDS: dict[str, Kind] = {
    "bad_request": Kind(400, "Bad request", "The request could not be read (a broken body or header)."),
    "hub_error": Kind(400, "Request refused", "The hub cannot do this; `message` says why."),
    "bad_period": Kind(
        400,
        "Period cannot be asked for",
        "The period is left out or written wrong, has not begun, (for a claim or a bundle) has not ended, "
        "or is of another kind than asked for; `problems` names `period`. A 422 `unprocessable_entity` "
        "when other arguments are wrong too.",
    ),
    "repeated_argument": Kind(
        400,
        "Argument given more than once",
        "A page's address gives one argument more than once; give it once. (An API operation answers a "
        "repeated query parameter 422 `unprocessable_entity`, naming it in `problems`.)",
    ),
    "nothing_to_claim": Kind(400, "Nothing to claim", "No placement or place was paid for in the period."),
    "nothing_to_prove": Kind(
        400, "Nothing to prove", "The audit log has no signed checkpoint yet, so no proof can start from one."
    ),
    "csrf_failed": Kind(
        400,
        "Security token missing or out of date",
        "A browser session's unsafe request lacked a current CSRF token (`X-CSRFToken`); reload the page.",
    ),
    "invalid_request": Kind(
        400,
        "Malformed Authorization header",
        "`Authorization: Bearer` with no token after it, or with characters no token has (RFC 6750's "
        "`invalid_request`); send `Authorization: Bearer hub_…`, the token as it was made.",
    ),
    "unauthenticated": Kind(
        401,
        "Not signed in",
        "No token, or an unknown or revoked one, or one of a deactivated user; or a browser session that "
        "has ended.",
    ),
    "token_expired": Kind(
        401, "Token expired", "The token is past its expiry (at most two years); ask for a new one."
    ),
    "token_not_for_pages": Kind(401, "Token sent to a page", "An API token works on /api/… only."),
    "forbidden": Kind(403, "Not allowed", "The caller's role may not do this."),
    "not_found": Kind(404, "Not found", "No such object or address, or one of another party."),
    "method_not_allowed": Kind(405, "Method not allowed", "Not with this method; `Allow` says which."),
    "not_acceptable": Kind(
        406,
        "Not acceptable",
        "The request's `Accept` takes none of the media types this operation answers with; `offered` "
        "lists them.",
    ),
    "log_broken": Kind(
        409, "Audit log does not match its checkpoint", "The stored log does not match what was signed."
    ),
    "idempotency_key_in_use": Kind(
        409,
        "Idempotency key in use",
        "The upload first sent with this `Idempotency-Key` is still being stored; ask again with the same "
        "key after `Retry-After` seconds.",
    ),
    "request_entity_too_large": Kind(413, "Too large", "The body is larger than the hub takes."),
    "unsupported_media_type": Kind(
        415,
        "Unsupported media type",
        "The body is not of the type the operation takes; `Accept-Post` says it.",
    ),
    "unprocessable_entity": Kind(
        422, "Invalid arguments", "Bad or unknown arguments, each in `problems` at its locator."
    ),
    "rejected": Kind(
        422,
        "Refused",
        "What was sent or asked for cannot be used as it is; every reason is in `problems`, at its locator: "
        "a field of an upload's form (locator `form`: `agreement` from a municipality, `municipality` "
        "from a company, no `agreement` from a company in several), or a value a claim's form cannot hold.",
    ),
    "archive_refused": Kind(422, "Archive refused", "A zip, or the upload as a whole, is unsafe or too big."),
    "too_many_files": Kind(
        422, "Too many documents", "More documents in one upload than the hub takes; send several uploads."
    ),
    "idempotency_key_reused": Kind(
        422,
        "Idempotency key reused",
        "The `Idempotency-Key` was sent before, within its hours, with other files or form fields: its "
        "answer is not this upload's. Use a new key for a new upload.",
    ),
    "bad_tree_size": Kind(
        422,
        "Bad tree size",
        "No proof can start from this tree size, or it is not written as one; `problems` names "
        "`from_size` or `to_size`.",
    ),
    "too_many_requests": Kind(429, "Too many requests", "Wait `Retry-After` seconds, then try again."),
    "internal_error": Kind(500, "Internal error", "An error in the hub; it has been logged."),
    "config_error": Kind(
        500,
        "The hub is misconfigured",
        "A setting of the hub's is wrong (such as its audit-log key configured but not there), so nothing "
        "was done; the hub's log names the setting. Trying again does not help: tell the hub's operator.",
    ),
    "database_unavailable": Kind(
        503, "Database unavailable", "Nothing was lost; try again after `Retry-After` seconds."
    ),
    "queue_unavailable": Kind(
        503, "Job queue unavailable", "Nothing was lost; try again after `Retry-After` seconds."
    ),
    "storage_unavailable": Kind(
        503,
        "Document storage unavailable",
        "The hub's disk refused the upload (full, or read-only); nothing was saved. Try again after "
        "`Retry-After` seconds, or tell the hub's administrator.",
    ),
}
# The errors that are not about the resource asked for, but about the caller (401, 429) or the server
# (5xx): a path as `instance` would say nothing of the occurrence.
NO_INSTANCE = frozenset({401, 429})
# Likewise a 400 about the caller's `Authorization` header, not the path (RFC 6750's `invalid_request`).
NO_INSTANCE_CODES = frozenset({"invalid_request"})


def type_of(code: str) -> str:
    """The problem type's URI: its documentation page, or `about:blank` for a plain HTTP error."""
    if code not in KINDS:
        return "about:blank"
    return url_for("api_problems.kind", code=code, _external=True)


def problem(status: int, body: dict[str, Any]) -> dict[str, Any]:
    """The hub's error body with RFC 9457's members added (the hub's own members are kept as they are)."""
    kind = KINDS.get(str(body.get("code", "")))
    title = kind.title if kind is not None else HTTPStatus(status).phrase
    members: dict[str, Any] = {"type": type_of(str(body.get("code", ""))), "title": title, "status": status}
    members["detail"] = body.get("message", "")
    if status < 500 and status not in NO_INSTANCE and body.get("code") not in NO_INSTANCE_CODES:
        members["instance"] = request.path  # never the query string, whose values are the caller's
    masked: dict[str, Any] = _masked({**members, **body})
    return masked


def _masked(value: Any) -> Any:
    """Every text in an error body with its CPR-like numbers masked wholly (`XXXXXX-XXXX`). What is
    echoed there was typed by the caller (a path `/api/citizens/0101901234`, a value `period=0101901234`,
    a file's name), and an error body goes where a URL should not: a case system's error log, a ticket, a
    proxy's log of bodies. The same masking as the hub's own log lines and audit entries; wholly, since
    the caller may be a company. Identifiers keep their shape: the path stays a path, the parameter its
    name."""
    if isinstance(value, str):
        return mask_cpr_like(value, MASKED_WHOLLY)
    if isinstance(value, dict):
        return {key: _masked(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_masked(item) for item in value]
    return value


def media_type() -> str:
    """`application/problem+json`, or `application/json` when `Accept` wants that more (RFC 9110's
    q-values: `Accept: application/json` gives problem+json 0); a tie is problem+json."""
    return JSON if quality(JSON) > quality(PROBLEM_JSON) else PROBLEM_JSON


def problem_response(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    """The error as an answer: problem details in the negotiated JSON media type, with `headers`."""
    text = json.dumps(problem(status, body))
    response = current_app.response_class(text + "\n", status=status, mimetype=media_type())
    response.headers.update(headers or {})
    response.vary.add("Accept")  # the media type follows Accept
    return response
