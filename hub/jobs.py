"""rq job functions. They take ids (never ORM objects, file contents or CPR numbers), run inside the
worker's app context, call one service, and are safe to run twice."""

from __future__ import annotations

from rq.job import Job

from hub.extensions import db
from hub.queue import queue
from hub.services import dashboard_summary, ingest


def process_submission(submission_id: int) -> str:
    """Read, map, validate and store one submission; returns its final status."""
    return ingest.process(db.session, submission_id)


def enqueue_submission(submission_id: int) -> Job:
    """Queue the processing of a submission and note the job on it."""
    job = queue.enqueue(process_submission, submission_id, description=f"process submission {submission_id}")
    ingest.mark_queued(db.session, submission_id, job.id)
    return job


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
