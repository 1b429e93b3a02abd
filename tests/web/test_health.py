"""The probes: `/healthz` answers whatever the servers do, always JSON."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from accounts import add_user, sign_in
from flask import Flask

from hub import create_app
from hub.extensions import db, make_engine

SECRET = "s3cret-pw"


def _closed_port() -> int:
    """A port nothing listens on: a connection is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _dead_database(port: int) -> str:
    return f"postgresql+psycopg://hub:{SECRET}@127.0.0.1:{port}/hub"


def _app_on(tmp_path: Path, **settings: Any) -> Flask:
    # Not `make_app`: a database that is down cannot be migrated.
    config = {"TESTING": True, "SECRET_KEY": "t", "DATA_DIR": str(tmp_path / "var"), "WORKER_THREAD": False}
    return create_app({"REDIS_URL": "", **config, **settings})


def test_liveness_answers_json_with_both_servers_down(tmp_path: Path) -> None:
    app = _app_on(
        tmp_path,
        DATABASE_URL=_dead_database(_closed_port()),
        REDIS_URL=f"redis://127.0.0.1:{_closed_port()}/0",
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
        db.state().sessions.configure(bind=make_engine(_dead_database(_closed_port())))
    assert client.get("/agreements").status_code == 503  # the pages do need it
    answer = client.get("/healthz", headers={"Accept": "text/html"})
    assert (answer.status_code, answer.get_json()) == (200, {"status": "ok"})
