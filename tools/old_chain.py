"""The audit log's append as it was before the Merkle log (a hash chain under one global lock).

Kept only so that `make bench` can measure the new log beside it; nothing in `hub/` uses it. It writes
to a table of its own, `bench_chain_events`, which `create_table` makes in the bench's database.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Engine, MetaData, String, inspect, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

GENESIS = "0" * 64
AUDIT_LOCK_KEY = 0x4855425F41554454
_LAST_APPENDED = "tools.old_chain.last_appended"


class _Base(DeclarativeBase):
    metadata = MetaData()
    type_annotation_map = {dict[str, Any]: JSON, datetime: DateTime(timezone=True)}


class ChainEvent(_Base):
    """One entry of the old chain; `prev_hash` unique, so the chain cannot fork."""

    __tablename__ = "bench_chain_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(200), index=True)
    detail: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


def create_table(engine: Engine) -> None:
    """Make the chain's table (empty)."""
    _Base.metadata.drop_all(engine)
    _Base.metadata.create_all(engine)


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat()


def _digest(prev_hash: str, event: ChainEvent) -> str:
    body = json.dumps(
        [prev_hash, _stamp(event.occurred_at), event.actor, event.action, event.subject, event.detail],
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(body.encode()).hexdigest()


def append(session: Session, actor: str, action: str, subject: str, detail: dict[str, Any]) -> ChainEvent:
    """The old `hub.services.audit.append`: take the global lock, read the newest hash, chain onto it."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    prev_hash = _last_hash(session)
    event = ChainEvent(
        occurred_at=datetime.now(UTC).replace(microsecond=0),
        actor=actor,
        action=action,
        subject=subject,
        detail=detail,
    )
    event.prev_hash = prev_hash
    event.hash = _digest(prev_hash, event)
    session.add(event)
    session.flush()
    session.info[_LAST_APPENDED] = (session.get_transaction(), event)
    return event


def _last_hash(session: Session) -> str:
    cached = session.info.get(_LAST_APPENDED)
    if cached is not None:
        transaction, event = cached
        if transaction is session.get_transaction() and inspect(event).persistent:
            return str(event.hash)
    last = session.scalars(select(ChainEvent).order_by(ChainEvent.id.desc()).limit(1)).first()
    return last.hash if last else GENESIS


def count_and_check(session: Session) -> tuple[int, bool]:
    """How many entries the chain holds, and whether every link holds."""
    prev_hash, count = GENESIS, 0
    for event in session.scalars(select(ChainEvent).order_by(ChainEvent.id)):
        if event.prev_hash != prev_hash or event.hash != _digest(prev_hash, event):
            return count, False
        prev_hash, count = event.hash, count + 1
    return count, True
