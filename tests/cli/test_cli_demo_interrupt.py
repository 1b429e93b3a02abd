"""Ctrl-C during `hub demo` stops it, every time: exit 130 (SIGTERM: 143, in its own words), a line in
English and Danish saying the demo is not complete, no traceback, and not the demo's closing line.

It went on before: rq's handler raised StopRequested, which rq's own loop
took for the queue's end (the demo went on to its next round), or Python dropped inside a weakref
callback.

The demo runs as an operator runs it, in a process of its own, signalled at two moments: its progress
line shows the first round just done (the demo's own code runs), and its database shows submissions
claimed by a batch (the embedded queue's worker runs a job, which takes seconds).
"""

from __future__ import annotations

import os
import re
import selectors
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from hub_process import HUB, PATIENCE, killed, operator_env

PROGRESS = re.compile(r"(\d+)/(\d+) done")


def first_round_done(progress: bytes, _database: Path) -> bool:
    """The progress line says the first round is done: the demo goes on to make its next forms."""
    return any(done == total for done, total in PROGRESS.findall(progress.decode(errors="replace")))


def a_job_under_way(_progress: bytes, database: Path) -> bool:
    """A batch has claimed submissions (`processing`) and reads them: rq's worker is busy."""
    if not database.exists():
        return False
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.1) as connection:
            query = "SELECT count(*) FROM submissions WHERE status = 'processing'"
            return bool(connection.execute(query).fetchone()[0])
    except sqlite3.OperationalError:  # written to just now, or not made yet: look again
        return False


@pytest.mark.parametrize(
    ("moment", "signum", "code", "said"),
    [
        (first_round_done, signal.SIGINT, 130, ("Interrupted (Ctrl-C)", "Afbrudt (Ctrl-C)")),
        (a_job_under_way, signal.SIGINT, 130, ("Interrupted (Ctrl-C)", "Afbrudt (Ctrl-C)")),
        # SIGTERM (systemd, `kill`) is a stop of its own: its words, 128 + SIGTERM.
        (a_job_under_way, signal.SIGTERM, 143, ("Stopped (SIGTERM)", "Stoppet (SIGTERM)")),
    ],
    ids=["ctrl-c-between-rounds", "ctrl-c-in-a-job", "sigterm-in-a-job"],
)
def test_ctrl_c_stops_the_demo(
    runner: Any, app: Flask, tmp_path: Path, moment: Any, signum: int, code: int, said: tuple[str, str]
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    env = operator_env(tmp_path / "var")  # the `app` fixture's database, agreements loaded
    demo = subprocess.Popen(
        [HUB, "demo", "--progress"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,  # its readers in its group: `killed` reaches them too
    )
    assert demo.stdout is not None and demo.stderr is not None
    seen, signalled = b"", False
    try:
        deadline = time.monotonic() + PATIENCE
        with selectors.DefaultSelector() as waiting:
            waiting.register(demo.stderr, selectors.EVENT_READ)
            while not signalled and demo.poll() is None and time.monotonic() < deadline:
                if waiting.select(timeout=0.05):
                    seen += os.read(demo.stderr.fileno(), 65536)
                if moment(seen, tmp_path / "var" / "hub.sqlite3"):
                    demo.send_signal(signum)
                    signalled = True
        assert signalled, seen.decode(errors="replace")[-2000:]
        out, err = demo.communicate(timeout=PATIENCE)
    finally:
        # Whether it ended or a failure above left it running: nothing of it outlives the test.
        killed(demo)
        demo.stdout.close()
        demo.stderr.close()
    output = (seen + err).decode(errors="replace")
    assert demo.returncode == code, output
    english, danish = output.splitlines()[-2:]
    assert english.startswith(f"{said[0]}: the demo is not complete;"), output
    assert danish.startswith(f"{said[1]}: demoen er ikke færdig;"), output
    assert "Traceback" not in output and "Exception ignored" not in output
    assert b"demo forms:" not in out  # it did not go on to the end
