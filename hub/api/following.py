"""How a client following its submissions is told where and when to look (`hub.api.submissions`).

The 202 of an upload names the one submission it made or met in `Location` (RFC 9110 15.3.3: a 202
points to where the request's status is monitored); several have each file's `status_url` and no
header picking one. While a submission is not final, the 202 and each read of its status carry
`Retry-After`, so a case system polls at the server's pace rather than its own guess.
"""

from __future__ import annotations

# Seconds a client following a submission is asked to wait before it asks again (`Retry-After`): a
# queued document is read in about a second; one kept while the queue is down waits for it to return,
# as the 503 of a server that is away says.
POLL_AFTER = {"received": 60, "queued": 2, "processing": 2}
FOLLOW_HEADERS = {
    "Retry-After": {
        "description": "While a submission is not final: seconds to wait before reading its status again",
        "required": False,
        "schema": {"type": "integer"},
    },
}
# What the hub's own URLs in a body and in `Location` are, which a client had to guess (a case system
# built the URL by hand from `/api/docs`, decision 0016, "Stop 64: api-85"): whole, every one, as the
# `Link` header's pages are (`status_url` and `Location` since "Stop 65: api-93", a record's `api_url`
# and `url` since "Stop 66: api-100").
WHOLE_URL = (
    " A whole URL (`https://hub.example/api/…`), of the address the call went to: its scheme and host are "
    "the request's own, or those a proxy the hub trusts (`HUB_TRUSTED_PROXIES`) forwarded "
    "(`X-Forwarded-Proto`, `X-Forwarded-Host`); follow it as it is."
)
UPLOAD_HEADERS = {
    "Location": {
        "description": "The status URL, when the upload made or met exactly one submission to follow "
        "(several: each file's `status_url`)." + WHOLE_URL,
        "required": False,
        "schema": {"type": "string"},
    },
    **FOLLOW_HEADERS,
}


def follow_headers(statuses: list[str | None]) -> dict[str, str]:
    """`Retry-After` for an answer about submissions of these statuses, the soonest any asks for (none
    once every one is final)."""
    waits = [POLL_AFTER[status] for status in statuses if status in POLL_AFTER]
    return {"Retry-After": str(min(waits))} if waits else {}
