"""The rows of a batch locked for its outcome transaction (`processing`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from hub.logsetup import Both
from hub.models import Submission
from hub.services.id_lists import among

log = logging.getLogger(__name__)


def lock(session: Session, ids: Sequence[int], holder: str) -> list[Submission]:
    """Lock the rows of `ids` this worker still holds, in id order (`FOR UPDATE` on PostgreSQL, the
    write lock on SQLite); from here to the commit nobody can take them over. A row another worker took
    after our lease ran out is not among them (its outcome is that worker's, never a second one)."""
    held = (
        session.scalars(
            select(Submission)
            .options(joinedload(Submission.document))
            .where(
                among(session, Submission.id, ids),
                Submission.status == "processing",
                Submission.leased_by == holder,
            )
            .order_by(Submission.id)
            .with_for_update(of=Submission)
            .execution_options(populate_existing=True)
        )
        .unique()
        .all()
    )
    for lost in sorted(set(ids) - {row.id for row in held}):
        log.warning(
            Both(
                "submission %s: taken over by another worker after this one's lease ran out",
                "indsendelse %s: overtaget af en anden worker, efter at denne workers lease løb ud",
                lost,
            )
        )
    return list(held)
