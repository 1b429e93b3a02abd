"""`hub ingest --wait` through a PostgreSQL restart: the files are stored, so the command keeps looking
(with back-off) until --wait runs out, and tells an outcome it could not read as unknown (exit 5), not
as files "not stored" (exit 4)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy.exc import OperationalError

from hub.cli import waiting
from hub.queue import queue
from hub.services import records

PLACEMENT = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"


def _down(*_args: Any, **_kwargs: Any) -> Any:
    raise OperationalError("SELECT", {}, Exception("server closed the connection unexpectedly"))


def _ingest(app: Flask, runner: Any, monkeypatch: pytest.MonkeyPatch, look: Any, wait: str) -> Any:
    """`hub ingest --wait` of one file, its looks at the submissions done by `look`, with the queue as
    with `hub worker` processes: the command queues and looks, it works nothing."""
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    queue.state(app).embedded = False
    monkeypatch.setattr(waiting, "_progress", look)
    return runner.invoke(args=["ingest", str(PLACEMENT), "-m", "gladsaxe", "--wait", wait])


def test_a_database_back_within_wait_is_waited_for(
    app: Flask, runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    looks = []
    real = waiting._progress

    def restarting(ids: list[int], *args: Any, **kwargs: Any) -> int:
        looks.append(len(looks))
        if len(looks) <= 3:
            _down()
        # Back: a worker has done the job meanwhile.
        queue.run_burst(app)
        return real(ids, *args, **kwargs)

    result = _ingest(app, runner, monkeypatch, restarting, "30")
    assert result.exit_code == 0, result.output
    assert len(looks) == 4
    assert f"{PLACEMENT}: accepted / godkendt" in result.output
    assert "not stored" not in result.output and "unknown" not in result.output


def test_a_database_gone_until_wait_runs_out_leaves_the_outcome_unknown(
    app: Flask, runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    looks = []

    def gone(*_args: Any, **_kwargs: Any) -> int:
        looks.append(1)
        return _down()

    monkeypatch.setattr(records, "submission", _down)  # the last look, file by file, finds it gone too
    result = _ingest(app, runner, monkeypatch, gone, "1.6")
    assert result.exit_code == 5, result.output
    assert 2 <= len(looks) <= 3  # backed off: 0.5 s, then 1 s, not every 0.2 s
    assert f"{PLACEMENT}: stored as submission 1; its outcome cannot be read" in result.output
    assert "error: 1 file stored, outcome unknown: the database did not answer" in result.output
    assert "fejl: 1 fil gemt, udfaldet ukendt: databasen svarede ikke" in result.output
    assert "not stored" not in result.output and "Traceback" not in result.output
