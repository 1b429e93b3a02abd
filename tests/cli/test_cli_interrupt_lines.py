"""Ctrl-C said by the command it stopped, in English and Danish, exit 130: before the hub is even imported
(`hub.entry`), while `hub reprocess` re-maps (nothing written: its changes are one commit) and while
`hub agreements load` stores (all or nothing)."""

from __future__ import annotations

import builtins
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import func, select

from hub import entry
from hub.cli import reprocess
from hub.extensions import db
from hub.models import Agreement, AuditEvent
from hub.services import agreements

PLACEMENT = ROOT / "tests" / "golden" / "herlev" / "placement.csv"


def test_ctrl_c_while_the_hub_is_imported_is_two_lines_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = builtins.__import__

    def importing(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "hub.cli":
            raise KeyboardInterrupt  # as Ctrl-C arrives in the second or so the import takes
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", importing)
    with pytest.raises(SystemExit) as exited:
        entry.main()
    assert exited.value.code == 130
    assert capsys.readouterr().err.splitlines()[-2:] == [
        "Interrupted (Ctrl-C) before the command started: nothing was done",
        "Afbrudt (Ctrl-C) før kommandoen gik i gang: intet er gjort",
    ]


def audit_count(app: Flask, action: str) -> int:
    with app.app_context():
        query = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
        return int(db.session.scalar(query) or 0)


def _ctrl_c() -> None:
    raise KeyboardInterrupt


def _sigterm() -> None:
    os.kill(os.getpid(), signal.SIGTERM)  # as systemd or `kill` stops it; its handler is the hub's


@pytest.mark.parametrize(
    ("stop", "code", "lines"),
    [
        (
            _ctrl_c,
            130,
            [
                "Interrupted (Ctrl-C): nothing re-mapped; the stored documents are as they were",
                "Afbrudt (Ctrl-C): intet er omsat igen; de gemte dokumenter er som før",
            ],
        ),
        (  # a stop of its own, exit 143 (128 + SIGTERM), in its own words
            _sigterm,
            143,
            [
                "Stopped (SIGTERM): nothing re-mapped; the stored documents are as they were",
                "Stoppet (SIGTERM): intet er omsat igen; de gemte dokumenter er som før",
            ],
        ),
    ],
    ids=["ctrl-c", "sigterm"],
)
def test_a_stop_during_reprocess_writes_nothing_and_says_so(
    runner: Any,
    app: Flask,
    monkeypatch: pytest.MonkeyPatch,
    stop: Callable[[], None],
    code: int,
    lines: list[str],
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    assert runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"]).exit_code == 0

    def update(self: Any, done: int, *args: Any, **kwargs: Any) -> None:
        if done == self.total:  # every document re-mapped, nothing applied yet
            stop()

    monkeypatch.setattr(reprocess.Progress, "update", update)
    result = runner.invoke(args=["reprocess", "-m", "herlev"])
    assert result.exit_code == code, result.output
    assert result.output.splitlines()[-2:] == lines
    assert audit_count(app, "municipality.reprocessed") == 0
    # Run again to the end, it is written (the action counted above is the one it writes).
    monkeypatch.undo()
    assert runner.invoke(args=["reprocess", "-m", "herlev"]).exit_code == 0
    assert audit_count(app, "municipality.reprocessed") == 1


def test_ctrl_c_during_agreements_load_stores_none(
    runner: Any, app: Flask, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = agreements._store
    stored: list[str] = []

    def store(session: Any, data: dict[str, Any], actor: str) -> None:
        if stored:  # the second agreement: the first is in the session, not committed
            raise KeyboardInterrupt
        real(session, data, actor)
        stored.append(data["id"])

    monkeypatch.setattr(agreements, "_store", store)
    result = runner.invoke(args=["agreements", "load"])
    assert result.exit_code == 130, result.output
    assert result.output.splitlines()[-2:] == [
        "Interrupted (Ctrl-C): the agreements are loaded all or nothing; run hub agreements list to see"
        " whether they were",
        "Afbrudt (Ctrl-C): aftalerne indlæses alle eller ingen; kør hub agreements list for at se,"
        " om de blev",
    ]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Agreement)) == 0
    assert len(stored) == 1
