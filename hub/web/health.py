"""The probes a load balancer or a supervisor asks: `/healthz` (liveness) and `/readyz` (readiness).

Both are public (a probe has no session) and never read the browser session (`guard.SESSIONLESS`), so
they answer JSON whatever the database is doing. Liveness checks nothing beyond the process answering:
a load balancer that restarted every web process whenever the database blipped would turn a blip into
an outage. Readiness asks the database and the queue, each with a short timeout, and looks at the
document store's disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Blueprint, current_app

from hub.probes import TIMEOUT_S, probes
from hub.services import readiness
from hub.web.guard import requires

bp = Blueprint("health", __name__)


@bp.get("/healthz")
@requires("public")
def live() -> dict[str, str]:
    """Liveness: the process answers; no server behind it is asked."""
    return {"status": "ok"}


@bp.get("/readyz")
@requires("public")
def ready() -> Any:
    """Readiness: 200 when the database and the job queue answer and the document store can take an
    upload, 503 (with what failed) otherwise."""
    found = probes(current_app)
    store = (Path(current_app.config["BLOB_DIR"]), int(current_app.config["BLOB_MIN_FREE_BYTES"]))
    ready, body = readiness.check(found.engine, found.queue, found.embedded, TIMEOUT_S, store)
    # Said afresh each time: a cached "ready" would hide an outage from the next probe.
    return body, 200 if ready else 503, {"Cache-Control": "no-store"}
