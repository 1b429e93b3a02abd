"""A key's claim left by a process that died is free as soon as the database knows it died, not after ten
minutes; a live one is 409 with `Retry-After` (decision 0016, "Stop 66: api-100"). On PostgreSQL the
claim's lock goes with its connection; on SQLite's embedded default (one serving process) a claim made
before this process started is its dead predecessor's."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pytest
from accounts import add_user, bearer
from flask import Flask
from sqlalchemy import create_engine, select, text, update
from sqlalchemy.orm import Session

from hub.extensions import db
from hub.models import IdempotencyKey
from hub.services import claim_holds, idempotency

PARTY, KEY, PRINT = "municipality 159", "5f0c6a7e-2b7d-4c55-9d1a", "f" * 64
HOURS = b"Navn;Timer\nA;1\n"


def _send(app: Flask) -> Any:
    return app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "kommune-herlev") | {"Idempotency-Key": KEY},
        data={"files": [(io.BytesIO(HOURS), "timer.csv")]},
        content_type="multipart/form-data",
    )


def _unanswered(app: Flask, **values: Any) -> None:
    """The key's row as its first request leaves it until it is answered (or as it died)."""
    with app.app_context():
        db.session.execute(update(IdempotencyKey).values(status=None, body=None, location=None, **values))
        db.session.commit()


@pytest.mark.postgres
def test_a_claim_whose_connection_is_gone_is_taken_over_at_once(postgres_app: Flask) -> None:
    with postgres_app.app_context():
        # The other process: its own engine and connections, as a second server's would be.
        dying = create_engine(db.engine.url.update_query_dict({"application_name": "hub-test-dying"}))
        with Session(dying) as other:
            assert isinstance(idempotency.claim(other, PARTY, KEY, PRINT, 24), idempotency.Claim)
        # Its process killed: the server sees the connection go (here: ends it, as it does a lost one).
        gone = text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE application_name = 'hub-test-dying' AND datname = current_database()"
        )
        assert db.session.scalar(gone) >= 1
        db.session.commit()
        # A minute or less old, not ten: the retry takes the claim over and stores the upload.
        claimed = idempotency.claim(db.session, PARTY, KEY, PRINT, 24)
        assert isinstance(claimed, idempotency.Claim)
        claimed.hold.release()
        dying.dispose()


@pytest.mark.postgres
def test_two_live_tries_at_once_are_one_202_and_one_409_with_retry_after(postgres_app: Flask) -> None:
    app = postgres_app
    add_user(app, "kommune-herlev")
    assert _send(app).status_code == 202
    _unanswered(app)
    with app.app_context():  # the first try, alive and still storing: it holds its claim
        row = db.session.scalars(select(IdempotencyKey)).one()
        first = claim_holds.take(db.session, row.id, row.created_at, row.created_at)
    assert isinstance(first, claim_holds.Hold)
    second = _send(app)
    first.release()
    body = second.get_json()
    assert (second.status_code, body["code"]) == (409, "idempotency_key_in_use")
    assert second.headers["Retry-After"] == "2"  # `ALIVE_WAIT`: an upload is stored in seconds
    assert second.headers["Content-Type"] == "application/problem+json"
    # The first gone (its hold released without an answer, as a process that died): taken over at once.
    again = _send(app)
    assert again.status_code == 202 and again.get_json()["files"][0]["outcome"] == "duplicate"


def test_on_sqlite_a_claim_made_before_the_process_started_is_taken_over(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    assert _send(app).status_code == 202
    _unanswered(app, created_at=claim_holds.STARTED - timedelta(seconds=1))  # the serving process before
    again = _send(app)
    assert again.status_code == 202 and again.get_json()["files"][0]["outcome"] == "duplicate"


def test_on_sqlite_a_claim_made_since_waits_out_its_minutes(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    assert _send(app).status_code == 202
    _unanswered(app)  # made since this process started, by a process that may be another's on the file
    refused = _send(app)
    assert refused.status_code == 409
    # The seconds left of the ten minutes a claim with no answer holds its key (it was made just now).
    assert 0 < int(refused.headers["Retry-After"]) <= 600
