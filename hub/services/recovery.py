"""Submissions that no worker will finish on its own: never queued, failed, or left by a dead worker.

A worker killed in the middle of a job (a machine lost, an OOM kill) leaves its submission `processing`
or `queued` with no job behind it; Redis going down between the upload and the queueing leaves it
`received`. `stalled` finds them and `release` makes them claimable again; the caller queues the jobs.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hub.models import Submission
from hub.models.base import utcnow
from hub.services import audit

# `received` and `failed` are safe to retry at once; `queued` and `processing` may still be worked.
STUCK_AFTER_ANY_TIME = ("received", "failed")
STUCK_AFTER_A_WHILE = ("queued", "processing")


def stalled(session: Session, older_than: timedelta) -> list[int]:
    """Ids of submissions to try again: received or failed, or queued/processing for `older_than`."""
    cutoff = utcnow() - older_than
    query = select(Submission.id).where(
        Submission.status.in_(STUCK_AFTER_ANY_TIME)
        | (Submission.status.in_(STUCK_AFTER_A_WHILE) & (Submission.updated_at < cutoff))
    )
    return list(session.scalars(query.order_by(Submission.id)))


def release(session: Session, submission_ids: list[int], actor: str) -> list[int]:
    """Make stalled submissions claimable again (status `received`); return the ones released."""
    released = []
    for submission_id in submission_ids:
        result = session.execute(
            update(Submission)
            .where(
                Submission.id == submission_id,
                Submission.status != "accepted",
                Submission.status != "rejected",
            )
            .values(status="received")
        )
        if result.rowcount:  # type: ignore[attr-defined]
            audit.append(session, actor, "submission.released", f"submission:{submission_id}", {})
            released.append(submission_id)
    session.commit()
    return released
