"""A key's claim left by a process that died is free as soon as the database knows it died, not after ten
minutes; a live one is 409 with `Retry-After` (decision 0016, "Stop 66: api-100"). On PostgreSQL the
claim's lock goes with its connection; on SQLite a claim not renewed for `HUB_IDEMPOTENCY_HOLD_SECONDS` is
its dead process's ("Stop 67: api-104")."""

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
from hub.models.base import utcnow
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
        first = claim_holds.take(db.session, row.id, row.created_at, row.created_at, 15)
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


def test_on_sqlite_a_claim_not_renewed_for_its_seconds_is_taken_over(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    assert _send(app).status_code == 202
    # Made 16 s ago and never renewed: past `HUB_IDEMPOTENCY_HOLD_SECONDS` (15), its process is gone.
    _unanswered(app, created_at=utcnow() - timedelta(seconds=16), renewed_at=None)
    again = _send(app)
    assert again.status_code == 202 and again.get_json()["files"][0]["outcome"] == "duplicate"


def test_on_sqlite_a_claim_renewed_lately_waits_its_seconds(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    assert _send(app).status_code == 202
    # Made an hour ago, renewed just now by a process on the file that may be storing it still.
    _unanswered(app, created_at=utcnow() - timedelta(hours=1), renewed_at=utcnow())
    refused = _send(app)
    assert refused.status_code == 409
    # The seconds left of the 15 a claim keeps its key after its last renewal.
    assert 0 < int(refused.headers["Retry-After"]) <= 15
