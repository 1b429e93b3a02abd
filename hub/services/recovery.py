"""Submissions that no worker will finish on its own: never queued, failed, or left by a dead worker.

A worker killed in the middle of a job (a machine lost, an OOM kill) leaves its submission `processing`
with a lease that nobody renews, or `queued` with no live job behind it; Redis going down between the
upload and the queueing leaves it `received`. The workers find these themselves (`healing.heal`, between
jobs): `expired` and `unqueued` name them, `release` makes them claimable again, the caller queues the
jobs. `stalled` and `release` also serve `hub requeue`, which never takes work whose lease is alive.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import Session

from hub.models import Submission
from hub.models.base import utcnow
from hub.services import audit

# `received` and `failed` are safe to retry at once; `queued` and `processing` may still be worked.
STUCK_AFTER_ANY_TIME = ("received", "failed")
STUCK_AFTER_A_WHILE = ("queued", "processing")
# Waiting for a job: a worker's maintenance step checks that rq has one for them.
WAITING_FOR_A_JOB = ("received", "queued")


def lease_alive(now: datetime) -> ColumnElement[bool]:
    """SQL: the submission is `processing` under a lease that has not run out."""
    # `is_not(None)` first: a missing lease compares as NULL, and NOT NULL would hide the row.
    return (
        (Submission.status == "processing")
        & Submission.lease_until.is_not(None)
        & (Submission.lease_until >= now)
    )


def expired(session: Session, lease_seconds: float, now: datetime | None = None) -> list[int]:
    """Ids of submissions `processing` whose worker stopped renewing its lease (a lease of before
    leases existed counts as run out `lease_seconds` after the submission last changed)."""
    now = now or utcnow()
    query = select(Submission.id).where(
        Submission.status == "processing",
        or_(
            Submission.lease_until < now,
            Submission.lease_until.is_(None)
            & (Submission.updated_at < now - timedelta(seconds=lease_seconds)),
        ),
    )
    return list(session.scalars(query.order_by(Submission.id)))


def unqueued(
    session: Session, older_than: timedelta, now: datetime | None = None
) -> list[tuple[int, str | None]]:
    """(id, job id noted on it) of submissions `received` or `queued` for `older_than`: the caller
    checks that rq still has that job (a batch's job id is shared by the batch's submissions). Not
    those waiting for another submission (`awaiting.overdue` says when they are due)."""
    cutoff = (now or utcnow()) - older_than
    query = select(Submission.id, Submission.job_id).where(
        Submission.status.in_(WAITING_FOR_A_JOB),
        Submission.updated_at < cutoff,
        Submission.waiting_since.is_(None),
    )
    rows = session.execute(query.order_by(Submission.id))
    return [(submission_id, job_id) for submission_id, job_id in rows]


def stalled(session: Session, older_than: timedelta, now: datetime | None = None) -> list[int]:
    """Ids of submissions to try again: received or failed, or queued/processing for `older_than`,
    never one a worker holds under a live lease."""
    now = now or utcnow()
    cutoff = now - older_than
    query = select(Submission.id).where(
        Submission.status.in_(STUCK_AFTER_ANY_TIME)
        | (Submission.status.in_(STUCK_AFTER_A_WHILE) & (Submission.updated_at < cutoff)),
        ~lease_alive(now),
    )
    return list(session.scalars(query.order_by(Submission.id)))


def release(
    session: Session,
    submission_ids: list[int],
    actor: str,
    now: datetime | None = None,
    detail: dict[str, Any] | None = None,
    still: tuple[str, ...] | None = None,
) -> list[int]:
    """Make stalled submissions claimable again (status `received`); return the ones released. A
    submission whose lease came alive meanwhile (its worker was only slow) is left to its worker.
    `detail`: the audit entry's, saying why when it is not an operator's or a worker's healing.
    `still`: release only those still in one of these statuses, as the caller saw them: another
    worker's heal that gave them back first has changed that, and they are not given back twice."""
    now = now or utcnow()
    released = []
    for submission_id in submission_ids:
        # Decided by the database in the statement itself, not from the list the caller read earlier.
        free = select(Submission.id).where(
            Submission.id == submission_id,
            Submission.status.not_in(("accepted", "partial", "rejected")),
            ~lease_alive(now),
        )
        if still is not None:
            free = free.where(Submission.status.in_(still))
        # A row a transaction holds is never waited for nor taken (`SKIP LOCKED`): its worker's
        # connection is alive, storing it or waiting with it held, and its lease's renewal skips it
        # meanwhile (`leases.renew`); a dead worker's connection, and its locks, are gone.
        free = free.with_for_update(skip_locked=True)
        statement = update(Submission).where(Submission.id.in_(free))
        result = session.execute(statement.values(status="received", lease_until=None))
        if result.rowcount:  # type: ignore[attr-defined]
            audit.append(session, actor, "submission.released", f"submission:{submission_id}", detail or {})
            released.append(submission_id)
    session.commit()
    return released
