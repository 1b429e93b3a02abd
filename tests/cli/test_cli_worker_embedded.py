"""`hub worker --burst` without Redis: its queue is its own and empty at start, so it works only what
its healing queues again, and says so with the count rather than exiting 0 in silence."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import update

from hub import longlived
from hub.cli import worker as worker_command
from hub.extensions import db
from hub.models import Submission
from hub.models.base import utcnow
from hub.services import ingest, records

PLACEMENT = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"


def test_an_embedded_burst_says_what_it_worked(
    app: Flask, runner: FlaskCliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(longlived, "freeze", lambda: 0)
    monkeypatch.setattr(worker_command, "start_readers", lambda: 0)
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    with app.app_context():
        # Stored an hour ago and never queued (the queue was down): what healing gives back.
        sent = ingest.submit(db.session, PLACEMENT.read_bytes(), PLACEMENT.name, "gladsaxe", "cli", "cli")
        hour_ago = utcnow() - timedelta(hours=1)
        db.session.execute(update(Submission).values(updated_at=hour_ago))
        db.session.commit()
    result = runner.invoke(args=["worker", "--burst"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "HUB_REDIS_URL is not set: this process's own queue worked 1 job, 0 failed: only submissions"
        " left waiting longer than a lease (HUB_LEASE_SECONDS), queued again here; `hub serve` and each"
        " command work their own",
        "HUB_REDIS_URL er ikke sat: denne proces' egen kø udførte 1 job, 0 fejlede: kun indsendelser, der"
        " har ventet længere end en lease (HUB_LEASE_SECONDS), sat i kø igen her; `hub serve` og hver"
        " kommando udfører deres egne",
    ]
    with app.app_context():
        assert records.submission(db.session, sent.submission_id).status == "accepted"


def test_thousands_of_jobs_are_counted_as_each_reader_groups_them(
    app: Flask, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # 1,500 worked and 1,200 failed: a Dane reads "1.500 job, 1.200 fejlede" (decision 0062).
    registry = {"finished_job_registry": 1500, "failed_job_registry": 1200}
    jobs = SimpleNamespace(**{name: SimpleNamespace(count=n) for name, n in registry.items()})
    monkeypatch.setattr(worker_command.queue, "state", lambda app: SimpleNamespace(queue=jobs))
    worker_command._say_what_the_embedded_burst_did(app)
    english, danish = capsys.readouterr().out.splitlines()
    assert "this process's own queue worked 1,500 jobs, 1,200 failed: only" in english
    assert "denne proces' egen kø udførte 1.500 job, 1.200 fejlede: kun" in danish
