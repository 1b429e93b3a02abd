"""SIGTERM (systemd, `kill`, a container's stop) stops every command that writes as it stops `hub ingest`:
exit 143, a line in English and Danish in SIGTERM's words, every `finally` run. Python's default ended
them with no line: `hub requeue` left its batch unsaid, an export its temporary file beside --out.

`hub requeue` runs as an operator runs it, in a process of its own, signalled once a batch it queued
again is under way (`test_cli_stop_signals.stopped`); an export is signalled from inside its writer."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from conftest import ROOT, make_app
from flask import Flask
from flask.testing import FlaskCliRunner
from hub_process import HUB, closed_port, operator_env
from test_cli_ingest_interrupt import BALLERUP_PLACEMENT, copies, count
from test_cli_stop_signals import stopped

from hub.cli import cli
from hub.extensions import db
from hub.services import company_files

FILES = 12


def kept_for_the_queue(tmp_path: Path, n: int) -> dict[str, str]:
    """`n` files stored by `hub ingest` while the queue was down (`received`, no job); the environment
    of a hub with its own queue again. The storing is this process's, by an app on the `app` fixture's
    database with its queue at a closed port: `hub requeue`, the test's subject, finds the same rows, and
    no `hub` process of its own (an interpreter importing the hub, about 2 CPU-s) is started for them."""
    env = {**operator_env(tmp_path / "var"), "HUB_BATCH_SIZE": "2"}
    files = copies(BALLERUP_PLACEMENT, tmp_path / "in", n)
    down = make_app(tmp_path, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0", BATCH_SIZE=2)
    try:
        sent = FlaskCliRunner(down).invoke(cli, ["ingest", "-m", "ballerup", *map(str, files)])
    finally:
        with down.app_context():
            db.engine.dispose()
    assert sent.exit_code == 4, sent.output  # stored, the queue could not take them
    return env


def test_sigterm_stops_requeue_saying_what_is_left_exit_143(runner: Any, app: Flask, tmp_path: Path) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    env = kept_for_the_queue(tmp_path, FILES)
    database = tmp_path / "var" / "hub.sqlite3"
    assert count(database, "status = 'received'") == FILES
    code, said = stopped(["requeue", "--minutes", "0"], env, database, [signal.SIGTERM])
    assert code == 143, said
    assert "Traceback" not in said and "Ctrl-C" not in said
    # The job under way finished (one SIGTERM lets it); the batches behind it wait for the next run.
    left = count(database, "status NOT IN ('accepted', 'partial', 'rejected', 'failed')")
    assert 0 < left < FILES, said
    assert count(database, "status = 'processing'") == 0
    english, danish = said.splitlines()[-2:]
    assert english == (
        f"Stopped (SIGTERM): {FILES} submissions queued again; {left} of them not processed yet"
        " (run hub requeue --minutes 0)"
    )
    assert danish == (
        f"Stoppet (SIGTERM): {FILES} indsendelser sat i kø igen; {left} af dem er ikke behandlet endnu"
        " (kør hub requeue --minutes 0)"
    )
    # What the line says works: the next run takes every one left.
    again = subprocess.run(
        [HUB, "requeue", "--minutes", "0"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.splitlines()[0] == f"queued again: {left} / sat i kø igen: {left}"


class ReachedTheTest(Exception):
    """SIGTERM got past the command to the test's own handler (Python's default would end pytest)."""


def _to_the_test(signum: int, frame: FrameType | None) -> None:
    raise ReachedTheTest


def test_sigterm_while_an_export_is_written_leaves_no_file_and_says_so(
    runner: Any, app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    real = company_files.write_export

    def write_export(session: Any, agreement: Any, fmt: str, period: Any, stream: Any) -> Any:
        stream.write(b"half an export")
        signal.raise_signal(signal.SIGTERM)  # as systemd or `kill` stops it, midway
        return real(session, agreement, fmt, period, stream)

    monkeypatch.setattr(company_files, "write_export", write_export)
    out = tmp_path / "out" / "export.json"
    before = signal.signal(signal.SIGTERM, _to_the_test)
    try:
        args = ["export", "company", "falck-hovedstaden", "--format", "json", "--period", "2026-08"]
        result = runner.invoke(args=[*args, "--out", str(out)])
    finally:
        signal.signal(signal.SIGTERM, before)
    assert result.exit_code == 143, (result.output, result.exception)
    assert result.output.splitlines()[-2:] == [
        "Stopped (SIGTERM): what the command had finished is kept; what it was doing is not written",
        "Stoppet (SIGTERM): det, kommandoen havde gjort færdigt, er gemt;"
        " det, den var i gang med, er ikke skrevet",
    ]
    assert list(out.parent.iterdir()) == []  # neither the export nor its temporary file
