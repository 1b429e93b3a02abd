"""A batch's outcome: one transaction that stores the documents a worker claimed, in order and as they
are read, and commits once while the reads keep up (step 3 of `processing`, whose docstring tells the
whole of it: early commits, savepoints, citizens held elsewhere, documents waiting for a placement).
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future, wait

from flask import current_app
from sqlalchemy.orm import Session

from hub.models import Submission
from hub.services import (
    awaiting,
    batch_reads,
    batch_rows,
    dashboard_refresh,
    leases,
    link_ahead,
    settling,
    unguarded,
)
from hub.services.outcome import Outcomes

log = logging.getLogger(__name__)

# How long the outcome transaction may wait for a read before it commits what it has stored.
STALL_SECONDS = 1.0
Waiting = tuple[Submission, batch_reads.Read, settling.Ready]  # a document settled later, mapped


def store_batch(
    session: Session, claimed: list[int], reads: dict[int, Future[batch_reads.Read]], holder: str, actor: str
) -> list[int]:
    """Store every document this worker still holds and commit; the ids of those that crashed.
    Unguarded first, and with a savepoint per document when that was not safe (`unguarded`): then the
    documents a commit already stored are not stored again, and their crashes still count."""
    failed: list[int] = []
    try:
        _store_all(session, claimed, reads, holder, actor, failed, careful=False)
    except unguarded.Redo as exc:
        log.info("batch of %d stored again with a savepoint per document: %s", len(claimed), exc)
        session.rollback()
        _store_all(session, claimed, reads, holder, actor, failed, careful=True)
    return failed


def _store_all(
    session: Session,
    claimed: list[int],
    reads: dict[int, Future[batch_reads.Read]],
    holder: str,
    actor: str,
    failed: list[int],
    careful: bool,
) -> None:
    """One pass over the batch: `careful`, each document in a savepoint of its own; the documents that
    crashed are added to `failed` as their transaction commits.

    One commit for the batch while its reads keep up. A read that keeps the transaction waiting more
    than `STALL_SECONDS` (a PDF that takes its reader to the time limit) must not hold the locks
    meanwhile (on SQLite the one write lock, which every web request that writes waits for): what is
    stored is committed first, and the rest is locked again once read. A batch that outlives its job's
    time so keeps what it stored, and the next try goes on from there."""
    held = batch_rows.lock(session, claimed, holder)
    stored = _Pass(session, holder, actor, careful, failed)
    with link_ahead.knowing(session) as known:
        stored.known = known
        for run in batch_reads.runs(held, reads, stored.waiting):
            stored.settle_all(stored.still_held(run))
        stored.store_put_off()
        stored.store_waiting()
    _commit(session, stored.outcomes)
    failed.extend(stored.crashed)


class _Pass:
    """What one pass over a batch keeps from one of its transactions to the next: when the open one
    began (`opened`; None after an early commit, until a run locks its rows again), the outcomes noted
    and the documents crashed in it, each document's mapping and citizen, and the documents left for
    the batch's end (put off for a citizen another worker held, or waiting for a placement)."""

    def __init__(self, session: Session, holder: str, actor: str, careful: bool, failed: list[int]) -> None:
        self.opened: float | None = time.monotonic()  # the batch's rows were just locked
        self.outcomes = Outcomes()
        self.session, self.holder, self.actor = session, holder, actor
        self.careful = careful  # each document in a savepoint of its own
        self.failed = failed  # the batch's crashed documents, as their transaction commits
        self.known: link_ahead.Known  # the batch's read-ahead, set by `_store_all` as it opens
        self.crashed: list[int] = []  # crashed in the transaction open now
        self.waiting_for: list[Waiting] = []  # no placement, yet
        self.put_off: list[tuple[Submission, batch_reads.Read]] = []  # their citizen another worker held
        self.busy: set[str | None] = set()  # those citizens' keys
        self.secret = str(current_app.config["PSEUDONYM_KEY"])
        # Each document's mapping, kept across an early commit: a run locked again after another worker
        # held one of its citizens is not mapped again (stop 49: a third of a two-worker drain's mappings).
        self.mapped: dict[int, settling.Ready] = {}
        self.citizens: dict[int, str | None] = {}  # the key of the citizen each mapped document links

    def commit_early(self) -> None:
        """Commit what is stored so far; the documents that crashed in it count as failed now."""
        _commit(self.session, self.outcomes)
        self.failed.extend(self.crashed)
        self.crashed.clear()
        self.known.committed()  # the citizens' locks went with the transaction
        self.opened = None

    def waiting(self, read: Future[batch_reads.Read]) -> None:
        """Told before the next document is waited for (`batch_reads.runs`): if its read is not done by
        the time the open transaction is `STALL_SECONDS` old, what is stored is committed first."""
        if self.opened is not None:
            wait([read], timeout=max(0.0, STALL_SECONDS - (time.monotonic() - self.opened)))
            if not read.done():
                self.commit_early()

    def still_held(self, run: list[tuple[Submission, batch_reads.Read]]) -> list[Waiting]:
        """The run's rows locked again after a commit; each one with its mapped document, its citizen
        locked (`link_ahead.take_expected`). A document whose citizen another worker holds is put
        off to the batch's end, with every later one about that citizen (stored in their order)."""
        session, mapped, citizens, busy = self.session, self.mapped, self.citizens, self.busy
        if self.opened is None:
            kept = {row.id for row in batch_rows.lock(session, [row.id for row, _ in run], self.holder)}
            run[:] = [(row, read) for row, read in run if row.id in kept]
            self.opened = time.monotonic()
        # Mapped before any is stored, so that their citizens are locked and read for all at once.
        for row, read in run:
            if row.id not in mapped:
                mapped[row.id] = settling.prepare(row, read)
                citizens[row.id] = _citizen(mapped[row.id], self.secret)
        free = [mapped[row.id] for row, _ in run if citizens[row.id] not in busy]
        link_ahead.expect(session, settling.records_of(free), self.secret)
        busy.update(link_ahead.take_expected(session))
        self.put_off.extend(entry for entry in run if citizens[entry[0].id] in busy)
        run[:] = [entry for entry in run if citizens[entry[0].id] not in busy]
        return [(row, read, mapped[row.id]) for row, read in run]

    def locked_again(self, entries: list[Waiting]) -> list[Waiting]:
        """After a commit: those of `entries` this holder still holds, their rows and citizens locked
        in a transaction of its own, where every citizen is waited for, in order."""
        if self.opened is not None:
            self.commit_early()
        still = {
            row.id for row in batch_rows.lock(self.session, [row.id for row, _, _ in entries], self.holder)
        }
        self.opened = time.monotonic()
        entries = [entry for entry in entries if entry[0].id in still]
        link_ahead.expect(self.session, settling.records_of(ready for _, _, ready in entries), self.secret)
        link_ahead.lock_expected(self.session)
        return entries

    def settle_all(self, entries: list[Waiting]) -> None:
        """Store `entries` in the open transaction; one waiting for a placement or put off is kept for
        `store_waiting`."""
        for row, read, ready in entries:
            done = settling.settle(
                self.session, self.outcomes, row, read, ready, self.actor, self.careful, True
            )
            if done in (settling.WAITING, settling.PUT_OFF):  # both tried again after a commit
                self.waiting_for.append((row, read, ready))
            elif done == settling.CRASHED:
                self.crashed.append(row.id)

    def store_put_off(self) -> None:
        """Those put off for a citizen another worker held: stored now, once its batch has committed."""
        if self.put_off:
            self.settle_all(
                self.locked_again([(row, read, self.mapped[row.id]) for row, read in self.put_off])
            )

    def store_waiting(self) -> None:
        """Those waiting for a placement, once more after the batch's other documents (which may hold it):
        files are sent in any order, the grant before its placement as often as after. Another worker's
        batch may hold it, not yet committed, and wait for a citizen's lock this transaction holds: what
        is stored is committed first, so that batch goes on, and the waiting documents' citizens are
        locked again in order, which waits for its commit.

        A document put off again (a citizen of a row further on, held elsewhere) goes round once more;
        each round locks at least one citizen more, so it ends."""
        while self.waiting_for:
            self.waiting_for = self._last_try(self.locked_again(self.waiting_for))

    def _last_try(self, entries: list[Waiting]) -> list[Waiting]:
        """Store `entries`, locked again; those put off again, to go round once more. One still without
        a placement waits for a submission of its sender that could hold it, while one is not final,
        rather than being rejected (`awaiting`); asked before the last try."""
        others = awaiting.Others(self.session, [row for row, _, _ in entries])
        again: list[Waiting] = []
        for row, read, ready in entries:
            done = settling.settle(
                self.session, self.outcomes, row, read, ready, self.actor, self.careful, others.may_wait
            )
            if done == settling.WAITING:
                awaiting.hold(row, others.now)
            elif done == settling.CRASHED:
                self.crashed.append(row.id)
            elif done == settling.PUT_OFF:
                again.append((row, read, ready))
        return again


def _citizen(ready: settling.Ready, secret: str) -> str | None:
    """The key of the citizen a mapped document links (None: it links none)."""
    records = settling.records_of([ready])
    return link_ahead.pair_of(records[0], secret)[0] if records else None


def _commit(session: Session, outcomes: Outcomes) -> None:
    """Write the outcomes noted and the placements' summaries (one that fails does not undo the
    documents), and commit."""
    outcomes.write(session)
    dashboard_refresh.refresh_marked(session, tolerant=True)
    leases.refresh(session)  # rows let go with a lease that runs on, if a renewal had to skip them
    session.commit()
