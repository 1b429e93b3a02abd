"""The audit tree's reads ask with `IN` lists padded to a power of two, so that proofs for lists of every
length take a few statements, not one per length: the SQLite driver keeps the last 128 statements it
prepared on each connection, and a bundle's log pass filled that cache with 25 MB of them (decision
0012, stop 36)."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import event

from hub.extensions import db
from hub.services import audit, audit_checkpoints, audit_proofs, audit_tree, sequencer
from hub.signing import signer

COUNT = 200
BIG = 100  # parameters: more than the sequencer's one statement for up to 64 nodes and their levels


def test_padded_repeats_the_last_value_up_to_a_power_of_two() -> None:
    assert audit_tree.padded([]) == []
    assert audit_tree.padded([7]) == [7]
    assert audit_tree.padded([1, 2, 3]) == [1, 2, 3, 3]
    assert audit_tree.padded([1, 2, 3, 4]) == [1, 2, 3, 4]
    assert audit_tree.padded(list(range(5))) == [0, 1, 2, 3, 4, 4, 4, 4]
    parts = list(audit_tree.in_lists(list(range(2049))))
    assert [len(part) for part in parts] == [2048, 1] and parts[0] == list(range(2048))


def test_proofs_for_lists_of_every_length_take_a_few_statements(backend_app: Flask) -> None:
    with backend_app.app_context():
        events = [audit.append(db.session, "tester", "thing.touched", f"thing:{i}", {}) for i in range(COUNT)]
        db.session.commit()
        ids = [e.id for e in events]
        own = db.state(backend_app).sessions()
        try:
            sequencer.integrate(own)
        finally:
            own.close()
        key = signer(backend_app)
        head = audit_checkpoints.signed_head(db.session, key)
        alone = {i: audit_proofs.inclusion_proofs(db.session, [i], key, head).entries[0] for i in ids}
        texts: set[str] = set()

        def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
            if len(parameters) > BIG:
                texts.add(statement)

        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            for count in range(1, COUNT + 1):
                chosen = ids[COUNT - count :]
                proofs = audit_proofs.inclusion_proofs(db.session, chosen, key, head).entries
                # The same proofs as asked for one at a time, in the order of their positions.
                assert proofs == [alone[i] for i in chosen]
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
    # Of the 200 lengths of the entries' list, those over 100 are padded to 128 or 256: two statements
    # of more than 100 parameters. A level's list of nodes is at most 200 long too: two more. Unpadded,
    # each length was a statement of its own, 100 of them over 100 parameters.
    leaves = {t for t in texts if "audit_leaves.position" in t}
    nodes = {t for t in texts if "FROM audit_nodes" in t}
    assert len(leaves) <= 2 and len(nodes) <= 2
