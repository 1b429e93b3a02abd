"""rq job functions. They take ids (never ORM objects, file contents or CPR numbers), run inside the
worker's app context, call one service, and are safe to run twice."""

from __future__ import annotations

import logging
from datetime import timedelta

from flask import Flask, current_app
from rq import get_current_job
from rq.job import Job

from hub.extensions import db
from hub.queue import queue
from hub.services import dashboard_summary, ingest, leases, recovery

log = logging.getLogger(__name__)


def lease_seconds() -> float:
    """How long a worker's lease on a submission lasts unless renewed (`LEASE_SECONDS`)."""
    return float(current_app.config["LEASE_SECONDS"])


def submission_job_id(submission_id: int) -> str:
    """The one rq job id a submission's processing has, so that it is queued once at a time."""
    return f"submission-{submission_id}"


def process_submission(submission_id: int) -> str:
    """Read, map, validate and store one submission; returns its final status."""
    job = get_current_job()
    # The rq worker's name says which worker holds the lease; the process and thread make it unique.
    worker = job.worker_name if job is not None and job.worker_name else "worker"
    holder = f"{worker} {leases.holder_name()}"
    return ingest.process(db.session, submission_id, holder=holder, lease_seconds=lease_seconds())


def enqueue_submission(submission_id: int, stale_after: float | None = None) -> Job:
    """Queue the processing of a submission, once however often it is asked for, and note the job on it.

    `stale_after`: seconds after which a started job is taken for one whose worker died (`heal`)."""
    job = queue.enqueue_once(
        process_submission,
        submission_id,
        job_id=submission_job_id(submission_id),
        description=f"process submission {submission_id}",
        stale_after=stale_after,
    )
    ingest.mark_queued(db.session, submission_id, job.id)
    return job


def heal(app: Flask) -> None:
    """A worker's maintenance step (on start, then every third of a lease): give back to the queue
    what a dead worker held (its lease ran out) and what waits with no job behind it (Redis lost it,
    or a worker died between taking the job and claiming the submission)."""
    with app.app_context():
        seconds = lease_seconds()
        for submission_id in recovery.release(db.session, recovery.expired(db.session, seconds), "worker"):
            log.warning("submission %s: its worker's lease ran out; queued again", submission_id)
            enqueue_submission(submission_id, stale_after=seconds)
        waiting = recovery.unqueued(db.session, timedelta(seconds=seconds))
        if not waiting:
            return
        live = queue.live_job_ids(stale_after=seconds)
        for submission_id in waiting:
            if queue.full_id(submission_job_id(submission_id)) not in live:
                log.warning("submission %s: waiting with no job behind it; queued again", submission_id)
                enqueue_submission(submission_id, stale_after=seconds)


def rebuild_dashboard(agreement_id: str) -> int:
    """Compute an agreement's dashboard summaries again; returns how many placements."""
    return dashboard_summary.rebuild(db.session, agreement_id)


def enqueue_dashboard_rebuild(agreement_id: str) -> Job:
    """Queue the rebuild of an agreement's summaries, once however often it is asked for."""
    return queue.enqueue_once(
        rebuild_dashboard,
        agreement_id,
        job_id=f"dashboard-rebuild-{agreement_id}",
        description=f"rebuild the dashboard of {agreement_id}",
    )
