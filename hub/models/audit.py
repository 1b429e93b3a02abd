"""The audit log: entries, the sequencer's inbox, and the Merkle tree the entries are sealed into.

An entry (`AuditEvent`) is written with a row in the inbox (`AuditPending`) in the business transaction:
two INSERTs, no lock, nothing read. The sequencer later gives it a position (`AuditLeaf`), stores every
perfect subtree the new leaves complete (`AuditNode`, level 0 being the leaf hashes) and signs a
checkpoint (`AuditCheckpoint`). Entries, leaves, nodes and checkpoints are only ever inserted; the inbox
is the one table rows leave. See docs/decisions/0008-merkle-audit-log.md.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hub.models.base import Base, utcnow


def stamp(moment: datetime) -> str:
    """A moment as the leaf data writes it: UTC, to the second, `2026-08-03T09:15:00Z`."""
    # SQLite hands timestamps back without their zone (they were stored as UTC): both backends agree.
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


class EntryFields(Protocol):
    """An entry's fields, as an `AuditEvent` or a row selected with its columns' names has them."""

    @property
    def id(self) -> int: ...
    @property
    def occurred_at(self) -> datetime: ...
    @property
    def actor(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def detail(self) -> dict[str, Any]: ...


def leaf_data(entry: EntryFields) -> bytes:
    """The bytes an entry's leaf hash covers: canonical JSON of every field, the id included. Of an
    `AuditEvent` or of its row as selected: the sequencer reads a batch's entries as rows, without an
    object each in the session (decision 0030, "Stop 72: store-123")."""
    body = {
        "id": entry.id,
        "occurred_at": stamp(entry.occurred_at),
        "actor": entry.actor,
        "action": entry.action,
        "subject": entry.subject,
        "detail": entry.detail,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


class AuditEvent(Base):
    """One state change or personal-data read. `detail` never holds a CPR number."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(200), index=True)
    detail: Mapped[dict[str, Any]]

    def leaf_data(self) -> bytes:
        """The bytes the entry's leaf hash covers: canonical JSON of every field, the id included."""
        return leaf_data(self)


class AuditPending(Base):
    """The sequencer's inbox: an entry not yet in the tree."""

    __tablename__ = "audit_pending"

    event_id: Mapped[int] = mapped_column(ForeignKey("audit_events.id"), primary_key=True)
    event: Mapped[AuditEvent] = relationship()


class AuditLeaf(Base):
    """An entry's position in the tree, given once by the sequencer."""

    __tablename__ = "audit_leaves"

    position: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    event_id: Mapped[int] = mapped_column(ForeignKey("audit_events.id"), unique=True)


class AuditNode(Base):
    """The hash (hex) of the perfect subtree of 2**level leaves starting at leaf `idx` * 2**level."""

    __tablename__ = "audit_nodes"

    level: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    idx: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    hash: Mapped[str] = mapped_column(String(64))


class AuditCheckpoint(Base):
    """A signed tree head: the first `tree_size` leaves have root `root_hash` (hex); `note` is signed."""

    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    tree_size: Mapped[int] = mapped_column(index=True)
    root_hash: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text)
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)
