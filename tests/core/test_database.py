"""The migrations build exactly the models' schema, on SQLite and on PostgreSQL; SQLite under concurrency."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from conftest import ROOT
from flask import Flask
from fresh_start import started
from sqlalchemy import inspect, select, text

from hub.extensions import db, make_engine
from hub.jobs import enqueue_submission
from hub.models import Agreement, Base, Submission, SubmissionItem
from hub.queue import queue
from hub.services import agreements, ingest, schema
from hub.services.key_checks import include_object


def test_migrations_match_models(backend_app: Flask) -> None:
    with backend_app.app_context(), db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
        # Five keys are triggers on PostgreSQL (migrations 0015 and 0021, `key_checks`).
        opts = {"compare_type": True, "include_object": include_object(conn.dialect.name)}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
        assert diff == []


def test_upgrade_twice_is_harmless(backend_app: Flask) -> None:
    # The app is at head already: a second upgrade must keep the revision and every row it holds.
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "t")
        db.session.commit()
        ids = sorted(db.session.scalars(select(Agreement.id)))
        db.session.commit()  # the upgrade takes its own connection: hold no transaction open
        with db.engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        schema.upgrade(db.engine)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == revision
        # The four agreements of config/agreements/, by the file names they are loaded from.
        assert ids == ["brfkredit", "danfoss", "falck-hovedstaden", "falck-randers"]
        assert sorted(db.session.scalars(select(Agreement.id))) == ids


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


def test_the_newest_migration_keeps_every_row_of_a_database_in_use(backend_app: Flask) -> None:
    # A schema change that copies a table (SQLite adds a foreign key only so) drops the old one: with the
    # keys on, that fails where record versions name their submission, or empties submission_items by
    # their ON DELETE CASCADE. The migrations run here on a store with a record, a version and an item:
    # down to the one before the newest, and up again.
    from alembic import command  # noqa: PLC0415 - only this test steps down

    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "t")
        data = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
        sent = ingest.submit(db.session, data, "praktik.csv", "herlev", "test", "tester")
        enqueue_submission(sent.submission_id)
    queue.run_burst(backend_app)
    with backend_app.app_context():
        submission = db.session.get_one(Submission, sent.submission_id)
        submission.items.append(
            SubmissionItem(position=1, label="row 2", label_da="række 2", status="accepted")
        )
        db.session.commit()
        tables = ("submissions", "submission_items", "records", "record_versions", "provenance")
        before = _rows(tables)
        assert all(before.values()), before
        config = schema.alembic_config(db.engine)
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "-1")
        schema.upgrade(db.engine)
        assert _rows(tables) == before


def _rows(tables: tuple[str, ...]) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() for name in tables}


def test_hub_db_upgrade_names_the_revision_it_left_the_database_at(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Not Alembic's "head": the revision itself, which `/readyz` and the worker's waiting line name."""
    newest = max(p.name[:4] for p in (ROOT / "hub" / "migrations" / "versions").glob("[0-9]*.py"))
    done = started(tmp_path_factory, "db", "upgrade")  # the run's `hub db upgrade`, on an empty folder
    assert done.code == 0
    where = f"sqlite:///{done.data_dir / 'hub.sqlite3'}"
    said = f"database at {where}: schema {newest}, the newest / skema {newest}, det nyeste"
    assert done.output.splitlines() == [said]
