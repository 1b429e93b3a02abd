"""The expired keys' cleanup never waits on a live request's row (review-97 judged two could deadlock),
and a database failing a keyed request is answered as every other 503 and 500 are (decision 0016, "Stop
66: api-100")."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pytest
from accounts import add_user, bearer
from flask import Flask
from sqlalchemy import create_engine, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from hub.extensions import db
from hub.models import IdempotencyKey
from hub.models.base import utcnow
from hub.services import idempotency, idempotency_keep

PARTY, PRINT = "municipality 159", "f" * 64


@pytest.mark.postgres
def test_the_sweep_skips_an_expired_row_a_live_request_holds(postgres_app: Flask) -> None:
    with postgres_app.app_context():
        expired = utcnow() - timedelta(hours=25)
        db.session.add_all(
            IdempotencyKey(party=PARTY, key=key, fingerprint=PRINT, created_at=expired) for key in ("a", "b")
        )
        db.session.commit()
        # A waiting statement fails after a second rather than hanging the test: waiting is the fault.
        impatient = create_engine(db.engine.url, connect_args={"options": "-c lock_timeout=1000"})
        with Session(db.engine) as live, Session(impatient) as sweeping:
            # A live request holding the row of key "a" (as a take-over's update does until it commits).
            live.scalars(select(IdempotencyKey).where(IdempotencyKey.key == "a").with_for_update()).one()
            claimed = idempotency.claim(sweeping, PARTY, "c", PRINT, 24)
            assert isinstance(claimed, idempotency.Claim)
            claimed.hold.release()
            live.rollback()
        impatient.dispose()
        # "b" swept; "a" skipped while held, left for a later sweep; "c" claimed.
        assert sorted(db.session.scalars(select(IdempotencyKey.key))) == ["a", "c"]


def _send(app: Flask) -> Any:
    return app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "kommune-herlev") | {"Idempotency-Key": "k-1"},
        data={"files": [(io.BytesIO(b"Navn;Timer\nA;1\n"), "timer.csv")]},
        content_type="multipart/form-data",
    )


def _failing(exc: Exception) -> Any:
    def fail(*_args: Any) -> None:
        raise exc

    return fail


LOST = OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))
BROKEN = IntegrityError("INSERT", {}, Exception("a constraint"))


@pytest.mark.parametrize(
    ("step", "exc", "status", "code"),
    [
        ("claim", LOST, 503, "database_unavailable"),
        ("keep", LOST, 503, "database_unavailable"),
        ("keep", BROKEN, 500, "internal_error"),
    ],
)
def test_a_database_failing_a_keyed_upload_is_a_problem_in_both_languages(
    app: Flask, monkeypatch: pytest.MonkeyPatch, step: str, exc: Exception, status: int, code: str
) -> None:
    add_user(app, "kommune-herlev")
    monkeypatch.setattr(idempotency_keep if step == "keep" else idempotency, step, _failing(exc))
    answer = _send(app)
    body = answer.get_json()
    assert (answer.status_code, body["code"], answer.headers["Content-Type"]) == (
        status,
        code,
        "application/problem+json",
    )
    assert body["message"] and body["message_da"] and body["message"] != body["message_da"]
    assert "Traceback" not in answer.get_data(as_text=True)
    assert "server closed" not in answer.get_data(as_text=True)  # the driver's words are the log's
