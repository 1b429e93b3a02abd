"""Audit entries held until the commit (`audit.append_at_commit`, the batch worker's): written at the
commit in the order held, each with its row in the sequencer's inbox, after any entry appended at once;
dropped with a savepoint or transaction that rolls back, and never carried into another transaction."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

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
