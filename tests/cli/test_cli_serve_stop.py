"""`hub serve` with its embedded queue, stopped as systemd or `kill` stops it (SIGTERM), in a process of
its own: the requests under way are answered, the worker thread's batch under way is finished (a second
SIGTERM stops it and gives its submissions back to the queue at once), and it says so in English and
Danish, exit 143, no traceback. Python's own SIGTERM ended the process where it was: no line, the batch
cut and left `processing` under its lease.

The moment is made certain, not timed: the upload's one batch has claimed its submissions and its
reader processes are paused (SIGSTOP) when the first SIGTERM is sent; they go on only once the hub has
logged what it does with the job under way (and, for the second SIGTERM, that it stops it)."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import requests
from accounts import add_user, bearer
from flask import Flask
from hub_process import PATIENCE, Running, closed_port, operator_env
from test_cli_ingest_interrupt import MENTOR_HOURS, copies, count
from test_cli_stop_signals import children, given_back

FILES = 12
FINISHED_FIRST = "stopping: the job under way is finished first"
STOPPED_NOW = "stopping: the job under way is stopped"


def stopped_serving(app: Flask, tmp_path: Path, sigterms: int) -> tuple[int, list[str], Path]:
    """Upload FILES documents to `hub serve` in one batch, pause its readers once the batch has claimed
    them, send `sigterms` SIGTERMs, each once the hub has said it took the one before; its exit code,
    its lines, and its database."""
    add_user(app, "kommune-ballerup")
    headers = bearer(app, "kommune-ballerup")
    files = copies(MENTOR_HOURS, tmp_path / "in", FILES)
    database = tmp_path / "var" / "hub.sqlite3"
    port = closed_port()
    # One batch, and a lease far longer than the test: only a give-back frees stopped work.
    env = {**operator_env(tmp_path / "var"), "HUB_BATCH_SIZE": str(FILES), "HUB_LEASE_SECONDS": "3600"}
    paused: set[int] = set()
    # On a failure below, leaving the block kills it with its readers, paused ones too, and waits.
    with Running(["serve", "--port", str(port)], env) as served:
        served.said("the hub is at")
        sent = [("files", (path.name, path.read_bytes(), "application/pdf")) for path in files]
        # The readers are paused while the upload is sent, not after its answer: on a quick machine the
        # batch had read all its files before the first pause, finished, and the second SIGTERM found
        # nothing under way to stop (seen once in a full run, stop 45).
        with ThreadPoolExecutor(1) as sending:
            posted = sending.submit(
                requests.post,
                f"http://127.0.0.1:{port}/api/submissions",
                files=sent,
                headers=headers,
                timeout=PATIENCE,
            )
            deadline = time.monotonic() + PATIENCE
            while not paused or count(database, "status = 'processing'") == 0:
                assert served.process.poll() is None and time.monotonic() < deadline
                for pid in set(children(served.process.pid)) - paused:
                    os.kill(pid, signal.SIGSTOP)
                    paused.add(pid)
                time.sleep(0.01)
            answer = posted.result(timeout=PATIENCE)
        assert answer.status_code == 202, answer.text
        served.process.send_signal(signal.SIGTERM)
        served.said(FINISHED_FIRST)
        if sigterms > 1:
            served.process.send_signal(signal.SIGTERM)
            served.said(STOPPED_NOW)
        for pid in paused:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        code = served.ended()
    return code, served.lines, database


def test_sigterm_finishes_the_batch_under_way_says_so_and_exits_143(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    code, said, database = stopped_serving(app, tmp_path, sigterms=1)
    assert code == 143, "\n".join(said)
    assert said[-2:] == [
        "Stopped (SIGTERM): the hub no longer serves; the job under way was finished; no job was waiting",
        "Stoppet (SIGTERM): hubben svarer ikke længere; jobbet, der var i gang, blev gjort færdigt;"
        " intet job ventede",
    ]
    assert not any("Traceback" in line for line in said)
    assert count(database, "status IN ('accepted', 'partial', 'rejected')") == FILES


def test_a_second_sigterm_stops_the_batch_and_gives_it_back(runner: Any, app: Flask, tmp_path: Path) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    code, said, database = stopped_serving(app, tmp_path, sigterms=2)
    assert code == 143, "\n".join(said)
    assert said[-2:] == [
        "Stopped (SIGTERM): the hub no longer serves; the job under way was stopped and its submissions"
        " given back to the queue; no job was waiting",
        "Stoppet (SIGTERM): hubben svarer ikke længere; jobbet, der var i gang, blev stoppet, og dets"
        " indsendelser er givet tilbage til køen; intet job ventede",
    ]
    assert not any("Traceback" in line for line in said)
    given_back(database, FILES, "SIGTERM")
