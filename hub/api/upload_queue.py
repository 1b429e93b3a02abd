"""An upload's new submissions queued (`POST /api/submissions`), or kept for the queue's return when
Redis is down: the upload is never lost to a queue that is down, and the caller still gets 202."""

from __future__ import annotations

import logging

from redis.exceptions import RedisError
from sqlalchemy import select

from hub.extensions import db
from hub.jobs import enqueue_submissions
from hub.logsetup import Both
from hub.lost_work import queue_lost
from hub.models import Submission
from hub.services import uploads
from hub.services.ingest_types import WAITING
from hub.words import SUBMISSIONS, counted

log = logging.getLogger(__name__)

# What a user is told about a document stored while the job queue (Redis) is down.
KEPT = ("kept, will be processed when the queue is back", "gemt, behandles når køen er tilbage")


def queue_all(outcomes: list[uploads.FileOutcome], actor: str) -> set[int]:
    """Queue every new submission of an upload in batch jobs; return the ids kept unqueued because Redis
    is down.

    They stay `received`, and the workers' maintenance queues them once Redis is back
    (`recovery.unqueued`): the upload is never lost to a queue that is down, and the caller gets 202."""
    ids = [o.submission_id for o in outcomes if o.needs_queueing and o.submission_id is not None]
    kept: set[int] = set()
    # The same bytes as a submission still waiting: its job may have gone with the process that held it.
    again = [o.submission_id for o in outcomes if o.outcome == "duplicate" and o.status in WAITING]
    try:
        enqueue_submissions(ids)
        requeued = set(queue_lost([i for i in again if i is not None], actor))
        for outcome in outcomes:
            if outcome.submission_id in requeued:
                outcome.status = "queued"  # released and queued again, as `mark_queued` wrote it
    except RedisError:
        # Counted in words (`hub.words`): "1 submission", "2 indsendelser", not "submission(s)".
        kept_en, kept_da = counted(len(ids), *SUBMISSIONS)
        log.warning(
            Both(f"the job queue cannot be reached; {kept_en} kept", f"jobkøen kan ikke nås; {kept_da} gemt")
        )
        db.session.rollback()
        # A batch queued before Redis went away is queued: only those still `received` wait for it.
        still = select(Submission.id).where(Submission.id.in_(ids), Submission.status == "received")
        kept = set(db.session.scalars(still))
    for outcome in outcomes:
        queued = outcome.submission_id in ids and outcome.submission_id not in kept
        if queued and outcome.status == "received":
            outcome.status = "queued"  # as `mark_queued` has just written it
    return kept
