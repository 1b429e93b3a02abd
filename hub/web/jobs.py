"""The admin's job monitor: the queue's states and newest jobs, the workers alive, submissions by status,
and "queue again" for what no worker will finish (the same as `hub requeue`).

Built on rq's registries rather than rq-dashboard: docs/decisions/0019-job-monitor.md says why.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from hub.extensions import db
from hub.jobs import enqueue_submissions
from hub.queue import queue
from hub.services import job_monitor, recovery
from hub.web import nav, pages
from hub.web.guard import principal, requires

bp = Blueprint("jobs", __name__, url_prefix="/admin")
nav.register("jobs.index", _l("Job queue"), "jobs:admin")
pages.HOME["admin"] = "jobs.index"
DEFAULT_MINUTES = 30
# rq's job states and the submissions' statuses, as the page names them.
STATE_NAMES = {
    "queued": _l("queued"),
    "started": _l("started"),
    "finished": _l("finished"),
    "failed": _l("failed"),
    "deferred": _l("waiting for another job"),
    "scheduled": _l("scheduled"),
    "canceled": _l("cancelled"),
    "stopped": _l("stopped"),
    "received": _l("received"),
    "processing": _l("processing"),
    "accepted": _l("accepted"),
    "rejected": _l("rejected"),
    "partial": _l("partly accepted"),
}


def _minutes(raw: str | None) -> int:
    # A person's number: anything that is not a whole number of minutes from 1 to a week is the default.
    try:
        minutes = int(raw or DEFAULT_MINUTES)
    except ValueError:
        return DEFAULT_MINUTES
    return minutes if 1 <= minutes <= 7 * 24 * 60 else DEFAULT_MINUTES


@bp.get("/jobs")
@requires("jobs:admin")
def index() -> str:
    """The queue, its workers and the submissions, with stuck ones older than `?minutes=` (default 30)."""
    minutes = _minutes(request.args.get("minutes"))
    state = queue.state()
    found = job_monitor.overview(db.session, state.queue, state.embedded, timedelta(minutes=minutes))
    return render_template("jobs.html", view=found, minutes=minutes, names=STATE_NAMES)


@bp.post("/jobs/requeue")
@requires("jobs:admin")
def requeue() -> Any:
    """Queue again the submissions no worker will finish: received, failed, or stuck for the minutes given."""
    minutes = _minutes(request.form.get("minutes"))
    stalled = recovery.stalled(db.session, timedelta(minutes=minutes))
    released = recovery.release(db.session, stalled, actor=principal().actor)
    enqueue_submissions(released)
    flash(ngettext("%(num)d submission queued again.", "%(num)d submissions queued again.", len(released)))
    return redirect(url_for("jobs.index", minutes=minutes))
