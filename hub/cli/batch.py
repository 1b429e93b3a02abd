"""`hub ingest` of many files: each file stored and queued on its own, so that a server that is down
costs the files it must, says so once per file, and never drops the rest of the batch.

A file goes through two servers: the database (and blob store) keeps it, the job queue (Redis) gets it
processed. With the queue down a stored file is *kept*: its submission stays `received`, and sending
the same bytes again or `hub requeue` queues it once the queue is back. With the database down nothing
can be kept: the file is *not stored*, and the user is told to send it again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from redis.exceptions import RedisError
from sqlalchemy.exc import InterfaceError, OperationalError

from hub.cli.common import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_NOT_FINISHED, EXIT_OK, EXIT_UNAVAILABLE
from hub.errors import FieldProblem, HubError, Rejection
from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.services import ingest

log = logging.getLogger("hub.cli")

# The database cannot be reached (refused, gone mid-statement, restarting): not the file's fault.
DATABASE_DOWN = (OperationalError, InterfaceError)

NOT_STORED = "not stored"  # the database could not keep it
KEPT = "kept"  # stored, but the queue could not take it
REFUSED = "refused"  # bad input found before it was stored (bytes already sent by another party)


@dataclass
class FileOutcome:
    """What happened to one file of the batch so far."""

    path: Path
    submitted: ingest.Submitted | None = None
    state: str = ""  # NOT_STORED, KEPT, REFUSED, or "" once queued (then the submission's status says)
    problems: list[FieldProblem] = field(default_factory=list)

    @property
    def queued(self) -> bool:
        """Whether a worker will process it now."""
        return self.submitted is not None and not self.state


@dataclass
class Batch:
    """The files of one `hub ingest` and which servers turned out to be down while sending them."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    database_down: bool = False
    queue_down: bool = False


def send(files: tuple[Path, ...], municipality: str | None, agreement_id: str | None) -> Batch:
    """Store and queue every file it can; never stop at the first failure."""
    batch = Batch()
    for path in files:
        outcome = FileOutcome(path)
        batch.outcomes.append(outcome)
        try:
            outcome.submitted = _submit(path, municipality, agreement_id)
        except Rejection as exc:
            db.session.rollback()
            outcome.state, outcome.problems = REFUSED, exc.problems
            continue
        except HubError as exc:
            db.session.rollback()
            outcome.state = REFUSED
            outcome.problems = [FieldProblem(exc.message, exc.message_da, file=path.name)]
            continue
        except DATABASE_DOWN:
            log.debug("%s not stored", path, exc_info=True)
            db.session.rollback()
            outcome.state, batch.database_down = NOT_STORED, True
            continue
        if not outcome.submitted.needs_queueing:
            continue
        if batch.queue_down:
            # Found down for an earlier file of this call: do not wait on it again for every file.
            outcome.state = KEPT
            continue
        try:
            enqueue_submission(outcome.submitted.submission_id)
        except RedisError:
            log.debug("%s not queued", path, exc_info=True)
            outcome.state, batch.queue_down = KEPT, True
        except DATABASE_DOWN:
            # Queued, but noting the job on the submission failed: the worker still finds it.
            log.debug("%s queued, job not noted", path, exc_info=True)
            db.session.rollback()
            batch.database_down = True
    return batch


def _submit(path: Path, municipality: str | None, agreement_id: str | None) -> ingest.Submitted:
    data = path.read_bytes()
    if agreement_id is not None:
        return ingest.submit_company(db.session, data, path.name, agreement_id, "cli", "cli")
    return ingest.submit(db.session, data, path.name, str(municipality), "cli", "cli")


def exit_code(batch: Batch, statuses: list[str | None]) -> int:
    """The command's exit code: a server down outranks bad input, which outranks work not yet finished.

    `statuses` holds each stored file's submission status as read at the end (None: could not be read).
    """
    if batch.database_down or batch.queue_down or None in statuses:
        return EXIT_UNAVAILABLE
    if any(o.state == REFUSED for o in batch.outcomes) or {"rejected", "partial"} & set(statuses):
        return EXIT_BAD_INPUT
    if "failed" in statuses:
        return EXIT_FAILED
    if {"received", "queued", "processing"} & set(statuses):
        return EXIT_NOT_FINISHED
    return EXIT_OK
