"""A rate limit on the API per user (a token acts as its user): a runaway case system, or a stolen token,
cannot make the hub sign checkpoints, pack bundles and read placements without bound. The same limiter
as the sign-in form (`hub.web.auth`), so the count is shared through Redis by every process of a
production hub, and answered with the one error shape and `Retry-After`."""

from __future__ import annotations

from flask import Flask, current_app, g
from flask_limiter import Limiter


def _caller() -> str:
    # After the guard: every API view needs a principal, so one is there.
    principal = g.get("principal")
    return f"api:user:{principal.user_id}" if principal is not None else "api:anonymous"


def init_app(app: Flask) -> None:
    """Wrap every API view (not the spec, the docs' assets and the problem types' pages) in the per-user
    limit `HUB_API_LIMIT`."""
    limiter: Limiter = app.extensions["hub.limiter"]
    # One count per user across every operation, as `HUB_API_LIMIT` says: a limit per view (`limit`)
    # counted each operation apart, so a user had the limit once for each of the API's operations.
    limit = limiter.shared_limit(lambda: str(current_app.config["API_LIMIT"]), "api", key_func=_caller)
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/") and rule.endpoint.split(".")[0] not in (
            "api-docs",
            "api_docs_assets",
            "api_problems",
        ):
            app.view_functions[rule.endpoint] = limit(app.view_functions[rule.endpoint])  # type: ignore[assignment]
