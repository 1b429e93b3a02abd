"""The rows of a batch locked for its outcome transaction, the documents tried again at its end, and
its commit (`processing`, `batch_ranges`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from hub.logsetup import Both
from hub.models import Submission
from hub.services import awaiting, batch_reads, dashboard_refresh, link_ahead, settling
from hub.services.id_lists import among
from hub.services.outcome import Outcomes

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


Waiting = tuple[Submission, batch_reads.Read, settling.Ready]  # a document without its placement, yet


def settle_waiting(
    session: Session,
    outcomes: Outcomes,
    waiting_for: list[Waiting],
    holder: str,
    actor: str,
    careful: bool,
    crashed: list[int],
    secret: str,
) -> None:
    """Those waiting for a placement, once more after the batch's other documents (which may hold it),
    in a transaction that holds no citizen's lock yet (the caller committed): files are sent in any
    order, the grant before its placement as often as after. Another worker's batch may hold it, not
    yet committed, and wait for a citizen's lock the batch held: so the waiting documents' citizens are
    locked again here in order, which waits for its commit. Still without a placement, a document waits
    for a submission of its sender that could hold it, while one is not final, rather than being
    rejected (`awaiting`); asked before the last try. Inside `link_ahead.knowing`; no commit."""
    again = lock(session, [row.id for row, _, _ in waiting_for], holder)
    still = {row.id for row in again}
    waiting_for = [entry for entry in waiting_for if entry[0].id in still]
    link_ahead.expect(session, settling.records_of(ready for _, _, ready in waiting_for), secret)
    link_ahead.lock_expected(session)  # a transaction of its own: every lock waited for
    others = awaiting.Others(session, [row for row, _, _ in waiting_for])
    for row, read, ready in waiting_for:
        done = settling.settle(session, outcomes, row, read, ready, actor, careful, others.may_wait)
        if done == settling.WAITING:
            awaiting.hold(row, others.now)
        elif done == settling.CRASHED:
            crashed.append(row.id)


def commit(session: Session, outcomes: Outcomes) -> None:
    """Write the outcomes noted and the placements' summaries (one that fails does not undo the
    documents), and commit."""
    outcomes.write(session)
    dashboard_refresh.refresh_marked(session, tolerant=True)
    session.commit()
