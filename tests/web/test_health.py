"""The probes: `/healthz` answers whatever the servers do, `/readyz` says whether they answer, always JSON."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts import add_user, sign_in
from flask import Flask
from hub_process import closed_port
from sqlalchemy import text

from hub import create_app
from hub.extensions import db, make_engine
from hub.queue import queue

SECRET = "s3cret-pw"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never says a word: a server hung, or a network that drops."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(16)
        yield int(s.getsockname()[1])


def _dead_database(port: int) -> str:
    return f"postgresql+psycopg://hub:{SECRET}@127.0.0.1:{port}/hub"


def _app_on(tmp_path: Path, **settings: Any) -> Flask:
    # Not `make_app`: a database that is down cannot be migrated.
    config = {"TESTING": True, "SECRET_KEY": "t", "DATA_DIR": str(tmp_path / "var"), "WORKER_THREAD": False}
    return create_app({"REDIS_URL": "", **config, **settings})


def _leaks(text: str) -> list[str]:
    return [word for word in (SECRET, "127.0.0.1", "postgresql", "redis://", "hub:") if word in text]


def test_liveness_answers_json_with_both_servers_down(tmp_path: Path) -> None:
    app = _app_on(
        tmp_path,
        DATABASE_URL=_dead_database(closed_port()),
        REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0",
    )
    for accept in ("*/*", "text/html"):
        answer = app.test_client().get("/healthz", headers={"Accept": accept})
        assert (answer.status_code, answer.get_json()) == (200, {"status": "ok"})


def test_liveness_ignores_the_session_of_a_browser_when_the_database_is_down(app: Flask) -> None:
    # The browser session is looked up in the database (decision 0053): a signed-in person's cookie on
    # /healthz (or a probe replaying one) must not turn a database blip into an HTML 503.
    client = app.test_client()
    add_user(app, "admin")
    assert sign_in(client, "admin").status_code == 302
    with app.app_context():
        db.state().factory.configure(bind=make_engine(_dead_database(closed_port())))
    assert client.get("/agreements").status_code == 503  # the pages do need it
    answer = client.get("/healthz", headers={"Accept": "text/html"})
    assert (answer.status_code, answer.get_json()) == (200, {"status": "ok"})
    assert client.get("/readyz", headers={"Accept": "text/html"}).is_json


def test_readiness_reports_the_database_and_the_queue(queue_app: Flask) -> None:
    with queue_app.app_context():
        queue.enqueue(time.sleep, 0, description="waits")
    answer = queue_app.test_client().get("/readyz")
    assert answer.status_code == 200 and answer.headers["Cache-Control"] == "no-store"
    body = answer.get_json()
    assert body["status"] == "ready"
    assert body["checks"]["database"]["ok"] is True and body["checks"]["database"]["error"] is None
    embedded = not queue_app.config["REDIS_URL"]
    found = {k: body["checks"]["queue"][k] for k in ("ok", "backend", "depth", "failed", "workers")}
    assert found == {
        "ok": True,
        "backend": "embedded" if embedded else "redis",
        "depth": 1,
        "failed": 0,
        "workers": 0,
    }


def test_readiness_asks_postgresql_too(backend_app: Flask) -> None:
    # The statement's timeout is set on PostgreSQL (`SET LOCAL`): the probe must still say "ready".
    answer = backend_app.test_client().get("/readyz")
    assert answer.status_code == 200 and answer.get_json()["checks"]["database"]["ok"] is True


NEWEST = max(p.name.split("_")[0] for p in (ROOT / "hub" / "migrations" / "versions").glob("[0-9]*_*.py"))


def _schema_left_at(app: Flask, revision: str | None) -> None:
    """Set the database's recorded revision as an older or newer hub would have left it (None: never
    migrated), without touching the tables themselves."""
    with app.app_context():
        if revision is None:
            db.session.execute(text("DROP TABLE alembic_version"))
        else:
            db.session.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        db.session.commit()


def test_readiness_says_the_schema_is_this_codes(backend_app: Flask) -> None:
    body = backend_app.test_client().get("/readyz").get_json()
    assert body["checks"]["database"]["schema"] == {
        "state": "current",
        "revisions": [NEWEST],
        "expected": [NEWEST],
    }


@pytest.mark.parametrize(("revision", "state"), [("0001", "behind"), (None, "missing")])
def test_a_database_not_migrated_for_this_code_is_not_ready(
    backend_app: Flask, revision: str | None, state: str
) -> None:
    # New code deployed before `hub db upgrade`: its pages would fail on the new tables, one by one.
    _schema_left_at(backend_app, revision)
    answer = backend_app.test_client().get("/readyz")
    assert answer.status_code == 503
    body = answer.get_json()
    database = body["checks"]["database"]
    assert (body["status"], database["ok"], database["error"]) == ("unavailable", False, None)
    assert database["schema"]["state"] == state and database["schema"]["expected"] == [NEWEST]
    assert database["schema"]["revisions"] == ([revision] if revision else [])
    assert "`hub db upgrade`" in database["reason"] and "kør `hub db upgrade`" in database["reason_da"]


def test_a_database_a_newer_hub_migrated_is_still_ready(app: Flask) -> None:
    # A rolling upgrade: the new hub migrated first; the old processes keep serving until replaced.
    _schema_left_at(app, "9999")
    answer = app.test_client().get("/readyz")
    assert answer.status_code == 200
    assert answer.get_json()["checks"]["database"]["schema"]["state"] == "newer"


def test_readiness_with_the_database_down_is_503_naming_only_the_class(tmp_path: Path) -> None:
    app = _app_on(tmp_path, DATABASE_URL=_dead_database(closed_port()))
    answer = app.test_client().get("/readyz")
    assert answer.status_code == 503 and answer.is_json
    body = answer.get_json()
    assert body["status"] == "unavailable"
    database = body["checks"]["database"]
    assert database["ok"] is False and database["error"] == "OperationalError"
    assert database["reason"] == "the database did not answer"
    assert database["reason_da"] == "databasen svarede ikke"
    assert body["checks"]["queue"]["ok"] is True  # the other check still says its own
    assert _leaks(answer.get_data(as_text=True)) == []


def test_readiness_with_the_queue_down_is_503(app: Flask) -> None:
    app.config["REDIS_URL"] = f"redis://:{SECRET}@127.0.0.1:{closed_port()}/0"
    queue.init_app(app)  # the app's queue on a Redis that is away
    answer = app.test_client().get("/readyz")
    assert answer.status_code == 503
    body = answer.get_json()
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["queue"] == {
        "ok": False,
        "backend": "redis",
        "ms": body["checks"]["queue"]["ms"],
        "depth": None,
        "failed": None,
        "workers": None,
        "error": "ConnectionError",
        "reason": "the job queue's server (Redis) did not answer",
        "reason_da": "jobkøens server (Redis) svarede ikke",
    }
    assert _leaks(answer.get_data(as_text=True)) == []


def test_readiness_gives_up_on_servers_that_never_answer(tmp_path: Path, silent_port: int) -> None:
    # A hung server must make the probe say "unavailable" in seconds, before its load balancer gives up.
    app = _app_on(
        tmp_path, DATABASE_URL=_dead_database(silent_port), REDIS_URL=f"redis://127.0.0.1:{silent_port}/0"
    )
    started = time.monotonic()
    answer = app.test_client().get("/readyz")
    assert time.monotonic() - started < 10
    body = answer.get_json()
    assert answer.status_code == 503
    assert body["checks"]["database"]["ok"] is False and body["checks"]["queue"]["ok"] is False
    assert body["checks"]["queue"]["error"] == "TimeoutError"


def test_the_probes_are_public_and_need_no_session(app: Flask) -> None:
    client = app.test_client()
    assert client.get("/readyz").status_code == 200
    assert client.get("/readyz", headers={"Authorization": "Bearer nonsense"}).status_code == 200
