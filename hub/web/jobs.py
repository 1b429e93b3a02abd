"""The admin's job monitor: the queue's states and newest jobs, the workers alive, submissions by status,
and "queue again" for what no worker will finish (the same as `hub requeue`).

Built on rq's registries rather than rq-dashboard: docs/decisions/0019-job-monitor.md says why.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from hub.extensions import db
from hub.jobs import enqueue_submissions
from hub.queue import queue
from hub.queue_state import FAILED_KEPT, FINISHED_KEPT, REPEATED_KEPT
from hub.services import job_monitor, recovery
from hub.web import nav, pages
from hub.web.dashboard import count_filter
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


MOST_MINUTES = 7 * 24 * 60  # a week


def _minutes(raw: str | None) -> tuple[int, str | None]:
    """The minutes asked for (the default when none were), or the default and what is wrong with them:
    said at the field with what was typed kept, never silently replaced (an admin would believe the
    list shows what they asked for)."""
    text = (raw or "").strip()
    if not text:
        return DEFAULT_MINUTES, None
    if text.isascii() and text.isdigit() and 1 <= int(text) <= MOST_MINUTES:
        return int(text), None
    return DEFAULT_MINUTES, _(
        "Give the minutes as a whole number from 1 to %(most)s (a week); the list below uses %(default)s.",
        most=MOST_MINUTES,
        default=DEFAULT_MINUTES,
    )


def _page(minutes: int, typed: str | None, error: str | None) -> tuple[str, int]:
    state = queue.state()
    found = job_monitor.overview(db.session, state.queue, state.embedded, timedelta(minutes=minutes))
    page = render_template(
        "jobs.html",
        view=found,
        minutes=minutes,
        typed=typed if error else minutes,
        error=error,
        names=STATE_NAMES,
        # The registries' counts are of the jobs rq still keeps; a worker's, of all it ran (decision 0019).
        kept={
            "finished": FINISHED_KEPT // 3600,
            "repeated": REPEATED_KEPT // 60,
            "failed": FAILED_KEPT // 86400,
        },
    )
    return page, 400 if error else 200


@bp.get("/jobs")
@requires("jobs:admin")
def index() -> tuple[str, int]:
    """The queue, its workers and the submissions, with stuck ones older than `?minutes=` (default 30)."""
    typed = request.args.get("minutes")
    minutes, error = _minutes(typed)
    return _page(minutes, typed, error)


@bp.post("/jobs/requeue")
@requires("jobs:admin")
def requeue() -> Any:
    """Queue again the submissions no worker will finish: received, failed, or stuck for the minutes given."""
    typed = request.form.get("minutes")
    minutes, error = _minutes(typed)
    if error:  # nothing is queued again for minutes nobody meant
        return _page(minutes, typed, error)
    stalled = recovery.stalled(db.session, timedelta(minutes=minutes))
    released = recovery.release(db.session, stalled, actor=principal().actor)
    enqueue_submissions(released)
    count = count_filter(len(released))  # `%(num)d` wrote 1000 as "1000" on a Danish page
    flash(
        ngettext(
            "%(count)s submission queued again.",
            "%(count)s submissions queued again.",
            len(released),
            count=count,
        )
    )
    return redirect(url_for("jobs.index", minutes=minutes))
