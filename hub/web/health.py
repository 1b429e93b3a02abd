"""The probe a load balancer or a supervisor asks: `/healthz` (liveness).

Public (a probe has no session) and never reading the browser session (`guard.SESSIONLESS`), so it
answers JSON whatever the database is doing. Liveness checks nothing beyond the process answering: a
load balancer that restarted every web process whenever the database blipped would turn a blip into an
outage.
"""

from __future__ import annotations

from flask import Blueprint

from hub.web.guard import requires

bp = Blueprint("health", __name__)


@bp.get("/healthz")
@requires("public")
def live() -> dict[str, str]:
    """Liveness: the process answers; no server behind it is asked."""
    return {"status": "ok"}
