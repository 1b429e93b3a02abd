"""The audit log under concurrency on PostgreSQL: appends that do not take turns, sequencers that do."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.extensions import db
from hub.models import AuditEvent, AuditLeaf, AuditPending
from hub.services import audit, audit_verify, sequencer
from hub.signing import signer

WRITERS = 4
ROUNDS = 20


def _run(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)


def barrier_writer(
    app: Flask,
    barrier: threading.Barrier,
    errors: list[BaseException],
    rounds: int,
    hold: Callable[[Session, str, int], None],
) -> Callable[[str], None]:
    """A writer thread's body: `rounds` transactions, each what `hold(session, name, round)` writes,
    committed only when every writer has reached `barrier`; a failure is kept in `errors` and breaks the
    barrier for the others."""

    def writer(name: str) -> None:
        with app.app_context():
            session = db.state(app).sessions()
            try:
                for i in range(rounds):
                    hold(session, name, i)
                    barrier.wait()
                    session.commit()
            except BaseException as exc:  # noqa: BLE001 - reported to the test thread
                errors.append(exc)
                barrier.abort()
            finally:
                session.close()

    return writer


def placed_exactly_once(app: Flask) -> int:
    """Every entry has one position, the positions are 0..n-1, nothing waits, and the log verifies."""
    with app.app_context():
        events = db.session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        positions = db.session.execute(select(AuditLeaf.position, AuditLeaf.event_id)).all()
        assert sorted(p for p, _ in positions) == list(range(events))
        assert len({e for _, e in positions}) == events
        assert db.session.scalar(select(func.count()).select_from(AuditPending)) == 0
        result = audit_verify.verify(db.session, signer(app))
        assert result.intact and result.size == result.checkpoint_size == events
        return events


@pytest.mark.parametrize("per_transaction", [1, 5])
def test_writers_append_at_the_same_time_without_taking_turns(
    postgres_app: Flask, per_transaction: int
) -> None:
    """Each writer holds its transaction open at a barrier that all must reach before any commits.

    Under the old chain's lock, held until commit, the second writer would wait inside `append` and
    the barrier would time out."""
    barrier = threading.Barrier(WRITERS, timeout=20)
    errors: list[BaseException] = []

    def hold(session: Session, name: str, i: int) -> None:
        for _ in range(per_transaction):
            audit.append(session, name, "thing.touched", f"thing:{i}", {"i": i})
        session.flush()

    writer = barrier_writer(postgres_app, barrier, errors, ROUNDS, hold)
    _run([threading.Thread(target=writer, args=(f"w{n}",)) for n in range(WRITERS)])
    assert errors == []
    with postgres_app.app_context():
        session = db.state(postgres_app).sessions()
        try:
            assert sequencer.integrate(session).integrated == WRITERS * ROUNDS * per_transaction
        finally:
            session.close()
    assert placed_exactly_once(postgres_app) == WRITERS * ROUNDS * per_transaction


def test_sequencers_running_at_once_integrate_every_entry_once(postgres_app: Flask) -> None:
    """Four sequencers with small batches race over the inbox while two writers keep appending."""
    with postgres_app.app_context():
        for i in range(400):
            audit.append(db.session, "seed", "thing.touched", f"thing:{i}", {"i": i})
        db.session.commit()
    integrated: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(6, timeout=20)

    def run_sequencer() -> None:
        with postgres_app.app_context():
            session = db.state(postgres_app).sessions()
            try:
                start.wait()
                for _ in range(20):
                    integrated.append(sequencer.integrate(session, batch=25, max_batches=4).integrated)
            except BaseException as exc:  # noqa: BLE001 - reported to the test thread below
                errors.append(exc)
            finally:
                session.close()

    def writer(name: str) -> None:
        with postgres_app.app_context():
            session = db.state(postgres_app).sessions()
            try:
                start.wait()
                for i in range(100):
                    audit.append(session, name, "thing.touched", f"thing:{i}", {"i": i})
                    session.commit()
            except BaseException as exc:  # noqa: BLE001 - reported to the test thread below
                errors.append(exc)
            finally:
                session.close()

    threads = [threading.Thread(target=run_sequencer) for _ in range(4)]
    threads += [threading.Thread(target=writer, args=(f"w{n}",)) for n in range(2)]
    _run(threads)
    assert errors == []
    with postgres_app.app_context():
        session = db.state(postgres_app).sessions()
        try:
            integrated.append(sequencer.integrate(session).integrated)  # whatever the racers left
        finally:
            session.close()
    assert sum(integrated) == placed_exactly_once(postgres_app) == 600
