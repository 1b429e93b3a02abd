"""Uploading while the job queue (Redis) is down: each document is kept (stored, `received`), the API
answers 202 with one line in English and Danish saying so, and the workers queue it once Redis is back.
Redis down is a real closed port: bound, then released."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from accounts import add_user, bearer, sign_in
from conftest import ROOT, make_app
from hub_process import closed_port
from page_support import load_agreements
from sqlalchemy import select

from hub import create_app
from hub.extensions import db
from hub.healing import heal
from hub.models import Submission
from hub.queue import queue

GOLDEN = ROOT / "tests" / "golden"


def post(client: Any, headers: dict[str, str], *files: tuple[str, bytes]) -> Any:
    data: dict[str, Any] = {"files": [(io.BytesIO(body), name) for name, body in files]}
    return client.post("/api/submissions", data=data, headers=headers, content_type="multipart/form-data")


def test_an_upload_with_redis_down_is_kept_and_answered_202_in_both_languages(tmp_path: Path) -> None:
    down = load_agreements(make_app(tmp_path, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0"))
    add_user(down, "kommune-herlev")
    placement = (GOLDEN / "herlev" / "placement.csv").read_bytes()
    support = (GOLDEN / "herlev" / "mentor_support.csv").read_bytes()
    response = post(
        down.test_client(), bearer(down, "kommune-herlev"), ("p.csv", placement), ("s.csv", support)
    )
    assert response.status_code == 202, response.get_data(as_text=True)
    files = response.get_json()["files"]
    assert [(f["filename"], f["outcome"], f["status"]) for f in files] == [
        ("p.csv", "received", "received"),
        ("s.csv", "received", "received"),
    ]
    for f in files:
        assert f["message"] == "kept, will be processed when the queue is back"
        assert f["message_da"] == "gemt, behandles når køen er tilbage"
    with down.app_context():
        assert {s.filename: s.status for s in db.session.scalars(select(Submission))} == {
            "p.csv": "received",
            "s.csv": "received",
        }
    # The queue back (the embedded one, same database): a worker's maintenance step finds them unqueued.
    back = make_app(tmp_path, LEASE_SECONDS=0)
    heal(back)
    queue.run_burst(back)
    with back.app_context():
        assert {s.filename: s.status for s in db.session.scalars(select(Submission))} == {
            "p.csv": "accepted",
            "s.csv": "accepted",
        }


def test_an_upload_with_the_queue_up_has_no_message(app: Any) -> None:
    load_agreements(app)
    add_user(app, "kommune-herlev")
    placement = (GOLDEN / "herlev" / "placement.csv").read_bytes()
    [f] = post(app.test_client(), bearer(app, "kommune-herlev"), ("p.csv", placement)).get_json()["files"]
    assert (f["status"], f["message"], f["message_da"]) == ("queued", None, None)


def test_signing_in_with_redis_down_is_not_a_server_error(tmp_path: Path) -> None:
    down = make_app(tmp_path, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0")
    add_user(down, "kommune-herlev")
    response = sign_in(down.test_client(), "kommune-herlev")
    assert response.status_code == 302


def test_the_api_with_the_database_down_says_so_in_one_line_never_a_server_error(tmp_path: Path) -> None:
    # `make_app` migrates its database; this one is never there.
    down = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "SECRET_KEY": "test-secret",
            "DATABASE_URL": f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/hub",
            "REDIS_URL": "",
            "WORKER_THREAD": False,
        }
    )
    answer = down.test_client().get("/api/agreements", headers={"Authorization": "Bearer not-checked-yet"})
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "60"
    body = answer.get_json()
    assert body["code"] == "database_unavailable"
    assert body["message_da"] == "Databasen kan ikke nås lige nu. Prøv igen om et minut."  # a read
