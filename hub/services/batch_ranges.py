"""A batch stored range by range, in turns (PostgreSQL; decision 0030, "Stop 50", `batch_turns`).

Every document of the batch is read and mapped first, so that each one's range is known: the range of
its citizen (of a document of many records, the highest of theirs, so that the batch ahead has stored
all of them when the document's turn comes). A document without a citizen (unread, not a form) goes in
range 0. Then, holding each range's turn, the range's documents are stored in submission order: their
rows locked again (another worker may have taken one over after a lease ran out), their citizens
locked all at once in ascending order and their placements read ahead (`link_ahead`).

The transaction stays open from range to range, and commits only when another batch waits for the
turn held, or the next turn is not free (`Turns.step`), and at the batch's end: one worker alone
commits once a batch, as without the turns; two commit where the one behind would otherwise wait.
Each document is stored unguarded first; when that was not safe (`unguarded.Redo`) what the open
transaction stored is stored again with a savepoint per document, and so is the rest of the batch.
A worker that dies between commits leaves what was committed final; the rest stays `processing`
under the lease, and the healing queues it again.

Those without a placement are tried once more after the last range (`batch_rows.settle_waiting`),
still holding the last turn.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, wait

from flask import current_app
from sqlalchemy.orm import Session

from hub.services import batch_reads, batch_rows, link_ahead, settling, unguarded
from hub.services.batch_turns import RANGES, Turns, range_of
from hub.services.outcome import Outcomes

log = logging.getLogger(__name__)


class _Batch:
    """The batch's documents as read and mapped, and what its open transaction holds."""

    def __init__(self, session: Session, holder: str, actor: str, known: link_ahead.Known) -> None:
        self.session, self.holder, self.actor, self.known = session, holder, actor, known
        self.secret = str(current_app.config["PSEUDONYM_KEY"])
        self.read: dict[int, batch_reads.Read] = {}
        self.ready: dict[int, settling.Ready] = {}
        self.failed: list[int] = []
        self.careful = False
        self.waiting: dict[int, batch_rows.Waiting] = {}
        self._open()

    def _open(self) -> None:
        self.outcomes, self.crashed, self.pending = Outcomes(), list[int](), list[int]()

    def range_of(self, submission_id: int) -> int:
        records = settling.records_of([self.ready[submission_id]])
        pairs = (link_ahead.pair_of(record, self.secret) for record in records)
        return max((range_of(key) for key, _ in pairs), default=0)

    def commit(self) -> None:
        """Commit what the open transaction stored (its citizens' locks go with it)."""
        batch_rows.commit(self.session, self.outcomes)
        self.failed.extend(self.crashed)
        self.known.committed()
        self._open()


def store(
    session: Session,
    claimed: list[int],
    reads: dict[int, Future[batch_reads.Read]],
    holder: str,
    actor: str,
    turns: Turns,
) -> list[int]:
    """Store every document this worker still holds, range by range in turns (turn 0 held); the ids of
    those that crashed."""
    # No lock is held while the readers work: only turn 0, which the next batch (claiming and reading
    # meanwhile) waits for.
    wait(list(reads.values()))
    with link_ahead.knowing(session) as known:
        batch = _Batch(session, holder, actor, known)
        ranges: list[list[int]] = [[] for _ in range(RANGES)]
        for row in batch_rows.lock(session, claimed, holder):
            batch.read[row.id] = batch_reads.result(reads[row.id])
            batch.ready[row.id] = settling.prepare(row, batch.read[row.id])
            ranges[batch.range_of(row.id)].append(row.id)
        for turn, ids in enumerate(ranges):
            turns.step(turn, batch.commit)
            if ids:
                _store(batch, ids)
        if batch.waiting:
            batch.commit()  # so that another worker's batch holding their placement goes on
            _tail(batch)
        batch.commit()
    return batch.failed


def _store(batch: _Batch, ids: list[int]) -> None:
    """Store a range's documents in the open transaction; on a `Redo`, everything the transaction
    stored is stored again, carefully."""
    try:
        _settle(batch, ids)
    except unguarded.Redo as exc:
        log.info("a batch's open transaction stored again with a savepoint per document: %s", exc)
        batch.session.rollback()
        batch.known.committed()
        again = batch.pending + ids
        batch.careful = True
        for submission_id in again:
            batch.waiting.pop(submission_id, None)
        batch.outcomes, batch.crashed, batch.pending = Outcomes(), [], []
        _settle(batch, again)


def _settle(batch: _Batch, ids: list[int]) -> None:
    session = batch.session
    held = batch_rows.lock(session, ids, batch.holder)
    if batch.careful:  # mapped again after a rollback, as the batch's careful pass does
        for row in held:
            batch.ready[row.id] = settling.prepare(row, batch.read[row.id])
    link_ahead.expect(session, settling.records_of(batch.ready[row.id] for row in held), batch.secret)
    if not link_ahead.lock_expected(session):
        # A citizen below those held (a document of many records) is another transaction's: what is
        # stored is committed, and all are waited for in order in a transaction of their own.
        batch.commit()
        held = batch_rows.lock(session, ids, batch.holder)
        link_ahead.lock_expected(session)
    for row in held:
        read, ready = batch.read[row.id], batch.ready[row.id]
        done = settling.settle(session, batch.outcomes, row, read, ready, batch.actor, batch.careful, True)
        if done == settling.WAITING:
            batch.waiting[row.id] = (row, read, ready)
        elif done == settling.CRASHED:
            batch.crashed.append(row.id)
    batch.pending.extend(row.id for row in held)


def _tail(batch: _Batch) -> None:
    """The documents without a placement, tried once more after every range, in a transaction of
    their own (redone carefully on a `Redo`)."""
    waiting = list(batch.waiting.values())

    def settle() -> None:
        batch_rows.settle_waiting(
            batch.session,
            batch.outcomes,
            waiting,
            batch.holder,
            batch.actor,
            batch.careful,
            batch.crashed,
            batch.secret,
        )

    try:
        settle()
    except unguarded.Redo:
        batch.session.rollback()
        batch.known.committed()
        batch.outcomes, batch.crashed, batch.careful = Outcomes(), [], True
        settle()
