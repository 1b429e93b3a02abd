"""Append to the audit log. Callers commit; nothing here does.

An append is two INSERTs in the caller's transaction (the entry and its row in the sequencer's inbox):
no lock and no read of the newest entry, so workers on many machines append at once. The sequencer
(`hub.services.sequencer`) later gives the entry its place in the Merkle tree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hub.models import AuditEvent, AuditPending
from hub.models.base import utcnow


def append(session: Session, actor: str, action: str, subject: str, detail: dict[str, Any]) -> AuditEvent:
    """Add one entry to the caller's transaction. `detail` must hold no CPR number.

    The entry's id is given when the session flushes; a rolled-back transaction or savepoint takes the
    entry with it, inbox row and all.
    """
    event = AuditEvent(
        # The leaf data keeps whole seconds; store what it covers, so that the row and the leaf agree.
        occurred_at=utcnow().replace(microsecond=0),
        actor=actor,
        action=action,
        subject=subject,
        detail=detail,
    )
    session.add(event)
    session.add(AuditPending(event=event))
    return event
