"""Processing submissions in batches: one claim, one lease, one outcome transaction for many documents.

A batch (one rq job, `jobs.process_batch`) runs in three steps:

1. **Claim** every claimable submission of the batch in one UPDATE (status `processing` under a lease
   held by this worker) and commit, noting which rows it got (`RETURNING`).
2. **Read** the claimed documents (the PDF sandbox, or the extraction an earlier run kept) on reading
   threads, which touch no database, while step 3 runs: the readers work on the next documents while
   the worker stores the ones already read (`batch_reads`).
3. **Outcome**: one transaction that first locks the rows this worker still holds (`FOR UPDATE` on
   PostgreSQL, the write lock on SQLite) and drops the rest (another worker took them after the lease
   ran out: decision 0028), then stores each document, in order and once it is read, and commits once.
   Once, that is, while the reads keep up: a read that keeps it waiting over `STALL_SECONDS` makes it
   commit what it has stored and lock the rest again once read, so that no lock is held while a hostile
   PDF runs its reader to the time limit, and a batch that outlives its job keeps what it stored.
   A rejected or crashing document is rolled back alone and its neighbours are kept: one rejected before
   it wrote leaves nothing to roll back, and for any other the batch is stored again with each document
   in a SAVEPOINT of its own (`unguarded`, decision 0039). The documents read by then are mapped first,
   so that their citizens are locked and their placements read for all of them at once (`link_ahead`).
   A document that finds no placement is tried again at the batch's end, and then, while a submission
   that could hold it is not final, waits in the queue rather than being rejected (`awaiting`).

The lease is renewed for the whole batch by one thread (`leases.kept`), an UPDATE and a count per
renewal, which skip the rows the batch's transaction holds (their lock proves the worker alive) and
never wait for it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from concurrent.futures import Future, wait

from flask import current_app
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from hub import interrupts
from hub.errors import ProcessingFailed
from hub.models import Submission
from hub.services import (
    awaiting,
    batch_reads,
    batch_rows,
    dashboard_refresh,
    giving_back,
    leases,
    link_ahead,
    settling,
    unguarded,
)
from hub.services.id_lists import among
from hub.services.outcome import Outcomes

log = logging.getLogger(__name__)

# The states a worker may take a submission from; `failed` may be tried again (say, after a fix).
CLAIMABLE = ("received", "queued", "failed")
# How long the outcome transaction may wait for a read before it commits what it has stored.
STALL_SECONDS = 1.0
Waiting = tuple[Submission, batch_reads.Read, settling.Ready]  # a document settled later, mapped


def process_batch(
    session: Session,
    submission_ids: Sequence[int],
    actor: str = "worker",
    holder: str | None = None,
    lease_seconds: float = 30,
) -> dict[int, str]:
    """Process many submissions (safe to run twice: a finished one is left as it is); returns each
    one's status. Raises `ProcessingFailed` after committing when a document crashed (its status is
    `failed`, its neighbours are stored)."""
    holder = holder or leases.holder_name()
    ids = sorted(set(submission_ids))
    failed: list[int] = []
    claimed: list[int] = []
    try:
        # A signal during the claim is held until it is noted what was claimed, and raised here, inside
        # the `try`, so that what was claimed is given back.
        with interrupts.shielded():
            claimed = claim(session, ids, holder, lease_seconds)
        if claimed:
            with leases.kept(session, claimed, holder, lease_seconds):
                try:
                    with batch_reads.reading(session, claimed) as reads:
                        failed = _outcomes(session, claimed, reads, holder, actor)
                except BaseException:
                    # Before the renewal thread is joined: on PostgreSQL it may be waiting for the row
                    # locks of this (failed) transaction, which only a rollback gives up.
                    giving_back.quiet_rollback(session, "failed")
                    raise
    except Exception:
        raise  # a failure: the lease runs out and healing queues the work again (`jobs.process_batch`)
    except BaseException:
        # Stopped (a second Ctrl-C, a cold shutdown): the work goes back at once, not after a lease.
        if claimed:
            giving_back.give_back_at_stop(session, claimed, holder, actor)
        raise
    query = select(Submission.id, Submission.status).where(among(session, Submission.id, ids))
    statuses = {submission_id: status for submission_id, status in session.execute(query)}
    session.commit()
    if failed:
        # "submission 5 failed", "submissions 5, 7 failed": said as the count is, not "submission(s)".
        named = f"submission {failed[0]} failed; see its status" if len(failed) == 1 else None
        raise ProcessingFailed(named or f"submissions {', '.join(map(str, failed))} failed; see their status")
    return statuses


def claim(session: Session, ids: Sequence[int], holder: str, lease_seconds: float) -> list[int]:
    """Claim the claimable submissions of `ids` in one UPDATE and commit; the ids it got.

    Of two runs of the same batch at once, each row goes to one. Rows this holder already has
    `processing` are taken again: a batch retried after a lost connection continues its own work."""
    session.expire_all()  # another process may have moved these on since this session read them
    mine = (Submission.status == "processing") & (Submission.leased_by == holder)
    result = session.execute(
        update(Submission)
        .where(among(session, Submission.id, ids), or_(Submission.status.in_(CLAIMABLE), mine))
        .values(status="processing", lease_until=leases.until(lease_seconds), leased_by=holder)
        .returning(Submission.id)
        .execution_options(synchronize_session=False)
    )
    claimed = sorted(result.scalars())
    session.commit()
    return claimed


def _outcomes(
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
