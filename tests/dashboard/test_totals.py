"""The running totals the dashboards read: kept by difference in each commit, they must equal what a
rebuild computes from the summaries, on SQLite and PostgreSQL, under savepoints and concurrent workers.

`snapshot` reads the totals tables whole; zero rows (left behind when a placement's last day moves) are
left out, since they change no sum.
"""

from __future__ import annotations

import threading
from typing import Any

from flask import Flask
from sqlalchemy import delete, select
from store import FALCK, build

from hub.extensions import db
from hub.models import (
    MonthTotal,
    OccupancyDay,
    OccupancyMonth,
    OutcomeTotal,
    PlacementMonth,
    PlacementSummary,
)
from hub.services import dashboard_refresh, dashboard_summary, dashboard_totals

TOTALS = (OccupancyDay, OccupancyMonth, MonthTotal, OutcomeTotal)


def snapshot() -> dict[str, set[tuple[Any, ...]]]:
    """Every non-zero row of the totals tables."""
    found = {}
    for model in TOTALS:
        rows = db.session.execute(select(model.__table__)).all()
        found[model.__tablename__] = {
            tuple(row) for row in rows if any(_nonzero(v) for v in _sums(model, row))
        }
    return found


def _sums(model: type, row: Any) -> list[Any]:
    keys = {c.name for c in model.__table__.primary_key.columns}  # type: ignore[attr-defined]
    return [value for name, value in row._mapping.items() if name not in keys]


def _nonzero(value: Any) -> bool:
    return value is not None and value != 0


def _empty(agreement: str) -> None:
    """The agreement as if none of its placements had a summary yet."""
    for model in (*TOTALS, PlacementMonth, PlacementSummary):
        db.session.execute(delete(model).where(model.agreement_id == agreement))  # type: ignore[attr-defined]
    db.session.commit()


def test_totals_kept_record_by_record_equal_a_rebuild(backend_app: Flask) -> None:
    ids = build(backend_app)  # loads, stores and rebuilds: the totals as computed from scratch
    with backend_app.app_context():
        rebuilt = snapshot()
        assert rebuilt["occupancy_days"]  # something to compare
        _empty(FALCK)
        for letter in "ABCD":
            dashboard_refresh.refresh(db.session, [ids[letter]])
            db.session.commit()
        assert snapshot() == rebuilt
        # A second refresh of every placement changes nothing.
        for letter in "DCBA":
            dashboard_refresh.refresh(db.session, [ids[letter]])
        db.session.commit()
        assert snapshot() == rebuilt


def test_a_savepoint_rolled_back_takes_its_differences_with_it(backend_app: Flask) -> None:
    ids = build(backend_app)
    with backend_app.app_context():
        _empty(FALCK)
        dashboard_refresh.refresh(db.session, [ids["A"]])
        with db.session.begin_nested() as savepoint:
            dashboard_refresh.refresh(db.session, [ids["B"]])
            savepoint.rollback()
        db.session.commit()
        only_a = snapshot()
        dashboard_summary.rebuild(db.session, FALCK)
        assert snapshot() != only_a  # the rebuild counts B (and C, D): the savepoint's B was dropped
        _empty(FALCK)
        dashboard_refresh.refresh(db.session, [ids["A"]])
        db.session.commit()
        assert snapshot() == only_a


def test_a_rollback_writes_nothing(backend_app: Flask) -> None:
    ids = build(backend_app)
    with backend_app.app_context():
        before = snapshot()
        _empty(FALCK)
        emptied = snapshot()
        dashboard_refresh.refresh(db.session, [ids["A"]])
        db.session.rollback()
        db.session.commit()
        assert snapshot() == emptied != before


def test_two_workers_committing_the_same_agreement_at_once(postgres_app: Flask) -> None:
    """Two transactions refresh placements of one agreement and commit together: the totals' rows are
    written in one order by both, so neither deadlocks, and the sums are right; two refreshing the same
    placement wait for each other and do not count it twice."""
    ids = build(postgres_app)
    with postgres_app.app_context():
        rebuilt = snapshot()
        _empty(FALCK)
    ready = threading.Barrier(2, timeout=30)
    failures: list[BaseException] = []

    def work(letters: str, wait: bool) -> None:
        try:
            with postgres_app.app_context():
                for letter in letters:
                    dashboard_refresh.refresh(db.session, [ids[letter]])
                if wait:
                    ready.wait()
                db.session.commit()
                for _ in range(5):  # the same placement in both threads, again and again
                    dashboard_refresh.refresh(db.session, [ids["A"]])
                    db.session.commit()
        except BaseException as error:  # reported below, with the thread's own error
            failures.append(error)

    threads = [
        threading.Thread(target=work, args=("AC", True)),
        threading.Thread(target=work, args=("DB", True)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not failures, failures
    with postgres_app.app_context():
        assert snapshot() == rebuilt
        assert dashboard_totals.PENDING not in db.session.info
