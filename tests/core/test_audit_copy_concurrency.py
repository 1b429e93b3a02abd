"""Batch entries written by COPY with ids taken from the sequence (`audit.append_at_commit` on
PostgreSQL), under concurrency: writers that commit at once, one that commits after a later-numbered
one, one that rolls back after taking its ids; every entry placed once and the log verifies."""

from __future__ import annotations

import threading
from typing import Any

from flask import Flask
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session
from test_audit_concurrency import barrier_writer, placed_exactly_once

from hub.extensions import db
from hub.models import AuditEvent, AuditLeaf
from hub.services import audit, sequencer

WRITERS = 3
ROUNDS = 10
PER_BATCH = 30


def _integrate(app: Flask) -> int:
    with app.app_context():
        session = db.state(app).sessions()
        try:
            return sequencer.integrate(session).integrated
        finally:
            session.close()


def _log(app: Flask) -> list[tuple[int, int, str]]:
    """(position, entry id, subject) of every leaf in position order, after checking the log: every
    entry placed once at positions 0..n-1, nothing waiting, `hub audit verify`'s check intact."""
    placed_exactly_once(app)
    with app.app_context():
        rows = db.session.execute(
            select(AuditLeaf.position, AuditLeaf.event_id, AuditEvent.subject)
            .join(AuditEvent, AuditEvent.id == AuditLeaf.event_id)
            .order_by(AuditLeaf.position)
        ).all()
        return [(p, e, s) for p, e, s in rows]


def test_batches_held_by_writers_at_once_get_unique_ids_and_verify(postgres_app: Flask) -> None:
    """Writers hold a batch each, take their ids at the same moment (a barrier before each commit)
    while a sequencer integrates alongside; each batch's ids ascend in the order held."""
    barrier = threading.Barrier(WRITERS, timeout=30)
    errors: list[BaseException] = []
    stop = threading.Event()

    def hold(session: Session, name: str, r: int) -> None:
        for i in range(PER_BATCH):
            audit.append_at_commit(session, name, "thing.held", f"{name}:{r}:{i}", {"i": i})

    writer = barrier_writer(postgres_app, barrier, errors, ROUNDS, hold)

    def integrator() -> None:
        while not stop.is_set():
            try:
                _integrate(postgres_app)
            except BaseException as exc:  # noqa: BLE001 - reported to the test thread below
                errors.append(exc)
                return

    threads = [threading.Thread(target=writer, args=(f"w{n}",)) for n in range(WRITERS)]
    running = threading.Thread(target=integrator)
    running.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    stop.set()
    running.join(timeout=60)
    assert errors == []
    _integrate(postgres_app)
    leaves = _log(postgres_app)
    assert len(leaves) == WRITERS * ROUNDS * PER_BATCH
    with postgres_app.app_context():
        for n in range(WRITERS):
            for r in range(ROUNDS):
                ids = db.session.execute(
                    select(AuditEvent.id, AuditEvent.subject)
                    .where(AuditEvent.subject.startswith(f"w{n}:{r}:"))
                    .order_by(AuditEvent.id)
                ).all()
                assert [s for _, s in ids] == [f"w{n}:{r}:{i}" for i in range(PER_BATCH)]


def test_a_batch_committing_after_a_later_numbered_one_is_integrated_after_it(postgres_app: Flask) -> None:
    """The first writer takes its ids, then waits before its commit reaches the server; the second takes
    later ids and commits, and the sequencer places those; then the first commits and its entries come
    after, as with ids from an INSERT's default. A third takes ids and rolls back: a gap, no entry."""
    taken = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []
    armed = threading.Event()  # the early writer's commit, not a check its session makes first

    def hold_commit(conn: Any) -> None:
        if threading.current_thread().name == "early" and armed.is_set():
            taken.set()
            assert release.wait(timeout=60)

    def early() -> None:
        with postgres_app.app_context():
            session = db.state(postgres_app).sessions()
            try:
                for i in range(5):
                    audit.append_at_commit(session, "early", "thing.held", f"early:{i}", {})
                armed.set()
                session.commit()
            except BaseException as exc:  # noqa: BLE001 - reported to the test thread below
                errors.append(exc)
                taken.set()
            finally:
                session.close()

    event.listen(db.state(postgres_app).engine, "commit", hold_commit)
    first = threading.Thread(target=early, name="early")
    try:
        first.start()
        assert taken.wait(timeout=60)
        with postgres_app.app_context():
            audit.append_at_commit(db.session, "late", "thing.held", "late:0", {})
            audit.append_at_commit(db.session, "late", "thing.held", "late:1", {})
            db.session.commit()
            audit.append_at_commit(db.session, "gone", "thing.held", "gone:0", {})
            db.session.flush()
            audit._write_held(db.session)  # the ids taken as at a commit, then the transaction rolls back
            db.session.rollback()
        assert _integrate(postgres_app) == 2
    finally:
        release.set()
        first.join(timeout=60)
        event.remove(db.state(postgres_app).engine, "commit", hold_commit)
    assert errors == []
    assert _integrate(postgres_app) == 5
    leaves = _log(postgres_app)
    assert [s for _, _, s in leaves] == ["late:0", "late:1"] + [f"early:{i}" for i in range(5)]
    ids = [e for _, e, _ in leaves]
    assert ids[2:] == sorted(ids[2:]) and ids[2] < ids[0] < ids[1]  # the early batch's ids are lower
    with postgres_app.app_context():
        assert db.session.scalar(select(func.count()).where(AuditEvent.subject == "gone:0")) == 0
