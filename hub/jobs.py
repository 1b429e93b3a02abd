"""rq job functions. They take ids (never ORM objects, file contents or CPR numbers), run inside the
worker's app context, call one service, and are safe to run twice."""

from __future__ import annotations

from rq.job import Job

from hub.extensions import db
from hub.queue import queue
from hub.services import ingest


def process_submission(submission_id: int) -> str:
    """Read, map, validate and store one submission; returns its final status."""
    return ingest.process(db.session, submission_id)


def enqueue_submission(submission_id: int) -> Job:
    """Queue the processing of a submission and note the job on it."""
    job = queue.enqueue(process_submission, submission_id, description=f"process submission {submission_id}")
    ingest.mark_queued(db.session, submission_id, job.id)
    return job
