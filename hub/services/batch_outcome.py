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
    opened: float | None = time.monotonic()
    outcomes = Outcomes()
    crashed: list[int] = []  # crashed in the transaction open now
    waiting_for: list[Waiting] = []  # no placement, yet
    put_off: list[tuple[Submission, batch_reads.Read]] = []  # their citizen another worker held
    busy: set[str | None] = set()  # those citizens' keys
    secret = str(current_app.config["PSEUDONYM_KEY"])
    # Each document's mapping, kept across an early commit: a run locked again after another worker
    # held one of its citizens is not mapped again (stop 49: a third of a two-worker drain's mappings).
    mapped: dict[int, settling.Ready] = {}
    citizens: dict[int, str | None] = {}  # the key of the citizen each mapped document links
    with link_ahead.knowing(session) as known:

        def commit_early() -> None:
            nonlocal opened
            _commit(session, outcomes)
            failed.extend(crashed)
            crashed.clear()
            known.committed()  # the citizens' locks went with the transaction
            opened = None

        def waiting(read: Future[batch_reads.Read]) -> None:
            if opened is not None:
                wait([read], timeout=max(0.0, STALL_SECONDS - (time.monotonic() - opened)))
                if not read.done():
                    commit_early()

        def still_held(run: list[tuple[Submission, batch_reads.Read]]) -> dict[int, settling.Ready]:
            """The run's rows locked again after a commit; each one's mapped document, its citizen
            locked (`link_ahead.take_expected`). A document whose citizen another worker holds is put
            off to the batch's end, with every later one about that citizen (stored in their order)."""
            nonlocal opened
            if opened is None:
                kept = {row.id for row in batch_rows.lock(session, [row.id for row, _ in run], holder)}
                run[:] = [(row, read) for row, read in run if row.id in kept]
                opened = time.monotonic()
            # Mapped before any is stored, so that their citizens are locked and read for all at once.
            for row, read in run:
                if row.id not in mapped:
                    mapped[row.id] = settling.prepare(row, read)
                    citizens[row.id] = _citizen(mapped[row.id], secret)
            free = [mapped[row.id] for row, _ in run if citizens[row.id] not in busy]
            link_ahead.expect(session, settling.records_of(free), secret)
            busy.update(link_ahead.take_expected(session))
            put_off.extend(entry for entry in run if citizens[entry[0].id] in busy)
            run[:] = [entry for entry in run if citizens[entry[0].id] not in busy]
            return {row.id: mapped[row.id] for row, _ in run}

        def locked_again(entries: list[Waiting]) -> list[Waiting]:
            """After a commit: those of `entries` this holder still holds, their rows and citizens locked
            in a transaction of its own, where every citizen is waited for, in order."""
            nonlocal opened
            if opened is not None:
                commit_early()
            still = {row.id for row in batch_rows.lock(session, [row.id for row, _, _ in entries], holder)}
            opened = time.monotonic()
            entries = [entry for entry in entries if entry[0].id in still]
            link_ahead.expect(session, settling.records_of(ready for _, _, ready in entries), secret)
            link_ahead.lock_expected(session)
            return entries

        def settle_all(entries: list[Waiting]) -> None:
            for row, read, ready in entries:
                done = settling.settle(session, outcomes, row, read, ready, actor, careful, True)
                if done in (settling.WAITING, settling.PUT_OFF):  # both tried again after a commit
                    waiting_for.append((row, read, ready))
                elif done == settling.CRASHED:
                    crashed.append(row.id)

        for run in batch_reads.runs(held, reads, waiting):
            prepared = still_held(run)
            settle_all([(row, read, prepared[row.id]) for row, read in run])
        # Put off for a citizen another worker held: stored now, once its batch has committed.
        if put_off:
            settle_all(locked_again([(row, read, mapped[row.id]) for row, read in put_off]))
        # Those waiting for a placement, once more after the batch's other documents (which may hold it):
        # files are sent in any order, the grant before its placement as often as after. Another
        # worker's batch may hold it, not yet committed, and wait for a citizen's lock this transaction
        # holds: what is stored is committed first, so that batch goes on, and the waiting documents'
        # citizens are locked again in order, which waits for its commit.
        # A document put off again (a citizen of a row further on, held elsewhere) goes round once more;
        # each round locks at least one citizen more, so it ends.
        while waiting_for:
            waiting_for = locked_again(waiting_for)
            # Still without a placement: it waits for a submission of its sender that could hold it,
            # while one is not final, rather than being rejected (`awaiting`); asked before the last try.
            others = awaiting.Others(session, [row for row, _, _ in waiting_for])
            again: list[Waiting] = []
            for row, read, ready in waiting_for:
                done = settling.settle(session, outcomes, row, read, ready, actor, careful, others.may_wait)
                if done == settling.WAITING:
                    awaiting.hold(row, others.now)
                elif done == settling.CRASHED:
                    crashed.append(row.id)
                elif done == settling.PUT_OFF:
                    again.append((row, read, ready))
            waiting_for = again
    _commit(session, outcomes)
    failed.extend(crashed)


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
