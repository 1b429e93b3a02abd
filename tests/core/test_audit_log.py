"""The audit log: lock-free appends, the sequencer, and tampering found and named by its position."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import delete, event, func, insert, select, text, update

from hub import merkle, merkle_tree
from hub.checkpoint import Checkpoint
from hub.errors import NotFound
from hub.extensions import db
from hub.models import AuditCheckpoint, AuditEvent, AuditLeaf, AuditNode, AuditPending
from hub.queue import queue
from hub.services import audit, audit_checkpoints, audit_proofs, audit_verify, sequencer
from hub.services.audit_checkpoints import LogBroken
from hub.signing import signer


def append(app: Flask, count: int, per_transaction: int = 1, actor: str = "tester") -> list[int]:
    """`count` entries, committed `per_transaction` at a time; their ids."""
    ids = []
    with app.app_context():
        for i in range(count):
            ids.append(audit.append(db.session, actor, "thing.touched", f"thing:{i}", {"i": i}))
            if (i + 1) % per_transaction == 0 or i == count - 1:
                db.session.commit()
        return [e.id for e in ids]


def integrate(app: Flask, **kwargs: Any) -> sequencer.Integration:
    """One sequencer run in a session of its own, as the worker's hook does it."""
    with app.app_context():
        session = db.state(app).sessions()
        try:
            return sequencer.integrate(session, **kwargs)
        finally:
            session.close()


def verdict(app: Flask) -> audit_verify.Verdict:
    """`verify` on a fresh session."""
    with app.app_context():
        db.session.expire_all()
        return audit_verify.verify(db.session, signer(app))


def sql(app: Flask, *statements: Any) -> None:
    """Run statements and commit: the tampering under test."""
    with app.app_context():
        for statement in statements:
            db.session.execute(statement)
        db.session.commit()


def the_problem(app: Flask) -> audit_verify.LogProblem:
    """The first problem `verify` names (there must be one)."""
    result = verdict(app)
    assert not result.intact
    return result.problems[0]


def test_the_leaf_data_is_canonical_json_of_the_whole_entry() -> None:
    entry = AuditEvent(
        id=7,
        occurred_at=datetime(2026, 8, 3, 9, 15, 0, 123456, tzinfo=UTC),
        actor="cli",
        action="agreement.loaded",
        subject="agreement:falck-hovedstaden",
        detail={"name": "Høje-Taastrup", "b": [1, 2]},
    )
    # Sorted keys, no spaces, UTF-8 as is (ø is the two bytes c3 b8), the time in whole UTC seconds.
    assert entry.leaf_data() == (
        b'{"action":"agreement.loaded","actor":"cli","detail":{"b":[1,2],"name":"H\xc3\xb8je-Taastrup"},'
        b'"id":7,"occurred_at":"2026-08-03T09:15:00Z","subject":"agreement:falck-hovedstaden"}'
    )
    # SQLite gives the moment back without its zone (it was stored in UTC): the same leaf.
    entry.occurred_at = datetime(2026, 8, 3, 9, 15, 0)
    assert b'"occurred_at":"2026-08-03T09:15:00Z"' in entry.leaf_data()


def test_append_only_inserts_no_lock_and_no_read(backend_app: Flask) -> None:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement.split()[0].upper())

    db.ready(backend_app)  # the process's check of its key against the database, once, before this
    with backend_app.app_context():
        event.listen(db.engine, "before_cursor_execute", record)
        try:
            audit.append(db.session, "tester", "thing.created", "thing:1", {"n": 1})
            audit.append(db.session, "tester", "thing.changed", "thing:1", {"n": 2})
            db.session.commit()
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
    # SQLite's BEGIN IMMEDIATE is the engine's own; no SELECT, no advisory lock, nothing but INSERTs.
    assert set(seen) - {"BEGIN"} == {"INSERT"}


def test_entries_wait_in_the_inbox_until_the_sequencer_places_them_in_id_order(backend_app: Flask) -> None:
    ids = append(backend_app, 5, per_transaction=2)
    with backend_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditPending)) == 5
        assert db.session.scalar(select(func.count()).select_from(AuditLeaf)) == 0
    assert integrate(backend_app) == sequencer.Integration(5, gave_way=False)
    with backend_app.app_context():
        placed = db.session.execute(
            select(AuditLeaf.position, AuditLeaf.event_id).order_by(AuditLeaf.position)
        )
        assert [tuple(row) for row in placed] == list(enumerate(ids))
        assert db.session.scalar(select(func.count()).select_from(AuditPending)) == 0
        entries = db.session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        leaves = [merkle.leaf_hash(e.leaf_data()) for e in entries]
        head = audit_checkpoints.newest_checkpoint(db.session)
        assert head is not None and head.tree_size == 5
        assert head.root_hash == merkle_tree.root(leaves).hex()
        # Every perfect subtree is stored: 5 leaves, 2 pairs, 1 four.
        nodes = db.session.execute(select(AuditNode.level, AuditNode.idx, AuditNode.hash)).all()
        tree = merkle_tree.MemoryTree(leaves)
        assert sorted(nodes) == sorted(
            (level, idx, h.hex()) for level, row in enumerate(tree.levels) for idx, h in enumerate(row)
        )
    assert integrate(backend_app) == sequencer.Integration(0, gave_way=False)
    result = verdict(backend_app)
    assert result.intact and (result.size, result.checkpoint_size, result.pending) == (5, 5, 0)


def test_batches_sign_one_checkpoint_each_and_carry_on_from_the_stored_edge(backend_app: Flask) -> None:
    append(backend_app, 11)
    assert integrate(backend_app, batch=4).integrated == 11
    with backend_app.app_context():
        sizes = db.session.scalars(select(AuditCheckpoint.tree_size).order_by(AuditCheckpoint.id)).all()
        assert sizes == [4, 8, 11]
    assert integrate(backend_app, batch=4, max_batches=1).integrated == 0
    append(backend_app, 6)
    assert integrate(backend_app, batch=4, max_batches=1).integrated == 4  # the rest waits for the next run
    assert integrate(backend_app, batch=4).integrated == 2
    assert verdict(backend_app).intact


def test_a_rolled_back_savepoint_takes_its_entry_with_it(backend_app: Flask) -> None:
    with backend_app.app_context():
        audit.append(db.session, "tester", "thing.created", "thing:1", {"n": 1})
        nested = db.session.begin_nested()
        audit.append(db.session, "tester", "thing.dropped", "thing:1", {"n": 2})
        nested.rollback()
        audit.append(db.session, "tester", "thing.changed", "thing:1", {"n": 3})
        db.session.commit()
    assert integrate(backend_app).integrated == 2
    with backend_app.app_context():
        details = db.session.scalars(
            select(AuditEvent.detail)
            .join(AuditLeaf, AuditLeaf.event_id == AuditEvent.id)
            .order_by(AuditLeaf.position)
        ).all()
        assert details == [{"n": 1}, {"n": 3}]
    assert verdict(backend_app).intact


def _event_at(app: Flask, position: int) -> int:
    with app.app_context():
        return db.session.scalars(select(AuditLeaf.event_id).where(AuditLeaf.position == position)).one()


def test_a_changed_entry_is_named_by_its_position(backend_app: Flask) -> None:
    append(backend_app, 6)
    integrate(backend_app)
    victim = _event_at(backend_app, 3)
    sql(backend_app, update(AuditEvent).where(AuditEvent.id == victim).values(detail={"i": 99}))
    problem = the_problem(backend_app)
    assert problem.position == 3 and f"entry {victim} does not match" in problem.reason_en
    assert problem.describe("da").startswith("position 3: post") and "ændret" in problem.reason_da


def test_a_deleted_entry_is_named_by_its_position(backend_app: Flask) -> None:
    append(backend_app, 6)
    integrate(backend_app)
    victim = _event_at(backend_app, 2)
    sql(
        backend_app,
        delete(AuditLeaf).where(AuditLeaf.position == 2),
        delete(AuditEvent).where(AuditEvent.id == victim),
    )
    problem = the_problem(backend_app)
    assert problem.position == 2 and "removed" in problem.reason_en and "fjernet" in problem.reason_da


def test_a_deleted_entry_with_the_positions_closed_up_is_named_too(backend_app: Flask) -> None:
    append(backend_app, 6)
    integrate(backend_app)
    victim = _event_at(backend_app, 2)
    moves = [update(AuditLeaf).where(AuditLeaf.position == p).values(position=p - 1) for p in range(3, 6)]
    sql(
        backend_app,
        delete(AuditLeaf).where(AuditLeaf.position == 2),
        delete(AuditEvent).where(AuditEvent.id == victim),
        *moves,
    )
    assert the_problem(backend_app).position == 2


def test_an_inserted_entry_is_named_by_its_position(backend_app: Flask) -> None:
    append(backend_app, 6)
    integrate(backend_app)
    with backend_app.app_context():
        forged = audit.append(db.session, "someone", "thing.touched", "thing:forged", {})
        db.session.flush()
        db.session.execute(delete(AuditPending).where(AuditPending.event_id == forged.id))
        # Make room at position 4, from the top down (a unique key cannot take a shifted range at once).
        for p in range(5, 3, -1):
            db.session.execute(update(AuditLeaf).where(AuditLeaf.position == p).values(position=p + 1))
        db.session.execute(insert(AuditLeaf).values(position=4, event_id=forged.id))
        db.session.commit()
    problem = the_problem(backend_app)
    assert problem.position == 4 and "does not match" in problem.reason_en


def test_two_swapped_entries_are_named_by_the_first_position(backend_app: Flask) -> None:
    append(backend_app, 6)
    integrate(backend_app)
    one, three = _event_at(backend_app, 1), _event_at(backend_app, 3)
    sql(
        backend_app,
        delete(AuditLeaf).where(AuditLeaf.position.in_([1, 3])),
        insert(AuditLeaf).values(position=1, event_id=three),
        insert(AuditLeaf).values(position=3, event_id=one),
    )
    assert the_problem(backend_app).position == 1


def test_a_change_with_its_stored_hashes_rewritten_is_caught_by_the_signed_root(backend_app: Flask) -> None:
    append(backend_app, 4)
    integrate(backend_app)
    append(backend_app, 4)
    integrate(backend_app)
    victim = _event_at(backend_app, 5)
    with backend_app.app_context():
        db.session.execute(update(AuditEvent).where(AuditEvent.id == victim).values(detail={"i": 99}))
        db.session.flush()
        # The forger recomputes every stored hash from the entries; only the signatures are out of reach.
        entries = db.session.scalars(
            select(AuditEvent)
            .join(AuditLeaf, AuditLeaf.event_id == AuditEvent.id)
            .order_by(AuditLeaf.position)
        ).all()
        tree = merkle_tree.MemoryTree([merkle.leaf_hash(e.leaf_data()) for e in entries])
        for level, row in enumerate(tree.levels):
            for idx, digest in enumerate(row):
                db.session.execute(
                    update(AuditNode)
                    .where(AuditNode.level == level, AuditNode.idx == idx)
                    .values(hash=digest.hex())
                )
        db.session.commit()
    problem = the_problem(backend_app)
    # The checkpoint at 4 still verifies; the one at 8 does not: the change is in positions 4–7.
    assert problem.position == 4 and "positions 4–7" in problem.reason_en
    # And the sequencer refuses to sign anything on top of the forged tree.
    append(backend_app, 1)
    with pytest.raises(LogBroken, match="does not end where the newest checkpoint"):
        integrate(backend_app)


def test_an_altered_checkpoint_is_found_and_stops_the_sequencer(backend_app: Flask) -> None:
    append(backend_app, 3)
    integrate(backend_app)
    with backend_app.app_context():
        head = audit_checkpoints.newest_checkpoint(db.session)
        assert head is not None
        forged = head.note.replace("\n3\n", "\n2\n", 1)
        db.session.execute(
            update(AuditCheckpoint).where(AuditCheckpoint.id == head.id).values(note=forged, tree_size=2)
        )
        db.session.commit()
    result = verdict(backend_app)
    assert any("signature does not verify" in p.reason_en for p in result.problems)
    append(backend_app, 1)
    with pytest.raises(LogBroken, match="signature does not verify"):
        integrate(backend_app)
    with backend_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditPending)) == 1  # kept, not lost


def test_leaves_added_outside_the_sequencer_are_found(backend_app: Flask) -> None:
    append(backend_app, 2)
    integrate(backend_app)
    with backend_app.app_context():
        extra = audit.append(db.session, "someone", "thing.touched", "thing:extra", {})
        db.session.flush()
        db.session.execute(delete(AuditPending).where(AuditPending.event_id == extra.id))
        db.session.execute(insert(AuditLeaf).values(position=2, event_id=extra.id))
        digest = merkle.leaf_hash(extra.leaf_data()).hex()
        db.session.execute(insert(AuditNode).values(level=0, idx=2, hash=digest))
        db.session.commit()
    problem = the_problem(backend_app)
    assert problem.position == 2 and "no checkpoint signs them" in problem.reason_en


def test_inclusion_proofs_for_entries_verify_against_the_signed_checkpoint(backend_app: Flask) -> None:
    ids = append(backend_app, 13)
    integrate(backend_app, batch=5)
    with backend_app.app_context():
        key = signer(backend_app)
        proofs = audit_proofs.inclusion_proofs(db.session, [ids[0], ids[6], ids[12]], key)
        assert key.open(proofs.note) == proofs.checkpoint and proofs.checkpoint.size == 13
        assert [p.position for p in proofs.entries] == [0, 6, 12]
        # RFC 6962 2.1.1 by hand, 13 leaves split 8 + 5: leaves 0 and 6 need three siblings inside the
        # first 8 and MTH(D[8:13]); leaf 12, alone in D[12:13] after 8 + 4, needs MTH(D[8:12]), MTH(D[0:8]).
        assert [len(entry.path) for entry in proofs.entries] == [4, 4, 2]
        for entry in proofs.entries:
            leaf = merkle.leaf_hash(entry.leaf_data)
            assert merkle.verify_inclusion(entry.position, 13, leaf, entry.path, proofs.checkpoint.root)
        assert b'"id":%d' % ids[6] in proofs.entries[1].leaf_data
        with pytest.raises(NotFound, match="not yet in a signed checkpoint"):
            late = audit.append(db.session, "tester", "thing.touched", "thing:late", {})
            db.session.commit()
            audit_proofs.inclusion_proofs(db.session, [late.id], key)
        # Ids no entry has are told apart from entries that wait for the next checkpoint.
        with pytest.raises(NotFound, match=f"^there are no audit entries {late.id + 1}, {late.id + 2}$"):
            audit_proofs.inclusion_proofs(db.session, [ids[0], late.id + 1, late.id + 2], key)


def test_a_consistency_proof_verifies_from_every_earlier_checkpoint(backend_app: Flask) -> None:
    notes = []
    for count in (1, 2, 5, 8):
        append(backend_app, count)
        integrate(backend_app)
        with backend_app.app_context():
            notes.append(audit_checkpoints.signed_head(db.session, signer(backend_app))[1])
    with backend_app.app_context():
        key = signer(backend_app)
        for note in notes:
            proof = audit_proofs.consistency(db.session, note, key)
            assert proof.new.size == 16 and proof.old == key.open(note)
            assert merkle.verify_consistency(proof.old.size, 16, proof.old.root, proof.new.root, proof.path)


def test_a_checkpoint_that_is_not_a_prefix_of_the_log_is_refused(backend_app: Flask) -> None:
    append(backend_app, 4)
    integrate(backend_app)
    with backend_app.app_context():
        key = signer(backend_app)
        bigger = key.sign(Checkpoint(key.origin, 9, merkle.EMPTY_ROOT))
        with pytest.raises(LogBroken, match="covers 9 entries, but this log has 4"):
            audit_proofs.consistency(db.session, bigger, key)
        other = key.sign(Checkpoint(key.origin, 2, merkle.leaf_hash(b"another history")))
        with pytest.raises(LogBroken, match="not the root of this log's first 2 entries"):
            audit_proofs.consistency(db.session, other, key)


def test_postgres_entries_are_integrated_in_commit_visibility_order(postgres_app: Flask) -> None:
    """An entry whose transaction commits after a later id was integrated comes next, not lost."""
    with postgres_app.app_context():
        slow = db.state(postgres_app).sessions()
        try:
            early = audit.append(slow, "slow", "thing.touched", "thing:early", {})
            slow.flush()  # it has its id, but its transaction is still open
            later = append(postgres_app, 1, actor="fast")[0]
            assert early.id < later
            assert integrate(postgres_app).integrated == 1
            slow.commit()
        finally:
            slow.close()
    assert integrate(postgres_app).integrated == 1
    assert [_event_at(postgres_app, 0), _event_at(postgres_app, 1)] == [later, early.id]
    assert verdict(postgres_app).intact


def test_the_sequencer_gives_way_to_one_that_holds_the_lock(postgres_app: Flask) -> None:
    append(postgres_app, 3)
    with postgres_app.app_context(), db.engine.connect() as holder:
        holder.execute(text("SELECT pg_advisory_lock(:k)"), {"k": sequencer.LOCK_KEY})
        try:
            assert integrate(postgres_app) == sequencer.Integration(0, gave_way=True)
        finally:
            holder.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": sequencer.LOCK_KEY})
    assert integrate(postgres_app) == sequencer.Integration(3, gave_way=False)


def append_in_a_job(n: int) -> None:
    """A job that appends one entry, as every job that changes state does."""
    audit.append(db.session, "job", "thing.touched", f"thing:{n}", {"n": n})
    db.session.commit()


def test_workers_seal_entries_when_the_queue_runs_dry_and_during_a_backlog(app: Flask) -> None:
    with app.app_context():
        for n in range(sequencer.EVERY_JOBS + 5):
            queue.enqueue(append_in_a_job, n, description=f"append {n}")
        queue.run_burst(app)
        sizes = db.session.scalars(select(AuditCheckpoint.tree_size).order_by(AuditCheckpoint.id)).all()
    # One run after the 25th job of the backlog, one when the queue ran dry; nothing waits.
    assert sizes == [sequencer.EVERY_JOBS, sequencer.EVERY_JOBS + 5]
    assert verdict(app).pending == 0
