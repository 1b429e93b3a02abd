"""How a call to the API may say who it is, as the spec declares it: a bearer token (programs), or the
browser session of a person signed in to the hub's pages, with its CSRF token on an unsafe method.

The session is declared rather than refused because the hub's own pages call the API with it: the
upload page posts the files to `POST /api/submissions` (with the page's CSRF token in `X-CSRFToken`)
and polls `GET /api/submissions/{id}` until each is final (`hub/static/upload.js`), and `/api/docs`
tries operations out in the signed-in browser. Refusing it would put a long-lived token into a page's
script. The guard reads it on every `/api/` route (`hub.web.guard.enforce`), so every operation says so.
Decision 0016.
"""

from __future__ import annotations

from typing import Any

BEARER = {
    "type": "http",
    "scheme": "bearer",
    "description": "An API token: `Authorization: Bearer hub_…`. In its last 30 days every answer to it "
    "carries `Hub-Token-Expires`, when it expires (an HTTP date); after that it gets 401 `token_expired`.",
}
# Where an answer can carry it: every answer to a token the guard let through (not a 401: no token was).
TOKEN_EXPIRES_HEADER: dict[str, dict[str, Any]] = {
    "Hub-Token-Expires": {
        "description": "When this call's token expires, as an HTTP date; only in its last 30 days. "
        "Make a new token before then: after it, calls get 401 `token_expired`",
        "required": False,
        "schema": {"type": "string", "example": "Tue, 29 Feb 2028 12:00:00 GMT"},
    }
}
CSRF_HEADER = "X-CSRFToken"
UNSAFE = {"post", "put", "patch", "delete"}


def schemes(cookie_name: str) -> dict[str, dict[str, Any]]:
    """The `securitySchemes`: the token, the session cookie (named as the app names it), its CSRF header."""
    return {
        "bearer": dict(BEARER),
        "session": {
            "type": "apiKey",
            "in": "cookie",
            "name": cookie_name,
            "description": "The hub's own pages, in a browser signed in on /login (the upload page sends "
            "and follows its files with it). Answers to it carry no ETag and are `no-store`. Programs "
            "use a bearer token.",
        },
        "csrf": {
            "type": "apiKey",
            "in": "header",
            "name": CSRF_HEADER,
            "description": "With the session on POST, PUT, PATCH and DELETE: the CSRF token of the page "
            "the request comes from (a 400 `csrf_failed` without it). Not with a bearer token.",
        },
    }


def requirement(method: str) -> list[dict[str, list[str]]]:
    """An operation's `security`: a token, or the session (with its CSRF token where the method is unsafe)."""
    session: dict[str, list[str]] = {"session": []}
    if method.lower() in UNSAFE:
        session["csrf"] = []
    return [{"bearer": []}, session]
