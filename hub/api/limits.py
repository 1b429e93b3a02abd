"""A rate limit on the API per user (a token acts as its user): a runaway case system, or a stolen token,
cannot make the hub sign checkpoints, pack bundles and read placements without bound. The same limiter
as the sign-in form (`hub.web.auth`), so the count is shared through Redis by every process of a
production hub, and answered with the one error shape and `Retry-After`.

Every answer the limit counted says where the caller stands (`RateLimit-Limit`, `RateLimit-Remaining`,
`RateLimit-Reset`, decision 0069): a nightly job that reads every placement slows down before it is
refused rather than after, and a 429's `Retry-After` is the seconds until its window turns, not a
window's whole length.
"""

from __future__ import annotations

import logging
import math
import time
from typing import Any

from flask import Flask, Response, current_app, g, request
from flask_limiter import Limiter

from hub.logsetup import Both

log = logging.getLogger(__name__)

# The headers of an answer the limit counted, as the spec declares them (`hub.api.spec_operations`).
RATE_HEADERS: dict[str, dict[str, Any]] = {
    "RateLimit-Limit": {
        "description": "Calls this user may make in the current window (`HUB_API_LIMIT`; its shortest "
        "window when it has several)",
        "schema": {"type": "integer", "example": 600},
    },
    "RateLimit-Remaining": {
        "description": "Calls left in the window, this one counted; at 0 the next is a 429",
        "schema": {"type": "integer", "example": 599},
    },
    "RateLimit-Reset": {
        "description": "Seconds until the window turns and `RateLimit-Remaining` is whole again",
        "schema": {"type": "integer", "example": 42},
    },
}

# The same on an error the limit counted (a 404 of an id, a 422 of an argument, a 400 of a period, an
# upload's body refused): the call reached its operation. Not sent where the same status comes before it
# (a 404 of the router, a 400 of a malformed `Authorization`), so not promised.
RATE_HEADERS_IF_COUNTED: dict[str, dict[str, Any]] = {
    name: {**header, "required": False, "description": header["description"] + " (when the call was counted)"}
    for name, header in RATE_HEADERS.items()
}


def _caller() -> str:
    # After the guard: every API view needs a principal, so one is there.
    principal = g.get("principal")
    return f"api:user:{principal.user_id}" if principal is not None else "api:anonymous"


def _limited_endpoints(app: Flask) -> set[str]:
    """The API's views the limit wraps: not the spec, the docs' assets and the problem types' pages."""
    return {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/")
        and rule.endpoint.split(".")[0] not in ("api-docs", "api_docs_assets", "api_problems")
    }


def standing(limiter: Limiter) -> dict[str, str]:
    """This request's caller's standing under the API limit as headers (none when the limit did not
    count it: refused by the guard before the view, or the limiter off)."""
    current = limiter.current_limit
    if current is None or g.get("principal") is None:
        return {}
    try:
        reset, remaining = current.window  # when the window turns (a Unix time), calls left in it
    except Exception:  # the count's store (Redis) away: the answer goes without advice
        log.warning(
            Both(
                "the API limit's count could not be read; answered without RateLimit headers",
                "API-grænsens optælling kunne ikke læses; svaret gik uden RateLimit-felter",
            )
        )
        return {}
    seconds = str(max(0, math.ceil(reset - time.time())))
    return {
        "RateLimit-Limit": str(current.limit.amount),
        "RateLimit-Remaining": str(max(0, remaining)),
        "RateLimit-Reset": seconds,
    } | ({"Retry-After": seconds} if current.breached else {})


def init_app(app: Flask) -> None:
    """Wrap every API view (not the spec, the docs' assets and the problem types' pages) in the per-user
    limit `HUB_API_LIMIT`, and tell each answer it counted where its caller stands."""
    limiter: Limiter = app.extensions["hub.limiter"]
    # One count per user across every operation, as `HUB_API_LIMIT` says: a limit per view (`limit`)
    # counted each operation apart, so a user had the limit once for each of the API's operations.
    limit = limiter.shared_limit(lambda: str(current_app.config["API_LIMIT"]), "api", key_func=_caller)
    endpoints = _limited_endpoints(app)
    for endpoint in endpoints:
        app.view_functions[endpoint] = limit(app.view_functions[endpoint])  # type: ignore[assignment]

    def told(response: Response) -> Response:
        if request.endpoint in endpoints:
            response.headers.update(standing(limiter))
        return response

    app.after_request(told)
