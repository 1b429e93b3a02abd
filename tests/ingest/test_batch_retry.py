"""A server lost for a moment mid-batch: tried again with back-off, on a fresh connection, ending in a
final status; given up, the submissions wait under a lease that runs out (issue 9, point 1)."""

from __future__ import annotations

import logging
import sqlite3
import threading
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import event, func, select, text

from hub import jobs
from hub.errors import ProcessingFailed
from hub.extensions import db
from hub.models import RecordVersion, Submission
from hub.services import agreements, backoff, documents, ingest

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"
FORMS = [GOLDEN / "placement_kontanthjaelp.pdf", GOLDEN / "placement_sygedagpenge.pdf"]
CPR = "1503921237"  # the citizen of placement_kontanthjaelp.pdf


def _submit_all() -> list[int]:
    agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
    return [
        ingest.submit(db.session, path.read_bytes(), path.name, "gladsaxe", "test", "tester").submission_id
        for path in FORMS
    ]


def _fail_record_versions(times: int) -> list[int]:
    """Make the first `times` INSERTs of a record version fail as a lost server would; count them."""
    failures: list[int] = []

    def lost(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "INSERT INTO record_versions" in statement and len(failures) < times:
            failures.append(1)
            raise sqlite3.OperationalError("disk I/O error")

    event.listen(db.engine, "before_cursor_execute", lost)
    return failures


def _outcome(ids: list[int]) -> tuple[list[str], list[int]]:
    db.session.expire_all()
    statuses = [db.session.get_one(Submission, i).status for i in ids]
    versions = [
        db.session.scalar(select(func.count()).where(RecordVersion.submission_id == i)) or 0 for i in ids
    ]
    db.session.commit()
    return statuses, versions


def test_a_lost_database_is_waited_for_with_growing_pauses_and_the_batch_finishes(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    pauses: list[float] = []
    monkeypatch.setattr("hub.services.backoff.time.sleep", pauses.append)
    with app.app_context():
        ids = _submit_all()
        failures = _fail_record_versions(times=3)
        statuses = jobs.process_batch(ids)
        assert len(failures) == 3
        assert pauses == [0.5, 1.0, 2.0]
        assert statuses == dict.fromkeys(ids, "accepted")
        assert _outcome(ids) == (["accepted", "accepted"], [1, 1])  # stored once, not once per try
    assert "(OperationalError, try 1); trying again in 0.5 s" in caplog.text
    assert CPR not in caplog.text


def test_a_database_that_stays_away_leaves_the_batch_to_its_lease(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("hub.services.backoff.time.sleep", lambda _seconds: None)
    with app.app_context():
        ids = _submit_all()
        _fail_record_versions(times=100)
        with pytest.raises(ProcessingFailed) as failed:
            jobs.process_batch(ids)
        assert "left to run out its lease" in str(failed.value)
        assert CPR not in str(failed.value) and failed.value.__cause__ is None
        # Not `failed` for the document's sake: `processing` under a lease that nobody renews now, for a
        # worker's healing to queue again once it runs out (tests/ingest/test_leases.py).
        assert _outcome(ids) == (["processing", "processing"], [0, 0])
        db.session.expire_all()
        assert all(db.session.get_one(Submission, i).lease_until is not None for i in ids)


def test_a_documents_own_error_is_not_tried_again() -> None:
    calls: list[int] = []

    def bug() -> None:
        calls.append(1)
        raise KeyError("a bug")

    with pytest.raises(KeyError):
        backoff.with_backoff(bug, lambda: None, "test", sleep=lambda _s: None)
    assert calls == [1]


def test_a_connection_cut_by_postgresql_mid_batch_is_replaced_and_the_batch_finishes(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """`pg_terminate_backend` from another connection, as a server restart does to the worker's."""
    caplog.set_level(logging.WARNING)
    store = documents.store_document
    cut = threading.Event()

    def cut_once(session: Any, *args: Any) -> Any:
        if not cut.is_set():
            cut.set()
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with db.engine.connect() as other:
                assert other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
        return store(session, *args)

    monkeypatch.setattr("hub.services.documents.store_document", cut_once)
    with postgres_app.app_context():
        ids = _submit_all()
        assert jobs.process_batch(ids) == dict.fromkeys(ids, "accepted")
        assert cut.is_set()
        assert _outcome(ids) == (["accepted", "accepted"], [1, 1])
    assert "trying again in 0.5 s" in caplog.text


def test_a_failed_try_gives_up_its_row_locks_before_waiting_for_the_lease_thread(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL the renewal thread waits for the batch's row locks; a try that fails mid-outcome
    must roll back first, or the batch would wait for the thread and the thread for the batch."""
    import psycopg  # noqa: PLC0415 - only the PostgreSQL test needs the driver's own error

    postgres_app.config["LEASE_SECONDS"] = 0.3  # renewed every 0.1 s: during the slow store below
    monkeypatch.setattr("hub.services.backoff.time.sleep", lambda _seconds: None)
    store = documents.store_document

    def slow(session: Any, *args: Any) -> Any:
        threading.Event().wait(0.5)  # the renewal thread is now waiting for our locked rows
        return store(session, *args)

    monkeypatch.setattr("hub.services.documents.store_document", slow)
    with postgres_app.app_context():
        ids = _submit_all()
        failures: list[int] = []

        def lost(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if "INSERT INTO record_versions" in statement and not failures:
                failures.append(1)
                raise psycopg.OperationalError("server closed the connection unexpectedly")

        event.listen(db.engine, "before_cursor_execute", lost)
        done: dict[int, str] = {}
        worker = threading.Thread(target=lambda: done.update(_in_context(postgres_app, ids)), daemon=True)
        worker.start()
        worker.join(timeout=60)
        assert not worker.is_alive(), "the batch and its lease thread wait for each other"
        assert done == dict.fromkeys(ids, "accepted")
        assert failures == [1]


def _in_context(app: Flask, ids: list[int]) -> dict[int, str]:
    with app.app_context():
        try:
            return jobs.process_batch(ids)
        except Exception as exc:
            return {0: repr(exc)}
