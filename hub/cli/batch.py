"""`hub ingest` of many files: stored a hundred at a time in one transaction, each file with its own
outcome, then queued in batch jobs, so that a server that is down costs the files it must, says so once
per file, and never drops the rest of the batch.

A file goes through two servers: the database (and blob store) keeps it, the job queue (Redis) gets it
processed. With the queue down a stored file is *kept*: its submission stays `received`, and sending
the same bytes again or `hub requeue` queues it once the queue is back. With the database down nothing
can be kept: the file is *not stored*, and the user is told to send it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from hub import interrupts
from hub.adapters.readers.sniff import sniff_format
from hub.cli import batch_files
from hub.cli.batch_files import KEPT, NOT_STORED, REFUSED, FileOutcome
from hub.cli.common import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_NOT_FINISHED, EXIT_OK, EXIT_UNAVAILABLE
from hub.errors import FieldProblem, HubError, Rejection
from hub.extensions import db
from hub.logsetup import frames
from hub.models import NOT_FINAL_STATES, Submission
from hub.models.base import utcnow
from hub.server_lost import DATABASE_DOWN
from hub.services import ingest
from hub.storage import StoreUnwritable

log = logging.getLogger("hub.cli")
# Submissions no longer `received`: their batch was queued (and maybe worked) before Redis went away.
_QUEUED = select(Submission.id).where(Submission.status != "received")

# Files stored in one transaction (`ingest.submit_many`): few commits, and bytes in memory bounded.
PER_TRANSACTION = 100


@dataclass
class Batch:
    """The files of one `hub ingest` and which servers turned out to be down while sending them."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    database_down: bool = False
    queue_down: bool = False
    # Why the document store refused the files (its disk full ...), in English and Danish; empty: it did not.
    store_down: tuple[str, str] = ("", "")
    unread: int = 0  # paths given not yet read (Ctrl-C before their turn: not sent)


def send(
    files: tuple[Path, ...],
    municipality: str | None,
    agreement_id: str | None,
    batch: Batch | None = None,
    stored: Callable[[int], None] | None = None,
) -> Batch:
    """Store and queue every file it can; never stop at the first failure. `batch`, when given, is
    filled as the files go, so that a Ctrl-C part way leaves it saying which files were stored;
    `stored`, when given, is told how many of `files` are behind after each transaction."""
    batch = batch if batch is not None else Batch()
    batch.unread = len(files)
    for start in range(0, len(files), PER_TRANSACTION):
        interrupts.check()
        outcomes: list[FileOutcome] = []
        for path in files[start : start + PER_TRANSACTION]:
            found = batch_files.expand(path)  # may block: a pipe, a slow disk
            outcomes.extend(found)
            batch.outcomes.extend(found)
            batch.unread -= 1
        began = utcnow()
        try:
            _store(outcomes, municipality, agreement_id)
        except (*DATABASE_DOWN, StoreUnwritable) as exc:
            log.debug("files not stored together: %s", frames(exc))
            db.session.rollback()
            # Each file its own try: a database back by now keeps what it can, and a disk with room for
            # the smaller files keeps those; each file says what happened to it.
            ours: set[int] = set()  # submissions the failed try made, each told as new to one file
            for outcome in outcomes:
                try:
                    _store([outcome], municipality, agreement_id)
                    _stored_by_the_failed_try(outcome, began, ours)
                except (*DATABASE_DOWN, StoreUnwritable) as lost:
                    log.debug("%s not stored: %s", outcome.path, frames(lost))
                    db.session.rollback()
                    outcome.state = NOT_STORED
                    if isinstance(lost, StoreUnwritable):
                        outcome.not_stored_why = batch.store_down = (lost.reason, lost.reason_da)
                    else:
                        batch.database_down = True
        if stored is not None:
            stored(len(files) - batch.unread)
    waiting = [o for o in batch.outcomes if o.submitted is not None and o.submitted.needs_queueing]
    # The same bytes as a submission still waiting: its job may have gone with the process that held it.
    again = [o for o in batch.outcomes if o.submitted is not None and o.submitted.may_be_lost]
    _queue(batch, waiting, again)
    return batch


def _stored_by_the_failed_try(outcome: FileOutcome, began: datetime, ours: set[int]) -> None:
    """The batch's commit may have gone through before the connection failed: a file found stored under
    its own name since the batch began was stored by this batch, not sent before (the first file of
    those bytes; a copy in the same batch is still the same bytes again)."""
    submitted = outcome.submitted
    if submitted is None or not submitted.duplicate or submitted.submission_id in ours:
        return
    found = db.session.execute(
        select(Submission.created_at, Submission.filename).where(Submission.id == submitted.submission_id)
    ).one_or_none()
    # End the read's transaction (services commit what they write; this only read).
    db.session.rollback()
    if found is not None and found.created_at >= began and found.filename == outcome.kept_as:
        outcome.submitted = replace(submitted, duplicate=False)
        ours.add(submitted.submission_id)


def _store(outcomes: list[FileOutcome], municipality: str | None, agreement_id: str | None) -> None:
    """Submit these files in one transaction (`ingest.submit_many`) and note each one's outcome."""
    try:
        party = ingest.party_of(db.session, municipality, agreement_id)
    except HubError as exc:
        # No such agreement or municipality: every file is refused for the same reason.
        db.session.rollback()
        for outcome in outcomes:
            outcome.state = REFUSED
            outcome.problems = [FieldProblem(exc.message, exc.message_da, file=outcome.path.name)]
        return
    for outcome in outcomes:
        if outcome.refused_zip:
            batch_files.note_refused(db.session, party, outcome.sent_name, outcome.refused_zip)
            outcome.refused_zip = ""  # noted once, though the database may fail the files after it
    readable = [o for o in outcomes if o.state != REFUSED and (o.loaded or batch_files.read(o))]
    readable = [o for o in readable if _of_a_known_type(o, party)]
    items = [ingest.Item(o.data, o.sent_name) for o in readable]
    # Ctrl-C waits for the commit and for each file's outcome to be noted (a transaction of inserts, far
    # under a second): a file is then either stored and counted so, or not stored (`ingest_stopped`).
    with interrupts.deferred():
        results = ingest.submit_many(db.session, party, items, "cli", "cli")
        for outcome, result in zip(readable, results, strict=True):
            if isinstance(result, Rejection):
                outcome.state, outcome.problems = REFUSED, result.problems
            else:
                outcome.submitted = result
            outcome.data = b""  # stored: the bytes need not stay in memory


def _of_a_known_type(outcome: FileOutcome, party: ingest.Submitter) -> bool:
    """Whether the file is of a type the hub reads; an empty file, an old .xls or an image is refused
    before anything is stored, as the upload page refuses it."""
    try:
        sniff_format(outcome.data, outcome.sent_name)
    except Rejection as exc:
        outcome.state, outcome.problems, outcome.data = REFUSED, exc.problems, b""
        batch_files.note_refused(db.session, party, outcome.sent_name, exc.code)
        return False
    return True


def _queue(batch: Batch, waiting: list[FileOutcome], again: list[FileOutcome]) -> None:
    """Queue the stored files in batch jobs of `BATCH_SIZE` (`jobs.enqueue_submissions`), and again
    those sent before whose job is gone (`lost_work.queue_lost`)."""
    # Imported when files are queued: the job queue's libraries (rq, redis) are not `hub ingest --help`'s.
    from redis.exceptions import RedisError  # noqa: PLC0415

    from hub.jobs import enqueue_submissions  # noqa: PLC0415
    from hub.lost_work import queue_lost  # noqa: PLC0415

    # Each submission's files: a copy sent in the same call is the same submission, and every one of
    # its files must be told "kept" (one left out would be waited for, though no job holds it).
    ids: dict[int, list[FileOutcome]] = {}
    for o in waiting:
        if o.submitted is not None:
            ids.setdefault(o.submitted.submission_id, []).append(o)
    try:
        enqueue_submissions(list(ids))
        queue_lost([o.submitted.submission_id for o in again if o.submitted is not None], "cli")
    except RedisError as exc:
        log.debug("files not queued: %s", frames(exc))
        batch.queue_down = True
        # A batch queued before Redis went away is processed; the files of the others are kept.
        db.session.rollback()
        queued = {row_id for (row_id,) in db.session.execute(_QUEUED.where(Submission.id.in_(ids)))}
        db.session.rollback()  # a read only: end its transaction
        for submission_id, outcomes in ids.items():
            if submission_id not in queued:
                for outcome in outcomes:
                    outcome.state = KEPT
    except DATABASE_DOWN as exc:
        # Queued, but noting the job on the submissions failed: the workers still find them.
        log.debug("files queued, job not noted: %s", frames(exc))
        db.session.rollback()
        batch.database_down = True


def exit_code(batch: Batch, statuses: list[str | None]) -> int:
    """The command's exit code: a server down outranks bad input, which outranks work not yet finished.

    `statuses` holds each stored file's submission status as read at the end (None: could not be read,
    which with every file stored and queued is work not known to be finished).
    """
    if batch.database_down or batch.queue_down or batch.store_down[0]:
        return EXIT_UNAVAILABLE
    if any(o.state == REFUSED for o in batch.outcomes) or {"rejected", "partial"} & set(statuses):
        return EXIT_BAD_INPUT
    if "failed" in statuses:
        return EXIT_FAILED
    # None: stored and queued, its outcome unread (the database did not answer): a worker finishes it.
    if {*NOT_FINAL_STATES, None} & set(statuses):
        return EXIT_NOT_FINISHED
    return EXIT_OK
