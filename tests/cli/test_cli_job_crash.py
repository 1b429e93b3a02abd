"""A document whose processing crashes, in `hub ingest` as an operator runs it: its line says it failed,
and the log lines that reach the terminal are one line each in English and Danish, with no traceback
and nothing of the exception's text (which may quote the document: a CPR number). rq's own record of
the failed job was a traceback at ERROR, which the command let through to the terminal.

The crash is made in the process by a `sitecustomize` module on its PYTHONPATH: storing a document
raises an error quoting a CPR-shaped value, as a library's error may quote what it was given."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

from conftest import ROOT
from flask import Flask
from hub_process import HUB, operator_env
from test_cli_ingest_interrupt import MENTOR_HOURS

CPR = "".join(("010170", "1234"))
CRASH = f"""
import hub.services.documents as documents

def store_document(*args, **kwargs):
    raise ValueError("cannot store {CPR}")

documents.store_document = store_document
"""


def crashing(tmp_path: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    """`hub ingest` of one mentor-hours form whose storing crashes."""
    crash = tmp_path / "crash"
    crash.mkdir(exist_ok=True)
    (crash / "sitecustomize.py").write_text(CRASH, encoding="utf-8")
    # The tree under test after the crash: a worktree's hub, not the one the virtualenv was installed from.
    env = {
        **operator_env(tmp_path / "var"),
        "PYTHONPATH": os.pathsep.join((str(crash), str(ROOT))),
        **settings,
    }
    return subprocess.run(
        [HUB, "ingest", "-m", "ballerup", str(MENTOR_HOURS)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_crashed_document_reaches_the_terminal_as_lines_in_both_languages(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    done = crashing(tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    # The hub failed, not the file: said so in both languages (decision 0065, stop 55).
    said = "failed (the hub failed reading it, nothing is wrong with the file: it is kept, and read again by "
    said_da = "fejlet (hubben fejlede under læsningen, der er intet galt med filen: den er gemt og læses igen"
    assert f"{MENTOR_HOURS}: {said}" in done.stdout + done.stderr and said_da in done.stdout + done.stderr
    logged = [line for line in done.stderr.splitlines() if " ERROR " in line]
    # settling's line for the document, the queue worker's for the job that held it
    assert len(logged) == 2, done.stderr
    assert logged[0].endswith("failed with ValueError / indsendelse 1 fejlede med ValueError"), logged
    assert " (hub.jobs.process_batch) failed with ProcessingFailed / job " in logged[1], logged
    assert logged[1].endswith(" (hub.jobs.process_batch) fejlede med ProcessingFailed"), logged
    assert "Traceback" not in done.stderr and CPR not in done.stderr


def test_where_it_crashed_is_logged_at_debug_without_the_exceptions_text(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    done = crashing(tmp_path, HUB_LOG_LEVEL="DEBUG")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "exception text left out" in done.stderr and "hub.errors.ProcessingFailed" in done.stderr
    assert CPR not in done.stderr
