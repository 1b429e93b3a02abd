"""The answers every protected operation may give, once each under the OpenAPI document's
`components.responses` (which operation gives which: `hub.api.spec_operations`), and the one error
body they share: problem details under both media types an error may come as.
"""

from __future__ import annotations

from typing import Any

from hub.access_errors import REALM
from hub.api import security_schemes
from hub.api.common import ETAG_HEADER
from hub.api.limits import RATE_HEADERS, RATE_HEADERS_IF_COUNTED

ERROR_REF = {"$ref": "#/components/schemas/ErrorShape"}
# An error is problem details (RFC 9457), `application/problem+json`; the same body comes as
# `application/json` to a request whose `Accept` wants that more (`hub.web.problems.media_type`).
ERROR_TYPES = ("application/problem+json", "application/json")


def error_content() -> dict[str, Any]:
    """The content of an error answer: the one shape, under both media types it may come as."""
    return {kind: {"schema": dict(ERROR_REF)} for kind in ERROR_TYPES}


_ERROR_BODY = error_content()
# The 400 every protected operation may answer before it knows who asks (`hub.access_errors`): RFC 6750's
# malformed request, told apart from a token refused (401 `invalid_token`), which a new token would cure.
MALFORMED_BEARER = (
    "`Authorization: Bearer` with no token after it, or with characters no token has (a space, a "
    "quote, a comma): a malformed request (`invalid_request`), not a token refused; fix how the token is "
    "sent."
)
MALFORMED_CHALLENGE = {
    "WWW-Authenticate": {
        "description": 'To a malformed `Authorization: Bearer` only: RFC 6750\'s `error="invalid_request"`',
        "required": False,
        "schema": {
            "type": "string",
            "example": f'Bearer realm="{REALM}", error="invalid_request", error_description="the '
            "Authorization header says `Bearer` but no token follows it: send `Authorization: Bearer hub_` "
            '(made on /tokens)"',
        },
    }
}
# The answers every protected operation may give, once each under `components.responses`.
ANSWERS: dict[str, dict[str, Any]] = {
    "Unauthenticated": {
        "description": (
            "No token, or an unknown or revoked one, or one of a deactivated user (`unauthenticated`), or "
            "an expired one (`token_expired`)."
        ),
        "headers": {
            "WWW-Authenticate": {
                "description": f'`Bearer realm="{REALM}"` to a call with no token (or another scheme); to '
                "a token sent and refused (unknown, revoked, its user deactivated, expired) RFC 6750's "
                '`error="invalid_token"` too, and the English message as `error_description`. One realm: '
                "every operation takes the same token.",
                "schema": {
                    "type": "string",
                    "example": f'Bearer realm="{REALM}", error="invalid_token", error_description="unknown '
                    'or revoked token, or its user is deactivated"',
                },
            }
        },
        "content": _ERROR_BODY,
    },
    "Forbidden": {
        "description": "The token's role may not do this (`forbidden`).",
        "content": _ERROR_BODY,
    },
    "NotFound": {
        "description": "No such object, or one of another party: to the caller they are the same "
        "(`not_found`). A list's filter naming one (`agreement_id`, `municipality_code`) is answered so "
        "too, not with an empty list.",
        "headers": RATE_HEADERS_IF_COUNTED,
        "content": _ERROR_BODY,
    },
    "BadRequest": {
        "description": "The request could not be read or was not the page's: a browser session's call "
        "without its CSRF token (`csrf_failed`; a bearer token needs none), or an upload whose "
        "`multipart/form-data` has no `boundary`, or a body in which no part can be found by it (another "
        "boundary, or cut off before its closing one) (`bad_request`). " + MALFORMED_BEARER,
        "headers": MALFORMED_CHALLENGE,
        "content": _ERROR_BODY,
    },
    "BadPeriod": {
        "description": "The period is left out or written wrong, or cannot be asked for: it has not "
        "begun, (for a claim or a bundle) has not ended, or is of another kind than the municipality claims "
        "per (`bad_period`); `problems` names the field `period`. (With other arguments wrong too, the "
        "answer is the 422 naming each.) A claim of a period in which no placement or place was paid "
        "for (`nothing_to_claim`). " + MALFORMED_BEARER,
        "headers": RATE_HEADERS_IF_COUNTED | MALFORMED_CHALLENGE,
        "content": _ERROR_BODY,
    },
    "BadAuthorization": {
        "description": MALFORMED_BEARER,
        "headers": MALFORMED_CHALLENGE,
        "content": _ERROR_BODY,
    },
    "Unavailable": {
        "description": "The database or the job queue cannot be reached right now (`database_unavailable`, "
        "`queue_unavailable`), or the hub's disk refused to store an upload (`storage_unavailable`: full, "
        "or read-only); nothing was lost or saved. Try again after `Retry-After` seconds.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}}} | RATE_HEADERS_IF_COUNTED,
        "content": _ERROR_BODY,
    },
    "NotModified": {
        "description": "Not modified: the `If-None-Match` tag is the answer's own, which has not changed "
        "(no body; a bearer token's reads only: a browser is sent `no-store`)",
        "headers": ETAG_HEADER | RATE_HEADERS,
    },
    "NotAcceptable": {
        "description": "The request's `Accept` takes none of the media types this operation answers "
        "with (`not_acceptable`); `offered` lists them. No `Accept`, or `*/*`, takes any.",
        "content": _ERROR_BODY,
    },
    # Answered outside every operation (`hub.web.errors`, the router's): no operation lists them, since
    # OpenAPI lists a path's methods and not the others, nor the paths that are not there; the info text
    # points to them by name (`MethodNotAllowed`, `UnknownPath`).
    "MethodNotAllowed": {
        "description": "A method the path does not take (`method_not_allowed`): `Allow` names those it "
        "does (each operation's, `HEAD` beside a `GET` that is not a download, and `OPTIONS`). Also "
        "`HEAD` of a download (a company's export or form, a claim, completeness, a bundle), which is "
        "made and logged only when "
        "a `GET` asks for it: `Allow: GET`, after the token and the role are checked, and counted under "
        "the limit.",
        "headers": {
            "Allow": {
                "description": "The methods the path takes, comma-separated",
                "schema": {"type": "string", "example": "GET, HEAD, OPTIONS"},
            }
        }
        | RATE_HEADERS_IF_COUNTED,
        "content": _ERROR_BODY,
    },
    "UnknownPath": {
        "description": "A path under `/api/` that is no operation's (a mistyped name, a trailing `/`), "
        "with any method (`not_found`): answered by the router, so not counted under the limit (no "
        "`RateLimit-*`). A token sent is checked first: a refused one is 401.",
        "content": _ERROR_BODY,
    },
    "TooManyRequests": {
        "description": "Too many calls by this user (`HUB_API_LIMIT`, `too_many_requests`); try again after "
        "`Retry-After` seconds, when the window turns.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}}} | RATE_HEADERS,
        "content": _ERROR_BODY,
    },
}


def told_of_expiry(name: str, answer: dict[str, Any]) -> dict[str, Any]:
    """A shared answer, with `Hub-Token-Expires` among its headers unless it is the 401: every other
    answer may go to a token the guard let through, in its last month."""
    if name in ("Unauthenticated", "BadAuthorization"):  # no token let through
        return dict(answer)
    return {**answer, "headers": {**answer.get("headers", {}), **security_schemes.TOKEN_EXPIRES_HEADER}}
