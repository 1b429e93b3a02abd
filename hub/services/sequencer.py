"""The sequencer: moves audit entries from the inbox into the Merkle tree and signs a checkpoint.

One sequencer works at a time across all machines: on PostgreSQL each batch takes a transaction-level
advisory try-lock and gives way at once when another holds it; on SQLite every transaction already
takes the one write lock (`BEGIN IMMEDIATE`). A batch takes the oldest entries of the inbox in id order
(an entry whose transaction commits late simply comes after entries integrated before it), appends their
leaves, stores every perfect subtree they complete, signs the new tree head and commits, all at once.

Nothing waits for a person: a worker runs it when its queue has run dry and every 25 jobs of a backlog
(`AfterJob`), CLI commands that append run it before they exit, and every reader of the tree runs it
first. An entry whose own run gave way to a busy sequencer is still taken: after each commit the
sequencer looks at the inbox again, without the lock, and goes on while anything is there, so the
holder that made another give way always sees what that one left (docs/decisions/0008).

What one batch writes, and the check of the stored tree against its newest checkpoint before it does,
is `audit_append`'s; this module is when a batch runs and under which lock.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from flask import Flask
from sqlalchemy import exists, select, text
from sqlalchemy.orm import Session

from hub.errors import HubError
from hub.extensions import db
from hub.logsetup import Both, frames
from hub.models import AuditCheckpoint, AuditPending
from hub.queue import queue
from hub.server_lost import DATABASE_DOWN
from hub.services.audit_append import append_batch
from hub.signing import Signer, signer

log = logging.getLogger(__name__)

# Any fixed 64-bit number ("HUB_SEQ1"); it names the sequencer's lock on PostgreSQL.
LOCK_KEY = 0x4855425F53455131
BATCH = 1000
MAX_BATCHES = 100
EVERY_JOBS = 25


@dataclass(frozen=True)
class Integration:
    """What one call did: entries integrated, and whether it gave way to another sequencer."""

    integrated: int
    gave_way: bool


def integrate(
    session: Session,
    key: Signer | None = None,
    batch: int = BATCH,
    max_batches: int = MAX_BATCHES,
    sign_empty: bool = False,
) -> Integration:
    """Integrate waiting entries, `batch` per signed checkpoint; commits. Raises `LogBroken` on tampering.

    Use a session of its own: every batch commits. Stops after `max_batches` so that a worker returns to
    its queue; whatever is left is taken by the next run. `sign_empty`: a log without any checkpoint
    gets one even with nothing to integrate (of size 0), for readers that need a signed head.
    """
    total = 0
    try:
        for _ in range(max_batches):
            if not _work_waiting(session, sign_empty):
                break
            if not _lock(session):
                session.rollback()
                return Integration(total, gave_way=True)
            key = key or signer()  # loaded (or made) only once there is something to sign
            total += append_batch(session, key, batch)
            session.commit()
        session.rollback()
    except BaseException:
        session.rollback()
        raise
    return Integration(total, gave_way=False)


class AfterJob:
    """The worker's after-job hook: integrate once the queue has run dry, and every `every` jobs before.

    A run costs about ten statements and a signature whatever it integrates; after every job of a
    backlog that was a sixth of an XML form's time end to end. Once the queue is empty nothing is left
    for later, so no entry waits for a person, only, in a backlog, for at most `every` jobs.
    """

    def __init__(self, every: int = EVERY_JOBS) -> None:
        self.every = every
        self.jobs = 0

    def __call__(self, app: Flask) -> None:
        """Count the job; integrate when due."""
        self.jobs += 1
        if self.jobs >= self.every or queue.state(app).queue.count == 0:
            self.jobs = 0
            integrate_quietly(app)


# What the audit log not brought up to date at a command's end means for its user: the entries wait
# in the database's inbox, committed with what they record, and whatever next integrates takes them.
NOTHING_LOST = (
    "no entry is lost: each is kept in the database with what it records, and the next hub command or "
    "worker that reaches the database adds it",
    "ingen post går tabt: hver er gemt i databasen sammen med det, den handler om, og den næste "
    "hub-kommando eller worker, der når databasen, tilføjer den",
)
# Why, as the other lines of a server down say it (`hub ingest`: "the database cannot be reached").
DATABASE_AWAY = ("the database cannot be reached", "databasen kan ikke nås")
UNEXPECTED = (
    "an unexpected error (HUB_LOG_LEVEL=DEBUG shows it)",
    "en uventet fejl (HUB_LOG_LEVEL=DEBUG viser den)",
)


@dataclass(frozen=True)
class Sealed:
    """Whether `integrate_quietly` brought the log up to date (its truth); when not, whether because the
    database could not be reached: a command then exits as for any server down (4), not 1."""

    done: bool
    database_down: bool = False

    def __bool__(self) -> bool:
        return self.done


def integrate_quietly(app: Flask) -> Sealed:
    """Integrate with a session of its own, logging instead of raising (after a job, at a command's end);
    whether it did (false: the entries wait in the inbox, and the error is logged)."""
    with app.app_context():
        session = db.state(app).sessions()
        try:
            integrate(session)
            return Sealed(True)
        except HubError as exc:
            # A command's end shows ERROR lines to the person at the terminal: in English and Danish,
            # one line each, as `app.create_app_or_exit` logs a setting it cannot start with.
            log.error(
                Both(
                    f"the audit log is not brought up to date: {exc.message}",
                    f"revisionsloggen er ikke ajourført: {exc.message_da}",
                )
            )
        except Exception as exc:
            # A server down, or a fault: said as what it means for the person at the terminal (what is
            # kept, what happens next), never an exception's class (`OperationalError`), which says
            # nothing to them; the class and its frames are at debug level.
            why = DATABASE_AWAY if isinstance(exc, DATABASE_DOWN) else UNEXPECTED
            log.error(
                Both(
                    f"the audit log is not brought up to date: {why[0]}; {NOTHING_LOST[0]}",
                    f"revisionsloggen er ikke ajourført: {why[1]}; {NOTHING_LOST[1]}",
                )
            )
            log.debug("audit log integration failed: %s", frames(exc))
            return Sealed(False, database_down=why is DATABASE_AWAY)
        finally:
            session.close()
    return Sealed(False)


def _work_waiting(session: Session, sign_empty: bool) -> bool:
    if session.scalar(select(exists().select_from(AuditPending))):
        return True
    return sign_empty and not session.scalar(select(exists().select_from(AuditCheckpoint)))


def _lock(session: Session) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return True  # SQLite: this transaction began with BEGIN IMMEDIATE and holds the only write lock.
    return bool(session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": LOCK_KEY}))
