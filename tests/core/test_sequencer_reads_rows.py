"""The sequencer reads a batch's waiting entries as rows, not as objects in its session (decision 0030,
"Stop 72: store-123"): a batch is up to a thousand entries, two or three a stored form, and their leaves
hash the same fields either way."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import event, select

from hub import merkle
from hub.extensions import db
from hub.models import AuditEvent, AuditLeaf, AuditNode
from hub.services import audit, sequencer


def test_the_sequencer_loads_no_entry_as_an_object_and_hashes_the_same_leaves(backend_app: Flask) -> None:
    with backend_app.app_context():
        sequencer.integrate(db.session)
        for name in ("a", "b", "c"):
            audit.append_at_commit(
                db.session, "tester", "thing.touched", f"thing:{name}", {"n": name, "æ": [1]}
            )
        db.session.commit()
        db.session.expunge_all()
        loaded: list[Any] = []

        def note(target: Any, _context: Any) -> None:
            loaded.append(target)

        event.listen(AuditEvent, "load", note)
        try:
            assert sequencer.integrate(db.session).integrated == 3
        finally:
            event.remove(AuditEvent, "load", note)
        assert loaded == []  # three at main: one object an entry
        # Each new leaf's hash is the one its entry's own `leaf_data` gives.
        leaves = db.session.execute(select(AuditLeaf.position, AuditLeaf.event_id)).all()
        hashes = dict(
            db.session.execute(select(AuditNode.idx, AuditNode.hash).where(AuditNode.level == 0)).all()
        )
        for position, event_id in leaves:
            entry = db.session.get_one(AuditEvent, event_id)
            assert hashes[position] == merkle.leaf_hash(entry.leaf_data()).hex()
        assert {db.session.get_one(AuditEvent, i).subject for _, i in leaves[-3:]} == {
            "thing:a",
            "thing:b",
            "thing:c",
        }
