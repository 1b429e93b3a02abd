"""Submissions sent again whose job is gone: queued again at once, never a second job beside a live one.

The embedded queue lives in its process: a `hub ingest` stopped by Ctrl-C takes the jobs of the files it
left `queued` with it, and no worker heals them (`healing.heal` runs in `hub worker` and `hub serve` only).
Sending the same bytes again is then the way to get them processed, so the same-bytes path checks here:
a submission `queued` or `processing` with no live lease (`recovery.lease_alive`) and whose noted job is
not waiting or running in the queue is released and queued again, as healing does (its audit entry says
`sent_again`: the sender's doing, not an operator's `hub requeue`). With a real Redis a submission whose
job exists is left alone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import select

from hub.extensions import db
from hub.jobs import enqueue_submissions, lease_seconds
from hub.logsetup import Both
from hub.models import Submission
from hub.models.base import utcnow
from hub.queue import queue
from hub.services import recovery
from hub.words import SUBMISSIONS, counted

log = logging.getLogger(__name__)


def queue_lost(submission_ids: Sequence[int], actor: str) -> list[int]:
    """Queue again those of these submissions that wait (`queued`, or `processing` under a lease run
    out) for a job that is no longer in the queue; return their ids. Raises `RedisError` as queueing does."""
    if not submission_ids:
        return []
    seconds = lease_seconds()
    rows = db.session.execute(
        select(Submission.id, Submission.job_id).where(
            Submission.id.in_(set(submission_ids)),
            Submission.status.in_(recovery.STUCK_AFTER_A_WHILE),
            ~recovery.lease_alive(utcnow()),
        )
    ).all()
    db.session.rollback()  # a read only: end its transaction before the release writes
    # A started job older than a lease, on work nobody holds, is a dead worker's (as `heal` takes it).
    lost = [i for i, job_id in rows if not job_id or not queue.job_waiting(job_id, stale_after=seconds)]
    # `release` decides again in its own statement: a lease taken meanwhile keeps its submission.
    released = recovery.release(db.session, sorted(lost), actor, detail={"sent_again": True})
    if released:
        count_en, count_da = counted(len(released), *SUBMISSIONS)
        log.warning(
            Both(
                f"queued again {count_en} sent again with no job behind them",
                f"sat i kø igen: {count_da}, sendt igen uden et job",
            )
        )
    enqueue_submissions(released, stale_after=seconds)
    return released
