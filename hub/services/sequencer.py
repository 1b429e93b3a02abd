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
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from flask import Flask
from sqlalchemy import delete, exists, select, text
from sqlalchemy.orm import Session

from hub import merkle
from hub.checkpoint import Checkpoint
from hub.errors import HubError
from hub.extensions import db
from hub.logsetup import Both, frames
from hub.models import AuditCheckpoint, AuditEvent, AuditLeaf, AuditNode, AuditPending
from hub.models.base import table_of
from hub.queue import queue
from hub.server_lost import DATABASE_DOWN
from hub.services import bulk
from hub.services.audit_checkpoints import LogBroken, newest_checkpoint, opened
from hub.services.audit_tree import fetch_nodes
from hub.services.id_lists import among
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
            total += _batch(session, key, batch)
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


def _batch(session: Session, key: Signer, batch: int) -> int:
    """Integrate up to `batch` entries and sign the new head, in the current transaction."""
    waiting = select(AuditEvent).join(AuditPending, AuditPending.event_id == AuditEvent.id)
    events = session.scalars(waiting.order_by(AuditEvent.id).limit(batch)).all()
    ids = [event.id for event in events]
    head = newest_checkpoint(session)
    if not ids and head is not None:
        return 0  # another sequencer took them between our look and our lock
    edge = _edge(session, key, head)
    leaves: list[dict[str, int]] = []
    nodes: list[dict[str, int | str]] = []
    for event in events:
        leaves.append({"position": edge.size, "event_id": event.id})
        made = edge.append(merkle.leaf_hash(event.leaf_data()))
        nodes.extend({"level": level, "idx": idx, "hash": digest.hex()} for level, idx, digest in made)
    if events:
        # A thousand leaves and about as many nodes a batch: one COPY each on PostgreSQL (decision 0036),
        # where an executemany bound and ran every row as a statement of its own.
        connection = session.connection()
        bulk.insert_rows(connection, table_of(AuditLeaf), leaves)
        bulk.insert_rows(connection, table_of(AuditNode), nodes)
        session.execute(delete(AuditPending).where(among(session, AuditPending.event_id, ids)))
    checkpoint = Checkpoint(key.origin, edge.size, edge.root())
    session.add(
        AuditCheckpoint(tree_size=checkpoint.size, root_hash=checkpoint.root.hex(), note=key.sign(checkpoint))
    )
    return len(events)


def _edge(session: Session, key: Signer, head: AuditCheckpoint | None) -> merkle.CompactRange:
    """The tree's right edge, checked against the newest signed checkpoint before anything is added."""
    if head is None:
        if session.scalar(select(exists().select_from(AuditLeaf))):
            raise LogBroken(
                "the tree has leaves but no checkpoint: its checkpoints were removed",
                "træet har blade men intet kontrolpunkt: dets kontrolpunkter er fjernet",
            )
        return merkle.CompactRange()
    checkpoint = opened(key, head)
    coords = merkle.perfect_nodes(0, checkpoint.size)
    stored = fetch_nodes(session, coords)
    edge = merkle.CompactRange(checkpoint.size, [stored.get(c, b"") for c in coords])
    beyond = session.scalar(select(exists().where(AuditLeaf.position >= checkpoint.size)))
    if edge.root() != checkpoint.root or beyond:
        # Never sign on top of a tree that differs from what was signed: `hub audit verify` says where.
        raise LogBroken(
            f"the stored tree does not end where the newest checkpoint (size {checkpoint.size}) says: "
            "it was altered; run `hub audit verify`",
            f"det gemte træ ender ikke der, hvor det nyeste kontrolpunkt (størrelse {checkpoint.size}) "
            "siger: det er ændret; kør `hub audit verify`",
        )
    return edge
