"""Audit entries held until the commit (`audit.append_at_commit`, the batch worker's): written at the
commit in the order held, each with its row in the sequencer's inbox, after any entry appended at once;
dropped with a savepoint or transaction that rolls back, and never carried into another transaction."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import event, select

from hub.extensions import db
from hub.models import AuditEvent, AuditPending
from hub.services import audit, sequencer


def subjects() -> list[str]:
    """Every entry's subject, in id order."""
    return list(db.session.scalars(select(AuditEvent.subject).order_by(AuditEvent.id)))


def test_held_entries_are_written_at_the_commit_in_order(backend_app: Flask) -> None:
    with backend_app.app_context():
        before = subjects()
        audit.append(db.session, "tester", "thing.touched", "thing:now", {})
        for name in ("a", "b", "c"):
            with db.session.begin_nested():
                audit.append_at_commit(db.session, "tester", "thing.touched", f"thing:{name}", {"n": name})
        assert subjects()[len(before) :] == ["thing:now"]  # the held ones wait for the commit
        db.session.commit()
        new = db.session.execute(
            select(AuditEvent.id, AuditEvent.subject, AuditEvent.detail).where(AuditEvent.id > 0)
        ).all()[len(before) :]
        assert [(s, d) for _, s, d in new] == [
            ("thing:now", {}),
            ("thing:a", {"n": "a"}),
            ("thing:b", {"n": "b"}),
            ("thing:c", {"n": "c"}),
        ]
        waiting = set(db.session.scalars(select(AuditPending.event_id)))
        assert {i for i, _, _ in new} <= waiting
        sequencer.integrate(db.session)
        assert not set(db.session.scalars(select(AuditPending.event_id)))


def test_a_rollback_drops_what_it_held(backend_app: Flask) -> None:
    with backend_app.app_context():
        before = subjects()
        audit.append_at_commit(db.session, "tester", "thing.touched", "thing:kept", {})
        with db.session.begin_nested() as savepoint:
            audit.append_at_commit(db.session, "tester", "thing.touched", "thing:undone", {})
            savepoint.rollback()
        db.session.commit()
        audit.append_at_commit(db.session, "tester", "thing.touched", "thing:rolled-back", {})
        db.session.rollback()
        db.session.commit()
        assert subjects()[len(before) :] == ["thing:kept"]


def test_a_session_closed_without_a_commit_carries_nothing_over(backend_app: Flask) -> None:
    with backend_app.app_context():
        before = subjects()
        session = db.session
        audit.append_at_commit(session, "tester", "thing.touched", "thing:abandoned", {})
        session.close()
        audit.append_at_commit(session, "tester", "thing.touched", "thing:later", {})
        session.commit()
        assert subjects()[len(before) :] == ["thing:later"]


def test_a_batchs_entries_keep_their_order_and_go_without_a_growing_insert(backend_app: Flask) -> None:
    """On PostgreSQL by COPY, their ids taken from their sequence first (decision 0030, stop 41): no
    INSERT whose parameters grow with the batch (psycopg parses such a text again every time)."""
    sent: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        sent.append(statement)

    with backend_app.app_context():
        # Appended at once (flushed at the commit), then a batch's worth held for the commit.
        first = audit.append(db.session, "tester", "thing.first", "t:0", {})
        for i in range(1, 121):  # more than 50 parameters' worth
            audit.append_at_commit(db.session, "tester", "thing.held", f"t:{i}", {"n": i, "text": "æ\tø"})
        event.listen(db.engine, "before_cursor_execute", note)
        try:
            db.session.commit()
        finally:
            event.remove(db.engine, "before_cursor_execute", note)
        query = select(AuditEvent.id, AuditEvent.subject, AuditEvent.detail).where(AuditEvent.id >= first.id)
        by_id = sorted(db.session.execute(query).all())
        assert [subject for _, subject, _ in by_id] == [f"t:{i}" for i in range(121)]
        assert by_id[0][0] == first.id
        assert [detail for _, _, detail in by_id[1:]] == [{"n": i, "text": "æ\tø"} for i in range(1, 121)]
        waiting = select(AuditPending.event_id).where(AuditPending.event_id >= first.id)
        assert sorted(db.session.scalars(waiting)) == [i for i, _, _ in by_id]
        # Appended after the batch, the next entry still comes after it: one sequence numbers them all.
        later = audit.append(db.session, "tester", "thing.later", "t:121", {})
        db.session.commit()
        assert later.id > by_id[-1][0]
    held_inserts = [s for s in sent if s.startswith("INSERT INTO audit_events") and s.count("%(") > 50]
    if backend_app.config["DATABASE_URL"].startswith("postgresql"):
        assert held_inserts == []
