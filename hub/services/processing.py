"""Processing submissions in batches: one claim, one lease, one outcome transaction for many documents.

A batch (one rq job, `jobs.process_batch`) runs in three steps:

1. **Claim** every claimable submission of the batch in one UPDATE (status `processing` under a lease
   held by this worker) and commit, noting which rows it got (`RETURNING`).
2. **Read** the claimed documents (the PDF sandbox, or the extraction an earlier run kept) on reading
   threads, which touch no database, while step 3 runs: the readers work on the next documents while
   the worker stores the ones already read.
3. **Outcome**: one transaction that first locks the rows this worker still holds (`FOR UPDATE` on
   PostgreSQL, the write lock on SQLite) and drops the rest (another worker took them after the lease
   ran out: decision 0028), then stores each document, in order and once it is read, in a SAVEPOINT of
   its own, so that a rejected or crashing document is rolled back alone and its neighbours are kept,
   and commits once.

The lease is renewed for the whole batch by one thread (`leases.kept`), one UPDATE per renewal.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, joinedload

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract, sandbox
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, ProcessingFailed, Rejection
from hub.extensions import blobs
from hub.models import Document, Submission
from hub.services import audit, dashboard_refresh, documents, leases, normalise
from hub.services.backoff import is_transient
from hub.services.outcome import Outcomes, Settled

log = logging.getLogger(__name__)

# The states a worker may take a submission from; `failed` may be tried again (say, after a fix).
CLAIMABLE = ("received", "queued", "failed")


@dataclass
class _Read:
    """One claimed document as read before the outcome transaction."""

    data: bytes | None = None
    extraction: Extraction | None = None
    error: Exception | None = None  # reading failed: a Rejection (unreadable) or a crash


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
    claimed = claim(session, ids, holder, lease_seconds)
    failed: list[int] = []
    if claimed:
        with leases.kept(session, claimed, holder, lease_seconds):
            try:
                with _reading(session, claimed) as reads:
                    failed = _outcomes(session, claimed, reads, holder, actor)
            except BaseException:
                # Before the renewal thread is joined: on PostgreSQL it may be waiting for the row locks
                # of this (failed) transaction, which only a rollback gives up.
                _rollback(session)
                raise
    query = select(Submission.id, Submission.status).where(Submission.id.in_(ids))
    statuses = {submission_id: status for submission_id, status in session.execute(query)}
    session.commit()
    if failed:
        raise ProcessingFailed(f"submission(s) {', '.join(map(str, failed))} failed; see their status")
    return statuses


def _rollback(session: Session) -> None:
    try:
        session.rollback()
    except Exception as exc:  # the connection is gone, and its locks with it
        log.debug("rollback after a failed batch failed with %s", type(exc).__name__)


def claim(session: Session, ids: Sequence[int], holder: str, lease_seconds: float) -> list[int]:
    """Claim the claimable submissions of `ids` in one UPDATE and commit; the ids it got.

    Of two runs of the same batch at once, each row goes to one. Rows this holder already has
    `processing` are taken again: a batch retried after a lost connection continues its own work."""
    session.expire_all()  # another process may have moved these on since this session read them
    mine = (Submission.status == "processing") & (Submission.leased_by == holder)
    result = session.execute(
        update(Submission)
        .where(Submission.id.in_(ids), or_(Submission.status.in_(CLAIMABLE), mine))
        .values(status="processing", lease_until=leases.until(lease_seconds), leased_by=holder)
        .returning(Submission.id)
        .execution_options(synchronize_session=False)
    )
    claimed = sorted(result.scalars())
    session.commit()
    return claimed


@contextmanager
def _reading(session: Session, claimed: list[int]) -> Iterator[dict[int, Future[_Read]]]:
    """Start reading every claimed document (or taking the extraction an earlier run kept): one SELECT,
    then the readers work while the caller stores the documents already read, in order."""
    found = session.execute(
        select(Submission.id, Submission.document_sha256, Submission.filename, Document.extraction)
        .join(Document, Document.sha256 == Submission.document_sha256)
        .where(Submission.id.in_(claimed))
        .order_by(Submission.id)
    ).all()
    session.commit()
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    # The PDF sandbox keeps a pool of reader processes: a batch keeps all of them busy, so that one
    # worker reads on every core the pool has (the other formats' readers are thread-safe too), and
    # stores the first documents while the readers work on the next (decision 0034).
    with ThreadPoolExecutor(max_workers=sandbox.MAX_WORKERS) as pool:
        reads = {row[0]: pool.submit(_read_one, app, *row[1:]) for row in found}
        try:
            yield reads
        finally:
            for read in reads.values():
                read.cancel()  # the batch ended early (it failed): the reads not begun are not needed


def _read(future: Future[_Read]) -> _Read:
    """A document's read, once done; a server that failed while reading fails the batch (tried again)."""
    read = future.result()
    if read.error is not None and is_transient(read.error):
        raise read.error
    return read


def _read_one(app: Flask, sha: str, filename: str, kept: dict[str, Any] | None) -> _Read:
    """One document's bytes and its extraction (the kept one, or read now), or why it could not be read."""
    read = _Read()
    try:
        with app.app_context():  # the blob store is the app's; a reading thread has no context of its own
            read.data = blobs.store.get(sha)
            read.extraction = (
                Extraction.from_dict(kept) if kept is not None else extract(read.data, filename, READ_OPTIONS)
            )
    except Exception as exc:
        read.error = exc
    return read


def _outcomes(
    session: Session, claimed: list[int], reads: dict[int, Future[_Read]], holder: str, actor: str
) -> list[int]:
    """Store every document this worker still holds, each in a savepoint, and commit once; the ids of
    those that crashed."""
    # Locked first: from here to the commit nobody can take these rows over, and a row another worker
    # took after our lease ran out is not among them (its outcome is that worker's, never a second one).
    held = (
        session.scalars(
            select(Submission)
            .options(joinedload(Submission.document))
            .where(
                Submission.id.in_(claimed),
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
    for lost in sorted(set(claimed) - {row.id for row in held}):
        log.warning("submission %s: taken over by another worker after this one's lease ran out", lost)
    outcomes = Outcomes()
    failed = [row.id for row in held if not _settle(session, outcomes, row, _read(reads[row.id]), actor)]
    outcomes.write(session)
    # The batch's placements' summaries, together; one that fails does not undo the documents.
    dashboard_refresh.refresh_marked(session, tolerant=True)
    session.commit()
    return failed


def _settle(session: Session, outcomes: Outcomes, submission: Submission, read: _Read, actor: str) -> bool:
    """Store one document in a savepoint, or note why not; False when it crashed. No commit."""
    if read.extraction is not None:
        # Kept as read whatever the outcome: noted outside the savepoint, so a rejection does not undo it.
        outcomes.keep(submission.document, read.extraction)
    try:
        if read.error is not None:
            raise read.error
        assert read.extraction is not None
        with session.begin_nested():
            settled = documents.store_document(session, submission, read.extraction, actor, read.data)
        outcomes.settle(submission, settled)
    except Rejection as exc:
        _finish(session, outcomes, submission, "rejected", actor, problems=exc.problems)
    except Exception as exc:
        if is_transient(exc):
            raise
        # The exception's text and traceback may quote document values (a CPR number): they are kept in
        # the database for the lead's eyes only; the log line and rq's failure record get the type alone.
        log.error("submission %s failed with %s", submission.id, type(exc).__name__)
        detail = "".join(traceback.format_exception(exc))
        _finish(session, outcomes, submission, "failed", actor, error=detail)
        return False
    return True


def _finish(
    session: Session,
    outcomes: Outcomes,
    submission: Submission,
    status: str,
    actor: str,
    problems: list[FieldProblem] | None = None,
    error: str | None = None,
) -> None:
    """Note a document's rejection or crash and write its one audit entry; no commit."""
    listed = [p.to_dict() for p in problems] if problems else None
    fingerprint = normalise.fingerprint_of(submission)
    outcomes.settle(submission, Settled(status, submission.form_id, listed, error, fingerprint))
    # Reasons can quote values; the audit log gets how many and where, not the values themselves.
    audit.append_at_commit(
        session,
        actor,
        f"submission.{status}",
        f"submission:{submission.id}",
        {"problems": len(problems or []), "fields": sorted({p.field for p in problems or [] if p.field})},
    )
