"""Processing submissions in batches: one claim, one lease, one outcome transaction for many documents.

A batch (one rq job, `jobs.process_batch`) runs in three steps:

1. **Claim** every claimable submission of the batch in one UPDATE (status `processing` under a lease
   held by this worker) and commit, noting which rows it got (`RETURNING`).
2. **Read** the claimed documents (the PDF sandbox, or the extraction an earlier run kept) on reading
   threads, which touch no database, while step 3 runs: the readers work on the next documents while
   the worker stores the ones already read (`batch_reads`).
3. **Outcome** (`batch_outcome`): one transaction that first locks the rows this worker still holds
   (`FOR UPDATE` on PostgreSQL, the write lock on SQLite) and drops the rest (another worker took them
   after the lease ran out: decision 0028), then stores each document, in order and once it is read, and
   commits once. Once, that is, while the reads keep up: a read that keeps it waiting over
   `STALL_SECONDS` makes it commit what it has stored and lock the rest again once read, so that no lock
   is held while a hostile PDF runs its reader to the time limit, and a batch that outlives its job
   keeps what it stored.
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

from collections.abc import Sequence

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from hub import interrupts
from hub.errors import ProcessingFailed
from hub.models import Submission
from hub.services import batch_outcome, batch_reads, giving_back, leases
from hub.services.id_lists import among

# The states a worker may take a submission from; `failed` may be tried again (say, after a fix).
CLAIMABLE = ("received", "queued", "failed")


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
                        failed = batch_outcome.store_batch(session, claimed, reads, holder, actor)
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
