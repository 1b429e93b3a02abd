"""A batch tried again says in the worker's log what it waits for, by server and address, in English
and Danish (issue 9, point 2: "the workers' logs say what they are waiting for"). Found in an
operator's trial (stop 44): a PostgreSQL restart under two workers logged only "OperationalError"."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.exc import OperationalError
from test_batch_retry import _fail_record_versions, _submit_all

from hub import jobs, server_lost
from hub.extensions import db


def test_a_lost_database_is_named_with_its_address_in_the_log(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("hub.services.backoff.time.sleep", lambda _seconds: None)
    with app.app_context():
        ids = _submit_all()
        path = db.engine.url.database
        _fail_record_versions(times=1)
        jobs.process_batch(ids)
    first, last = min(ids), max(ids)
    assert (
        f"batch of submissions {first}..{last}: waiting for the database at {path}"
        " (OperationalError, try 1); trying again in 0.5 s" in caplog.text
    )
    assert (
        f"indsendelserne {first}..{last}: venter på databasen på {path}"
        " (OperationalError, forsøg 1); prøver igen om 0.5 s" in caplog.text
    )


class _Deadlock(Exception):
    sqlstate = "40P01"  # deadlock_detected, as psycopg's DeadlockDetected carries it


def test_a_deadlock_between_two_workers_is_not_called_a_server_lost() -> None:
    # The database is there: it broke a tie between two transactions, and the batch goes again.
    en, da = server_lost.waiting_for(OperationalError("SELECT 1", {}, _Deadlock()))
    assert en == "the database stopped it to let another worker's batch pass"
    assert da == "databasen stoppede den for at lade en anden workers batch komme først"
