"""The lived demo built once per run and copied by the other processes (`tests/lived_once.py`): a copy
holds what the build stored and let out, and nothing a process did to its demo afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from accounts import add_user
from conftest import make_app
from flask import Flask
from lived_once import counts, lived_once, shared_folder
from sweep_capture import LetOut

from hub.extensions import db
from hub.queue import queue
from hub.services.user_parties import Party

LEAD = Party(municipality="159")


class Build:
    """A small stand-in for `hub demo`: a stored user, queue keys of three kinds (one that expires), and
    what it let out; counts its runs, and fails its first `failures` runs."""

    def __init__(self, failures: int = 0) -> None:
        self.runs = 0
        self.failures = failures

    def __call__(self, folder: Path) -> tuple[Flask, LetOut]:
        self.runs += 1
        app = make_app(folder)
        add_user(app, "bygget", "lead", LEAD)
        connection = queue.state(app).connection
        connection.hset("rq:job:one", mapping={"status": "finished", "result": "ok"})
        connection.set("rq:results:one", "done", ex=3600)
        connection.xadd("rq:results:two", {"result": "2"})
        if self.runs <= self.failures:
            raise RuntimeError("the demo failed")
        return app, LetOut(["DEBUG hub.demo stored"], ["rq:job:one"], "demo made")


def _dump(app: Flask) -> list[str]:
    """The database's every statement, as SQLite would write it out."""
    with app.app_context():
        path = db.engine.url.database
        db.engine.dispose()
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _queue(app: Flask) -> dict[bytes, tuple[bytes, bool]]:
    """Every key of the app's embedded queue: its value, and whether it expires."""
    connection = queue.state(app).connection
    return {key: (connection.dump(key), connection.pttl(key) > 0) for key in connection.scan_iter()}


def test_a_copy_holds_what_the_build_stored_and_not_what_came_after(tmp_path: Path) -> None:
    build = Build()
    built, let_out = lived_once(tmp_path / "shared", tmp_path / "first", build, make_app)
    stored, queued = _dump(built), _queue(built)
    # What a test in the building process does to its demo afterwards (a module that forgot its copy).
    add_user(built, "skrevet-efter", "lead", LEAD)
    queue.state(built).connection.set("rq:job:after", "later")

    before = dict(counts)
    copy, copied_out = lived_once(tmp_path / "shared", tmp_path / "second", build, make_app)

    assert build.runs == 1
    assert counts == {"built": before["built"], "copied": before["copied"] + 1}
    assert Path(copy.config["DATA_DIR"]).is_relative_to(tmp_path / "second")
    assert _dump(copy) == stored
    assert _queue(copy) == queued
    assert copied_out == let_out
    assert "skrevet-efter" not in "\n".join(_dump(copy))


def test_a_copy_is_a_folder_of_its_own(tmp_path: Path) -> None:
    build = Build()
    lived_once(tmp_path / "shared", tmp_path / "first", build, make_app)
    copy = lived_once(tmp_path / "shared", tmp_path / "second", build, make_app)[0]
    add_user(copy, "i-kopien", "lead", LEAD)

    again = lived_once(tmp_path / "shared", tmp_path / "third", build, make_app)[0]

    assert build.runs == 1
    assert "i-kopien" not in "\n".join(_dump(again))


def test_a_failed_build_keeps_nothing(tmp_path: Path) -> None:
    build = Build(failures=1)
    with pytest.raises(RuntimeError, match="the demo failed"):
        lived_once(tmp_path / "shared", tmp_path / "first", build, make_app)

    lived_once(tmp_path / "shared", tmp_path / "second", build, make_app)

    assert build.runs == 2


def test_one_process_builds_its_own(tmp_path: Path) -> None:
    build = Build()
    lived_once(None, tmp_path / "first", build, make_app)
    lived_once(None, tmp_path / "second", build, make_app)
    assert build.runs == 2


def test_only_the_processes_of_one_run_share(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    monkeypatch.setenv("PYTEST_XDIST_TESTRUNUID", "run-a")
    assert shared_folder(tmp_path / "popen-gw0") is None

    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    assert shared_folder(tmp_path / "popen-gw1") == tmp_path / "lived-demo-run-a"
    monkeypatch.setenv("PYTEST_XDIST_TESTRUNUID", "run-b")
    assert shared_folder(tmp_path / "popen-gw1") == tmp_path / "lived-demo-run-b"
