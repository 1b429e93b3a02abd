"""Append to and check the hash-chained audit log. Callers commit; nothing here does."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from hub.models import GENESIS, AuditEvent
from hub.models.base import utcnow

# Any fixed 64-bit number; it names the lock that serialises appends to the chain on PostgreSQL.
AUDIT_LOCK_KEY = 0x4855425F41554454
# session.info key: (the transaction, the event it appended last); see `_last_hash`.
_LAST_APPENDED = "hub.audit.last_appended"


def _stamp(moment: datetime) -> str:
    # SQLite hands timestamps back without their zone; hash the UTC wall time so both backends agree.
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat()


def _digest(prev_hash: str, event: AuditEvent) -> str:
    body = json.dumps(
        [prev_hash, _stamp(event.occurred_at), event.actor, event.action, event.subject, event.detail],
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(body.encode()).hexdigest()


def append(session: Session, actor: str, action: str, subject: str, detail: dict[str, Any]) -> AuditEvent:
    """Add one event to the chain in the caller's transaction. `detail` must hold no CPR number."""
    if session.get_bind().dialect.name == "postgresql":
        # Workers on several machines append at once: take turns, until this transaction ends, so that
        # each reads the newest hash. (SQLite has one writer at a time already.)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    prev_hash = _last_hash(session)
    event = AuditEvent(
        occurred_at=utcnow().replace(microsecond=0),
        actor=actor,
        action=action,
        subject=subject,
        detail=detail,
    )
    event.prev_hash = prev_hash
    event.hash = _digest(prev_hash, event)
    session.add(event)
    # Flush now: the unique prev_hash makes a concurrent append fail here, not silently fork the chain.
    session.flush()
    session.info[_LAST_APPENDED] = (session.get_transaction(), event)
    return event


def _last_hash(session: Session) -> str:
    """The hash of the newest event, without a SELECT when this transaction appended the newest."""
    # Once a transaction has appended, no one else can until it ends (PostgreSQL: the advisory lock;
    # SQLite: the write lock its INSERT took), so its own last event is still the newest. Unless a
    # savepoint was rolled back since: then the event is no longer persistent and the database decides.
    cached = session.info.get(_LAST_APPENDED)
    if cached is not None:
        transaction, event = cached
        if transaction is session.get_transaction() and inspect(event).persistent:
            return str(event.hash)
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    return last.hash if last else GENESIS


def verify(session: Session) -> int | None:
    """Check the whole chain; return the id of the first broken event, or None when it is intact."""
    prev_hash = GENESIS
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if event.prev_hash != prev_hash or event.hash != _digest(prev_hash, event):
            return event.id
        prev_hash = event.hash
    return None
