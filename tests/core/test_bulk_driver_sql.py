"""Held rows on SQLite (`bulk.insert_rows`, decision 0030 "Stop 54: store-62"): the INSERT SQLAlchemy
compiles, sent as driver SQL in one executemany with the values converted as SQLAlchemy binds them, so
that SQLAlchemy does not build each row's parameters again; the database holds the same text as after an
`insert()` through SQLAlchemy."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Flask
from sqlalchemy import event, insert

from hub.extensions import db
from hub.models import AuditEvent
from hub.models.base import table_of
from hub.services import bulk

AT = datetime(2026, 3, 2, 9, 30, 15, 120000, tzinfo=UTC)


def _rows(tag: str) -> list[dict[str, Any]]:
    details: list[Any] = [{"b": [1, None, "æøå"], "a": {"x": True}}, None, [], {"n": 2**70}]
    return [
        {"occurred_at": AT, "actor": tag, "action": "thing.done", "subject": f"s:{i}", "detail": d}
        for i, d in enumerate(details)
    ]


def test_held_rows_reach_sqlite_as_driver_sql_and_are_stored_as_an_insert_stores_them(app: Flask) -> None:
    sent: list[tuple[str, bool, bool]] = []

    def seen(_c: Any, _cur: Any, statement: str, _p: Any, context: Any, many: bool) -> None:
        sent.append((statement, many, context.compiled is not None))

    with app.app_context():
        connection = db.session.connection()
        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            bulk.insert_rows(connection, table_of(AuditEvent), _rows("bulk"))
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
        connection.execute(insert(table_of(AuditEvent)), _rows("core"))
        db.session.commit()
        stored = {
            actor: [row[1:] for row in db.session.connection().exec_driver_sql(_STORED) if row[0] == actor]
            for actor in ("bulk", "core")
        }
    # One statement for the four rows, the INSERT of the five columns, not compiled for each call.
    assert sent == [
        (
            "INSERT INTO audit_events (occurred_at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
            True,
            False,
        )
    ]
    assert len(stored["bulk"]) == 4
    assert stored["bulk"] == stored["core"]  # the columns' text as stored: the date, JSON and its null


_STORED = "SELECT actor, occurred_at, action, subject, detail FROM audit_events ORDER BY actor, subject"
