"""The database's side of the admin's job monitor (`job_monitor`): how many submissions are in each
status, and which have been `queued` or `processing` too long. Read-only; shown even with Redis away,
since the submissions kept meanwhile are in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.models import SUBMISSION_STATES, Submission
from hub.models.base import utcnow
from hub.services import recovery


@dataclass(frozen=True)
class StuckRow:
    """A submission left `queued` or `processing` for longer than the admin's limit."""

    id: int
    status: str
    party: str
    updated_at: datetime


def submissions_by_status(session: Session) -> dict[str, int]:
    """How many submissions are in each status (every known status, zero included, in the order of a
    submission's life: the models' own list, so that a status added there is counted here too)."""
    rows = session.execute(select(Submission.status, func.count()).group_by(Submission.status))
    found = {str(status): int(count) for status, count in rows}
    return {**dict.fromkeys(SUBMISSION_STATES, 0), **found}


def stuck(session: Session, older_than: timedelta) -> list[StuckRow]:
    """Submissions `queued` or `processing` for longer than `older_than`, oldest first."""
    query = (
        select(Submission)
        .where(
            Submission.status.in_(recovery.STUCK_AFTER_A_WHILE),
            Submission.updated_at < utcnow() - older_than,
        )
        .order_by(Submission.updated_at, Submission.id)
    )
    return [
        StuckRow(s.id, s.status, s.municipality_code or s.agreement_id or "", s.updated_at)
        for s in session.scalars(query)
    ]
