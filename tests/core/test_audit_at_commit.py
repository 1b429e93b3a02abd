"""Audit entries held for a batch's commit (`audit.append_at_commit`), on PostgreSQL written by COPY with
ids taken from their sequence (decision 0030, stop 41): in the order held, each with its inbox row, and
no INSERT whose parameters grow with the batch."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import event, select

from hub.extensions import db
from hub.models import AuditEvent, AuditPending
from hub.services import audit


def test_held_entries_keep_their_order_and_inbox_rows(backend_app: Flask) -> None:
    sent: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        sent.append(statement)

    with backend_app.app_context():
        first = audit.append(
            db.session, "tester", "thing.first", "t:0", {}
        )  # appended, flushed at the commit
        for i in range(1, 121):  # more than 50 parameters' worth
            audit.append_at_commit(db.session, "tester", "thing.held", f"t:{i}", {"n": i, "text": "æ\tø"})
        event.listen(db.engine, "before_cursor_execute", note)
        try:
            db.session.commit()
        finally:
            event.remove(db.engine, "before_cursor_execute", note)
        rows = db.session.execute(select(AuditEvent.id, AuditEvent.subject, AuditEvent.detail)).all()
        by_id = sorted(rows)
        assert [subject for _, subject, _ in by_id] == [f"t:{i}" for i in range(121)]
        assert by_id[0][0] == first.id
        assert [detail for _, _, detail in by_id[1:]] == [{"n": i, "text": "æ\tø"} for i in range(1, 121)]
        assert sorted(db.session.scalars(select(AuditPending.event_id))) == [i for i, _, _ in by_id]
        # Appended after the batch, the next entry still comes after it: one sequence numbers them all.
        later = audit.append(db.session, "tester", "thing.later", "t:121", {})
        db.session.commit()
        assert later.id > by_id[-1][0]
    held_inserts = [s for s in sent if s.startswith("INSERT INTO audit_events") and s.count("%(") > 50]
    if backend_app.config["DATABASE_URL"].startswith("postgresql"):
        assert held_inserts == []
