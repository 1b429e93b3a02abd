"""The migrations build exactly the models' schema, on SQLite and on PostgreSQL; SQLite under concurrency."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from sqlalchemy import inspect

from hub.extensions import db, make_engine
from hub.models import Base
from hub.services import schema


def test_migrations_match_models(backend_app: Flask) -> None:
    with backend_app.app_context(), db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == []


def test_upgrade_twice_is_harmless(backend_app: Flask) -> None:
    with backend_app.app_context():
        schema.upgrade(db.engine)
        with db.engine.connect() as conn:
            assert "alembic_version" in inspect(conn).get_table_names()


def test_concurrent_read_then_write_transactions_wait_instead_of_failing(tmp_path: Path) -> None:
    """Two connections each read a counter and write it back; neither fails and no update is lost.

    With a deferred BEGIN the second transaction reads, the first commits, and the second's write then
    fails at once with "database is locked" (its snapshot is stale, so the busy timeout is not used).
    """
    engine = make_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE counter (n INTEGER NOT NULL)")
            conn.exec_driver_sql("INSERT INTO counter VALUES (0)")
        first_read, second_read, first_done = threading.Event(), threading.Event(), threading.Event()

        def first() -> None:
            with engine.begin() as conn:
                n = conn.exec_driver_sql("SELECT n FROM counter").scalar_one()
                first_read.set()
                # With BEGIN IMMEDIATE the second cannot read until this commits: do not wait long.
                second_read.wait(1)
                conn.exec_driver_sql("UPDATE counter SET n = ?", (n + 1,))
            first_done.set()

        def second() -> None:
            first_read.wait(5)
            with engine.begin() as conn:
                n = conn.exec_driver_sql("SELECT n FROM counter").scalar_one()
                second_read.set()
                first_done.wait(5)  # write only after the other transaction has committed
                conn.exec_driver_sql("UPDATE counter SET n = ?", (n + 1,))

        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(first), pool.submit(second)]
            for future in futures:
                future.result(timeout=30)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT n FROM counter").scalar_one() == 2
    finally:
        engine.dispose()
