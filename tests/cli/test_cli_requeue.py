"""`hub requeue` speaks both languages, as the other commands do, and says that it waits before it does."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import ROOT
from flask import Flask

from hub.cli import waiting
from hub.extensions import db
from hub.queue import queue
from hub.services import ingest

PLACEMENT = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"


def _left_unqueued(app: Flask, runner: Any) -> int:
    """A submission stored while the queue was down: received, never queued."""
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    with app.app_context():
        return ingest.submit(
            db.session, PLACEMENT.read_bytes(), "p.pdf", "gladsaxe", "cli", "cli"
        ).submission_id


def test_requeue_says_each_line_in_english_and_danish(app: Flask, runner: Any) -> None:
    sent = _left_unqueued(app, runner)
    result = runner.invoke(args=["requeue", "--minutes", "0"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "queued again: 1 / sat i kø igen: 1",
        f"submission {sent}: accepted / indsendelse {sent}: godkendt",
    ]
    assert result.stderr == "processing them here / behandler dem her\n"


def test_requeue_says_it_waits_for_workers_and_what_they_did_not_finish(
    app: Flask, runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = _left_unqueued(app, runner)
    queue.state(app).embedded = False  # `hub worker` processes would do the work: none runs
    monkeypatch.setattr(waiting, "REQUEUE_WAIT", 0.3)
    result = runner.invoke(args=["requeue", "--minutes", "0"])
    assert result.exit_code == 0, result.output
    assert result.stderr == "waiting up to 0.3 s for hub worker / venter op til 0.3 s på hub worker\n"
    assert result.stdout.splitlines()[1] == (
        f"submission {sent}: queued, not finished within 0.3 s; a worker will finish it"
        f" / indsendelse {sent}: i kø, ikke færdig inden for 0.3 s; en worker gør den færdig"
    )
