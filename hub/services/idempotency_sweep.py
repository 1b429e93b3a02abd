"""The expired `Idempotency-Key`s' cleanup, done by the next keyed request (`idempotency.claim`): the
embedded default has no worker's sweep to lean on, and a worker's would race the same rows (decision 0016,
"Stop 66: api-100")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hub.models import IdempotencyKey

# The expired keys one claim deletes at most (`sweep`): a day's keys of a busy case system are
# hundreds, so a backlog (the hub down a while) is gone within a few requests.
_SWEPT = 500


def sweep(session: Session, before: datetime) -> None:
    """Delete keys made `before`, in a short transaction of its own that never waits on a row another
    holds (`SKIP LOCKED`: a live request taking a claim over), so that it can neither block a request nor
    deadlock with another sweep (review-97); a row skipped is deleted by a later sweep. At most `_SWEPT`
    rows each time, so that a backlog is never one long statement. Commits."""
    expired = (
        select(IdempotencyKey.id)
        .where(IdempotencyKey.created_at < before)
        .limit(_SWEPT)
        .with_for_update(skip_locked=True)
    )
    session.execute(delete(IdempotencyKey).where(IdempotencyKey.id.in_(expired.scalar_subquery())))
    session.commit()
