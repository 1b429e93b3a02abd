"""Append to the audit log. Callers commit; nothing here does.

An append is two INSERTs in the caller's transaction (the entry and its row in the sequencer's inbox):
no lock and no read of the newest entry, so workers on many machines append at once. The sequencer
(`hub.services.sequencer`) later gives the entry its place in the Merkle tree.

`append_at_commit` is for a batch that stores many documents in one transaction: the entries are held
until the commit and written then, all of them in one INSERT a table (`held`); an entry held in a
savepoint that rolls back is dropped with it, as an appended one would be.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, event, insert, text
from sqlalchemy.orm import Session

from hub.models import AuditEvent, AuditPending
from hub.models.base import table_of, utcnow
from hub.services import bulk, held

LATER = held.key("audit_later")  # held items: the entries' rows


def append(session: Session, actor: str, action: str, subject: str, detail: dict[str, Any]) -> AuditEvent:
    """Add one entry to the caller's transaction. `detail` must hold no CPR number.

    The entry's id is given when the session flushes; a rolled-back transaction or savepoint takes the
    entry with it, inbox row and all.
    """
    entry = AuditEvent(**_row(actor, action, subject, detail))
    session.add(entry)
    session.add(AuditPending(event=entry))
    return entry


def append_at_commit(session: Session, actor: str, action: str, subject: str, detail: dict[str, Any]) -> None:
    """Hold one entry for the caller's transaction, written at its commit. `detail` must hold no CPR
    number. Entries held in one transaction keep their order."""
    held.hold(session, LATER, _row(actor, action, subject, detail))


def _row(actor: str, action: str, subject: str, detail: dict[str, Any]) -> dict[str, Any]:
    # The leaf data keeps whole seconds; store what it covers, so that the row and the leaf agree.
    at = utcnow().replace(microsecond=0)
    return {"occurred_at": at, "actor": actor, "action": action, "subject": subject, "detail": detail}


@event.listens_for(Session, "before_commit")
def _write_held(session: Session) -> None:
    """At the commit (not a savepoint's release): the held entries and their inbox rows."""
    rows = held.take(session, LATER) if held.committing(session) else []
    if rows:
        # Flushed first: an entry appended before these gets its id before them.
        session.flush()
        # One multi-row INSERT per page of rows, which numbers them in the order given. The ids only make
        # the inbox rows, whose order does not matter: asking for them back in parameter order
        # (`sort_by_parameter_order`) would make SQLite write one row per statement.
        connection = session.connection()
        if connection.dialect.name == "postgresql":
            ids = _numbered(connection, rows)
        else:
            ids = list(session.scalars(insert(AuditEvent).returning(AuditEvent.id), rows))
        bulk.insert_rows(connection, table_of(AuditPending), [{"event_id": i} for i in ids])


# A batch's hundreds of entries as one multi-row INSERT of five parameters a row: psycopg parsed its text
# again at every commit (it caches up to 50 parameters) and SQLAlchemy rendered it for each page. On
# PostgreSQL the ids are taken from the table's sequence first, in ascending order, and given to the rows
# in the order held; the rows then go by COPY, as the inbox rows do (decision 0030, stop 41). The same
# sequence numbers the entries as the INSERT's default did: entries of one commit keep their order.
_NEXT_IDS = text(
    "SELECT nextval(pg_get_serial_sequence('audit_events', 'id')) AS id "
    "FROM generate_series(1, :count) ORDER BY 1"
)


def _numbered(connection: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Write the held entries with ids of their own sequence, in the order held; the ids."""
    ids = [int(i) for i in connection.scalars(_NEXT_IDS, {"count": len(rows)})]
    bulk.insert_rows(
        connection, table_of(AuditEvent), [{"id": i, **row} for i, row in zip(ids, rows, strict=True)]
    )
    return ids
