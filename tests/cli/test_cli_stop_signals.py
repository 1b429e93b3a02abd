"""Stopping `hub ingest` as an operator does, in a process of its own: a second Ctrl-C while the first is
handled gives the batch under way back to the queue at once (it was left under its lease, which
`hub requeue` and a re-send leave alone until it runs out), and SIGTERM is said as a stop of its own,
exit 143 (128 + SIGTERM), not as Ctrl-C.

The moment is made certain, not timed: a batch job has claimed the submissions (`processing`); for the
second Ctrl-C its reader processes are paused (SIGSTOP), so that the batch is still waiting for its
documents, until the command has logged that the second one stops the job. The second is sent only
once the command has logged that it took the first (two sent before the first is handled arrive as
one), not after a fixed half second, which a loaded machine outlasted."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

from conftest import ROOT
from flask import Flask
from hub_process import HUB, PATIENCE, Running, operator_env
from test_cli_ingest_interrupt import MENTOR_HOURS, copies, count

FILES = 40
# What the command logs as it takes the first signal, and as a second one stops the job under way.
TOOK = ("stop asked: the job under way is finished first", "stop asked again: the job under way is stopped")
# A log line (`log_handler.FORMAT`), left out of what the command says.
LOG_LINE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z [A-Z]+ \S+ \[\d+\] ")


def stopped(args: list[str], env: dict[str, str], database: Path, signals: list[int]) -> tuple[int, str]:
    """Run `hub ARGS`; once a batch is under way send `signals`, each once the command has logged that
    it took the one before; its exit code and everything it said (its log lines left out). Its reader
    processes are paused (as they start, long before they have read a document: a reader takes over
    half a second to start, and any started later is paused too) until the command has logged that it
    took the last signal: the batch is waiting for its documents when the signals come, however slowly
    the machine runs. (With one signal they once ran on: on a host at load 20-32 `hub requeue` read all
    its documents and ended before the test saw one `processing`.)"""
    paused: set[int] = set()
    # The command's INFO lines say when it took each signal (`CommandWorker._stop_asked`).
    with Running(args, {**env, "HUB_LOG_LEVEL": "INFO"}) as running:
        process = running.process

        def pause_readers() -> None:
            for pid in set(children(process.pid)) - paused:
                os.kill(pid, signal.SIGSTOP)
                paused.add(pid)

        deadline = time.monotonic() + PATIENCE
        while not paused or count(database, "status = 'processing'") == 0:
            assert process.poll() is None, "\n".join(running.lines)
            assert time.monotonic() < deadline
            pause_readers()
            time.sleep(0.01)
        for n, signum in enumerate(signals):
            pause_readers()
            process.send_signal(signum)
            running.said(TOOK[min(n, 1)], meanwhile=pause_readers)
        for pid in paused:
            with contextlib.suppress(ProcessLookupError):  # a reader the sandbox replaced meanwhile
                os.kill(pid, signal.SIGCONT)
        # On a failure above, leaving the block kills it with its readers, paused ones too, and waits.
        code = running.ended()
    said = [line for line in running.lines if not LOG_LINE.match(line)]
    return code, "\n".join(said)


def children(pid: int) -> list[int]:
    """The processes `pid` started (the PDF and workbook readers)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def released_for_stopping(database: Path) -> int:
    """Audit entries of submissions given back because their worker was stopped."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        query = "SELECT detail FROM audit_events WHERE action = 'submission.released'"
        return sum(json.loads(detail) == {"stopped": True} for (detail,) in connection.execute(query))


def given_back(database: Path, files: int, second: str) -> int:
    """How many of `files` a second stop signal (`second`, as the message names it) gave back to the
    queue, after checking that some were, none is left `processing`, each is waiting with no lease, and
    each release is in the audit log as a stop's."""
    finished = count(database, "status IN ('accepted', 'partial', 'rejected')")
    assert finished < files, f"the batch finished before the second {second}: nothing to give back"
    left = files - finished
    assert count(database, "status = 'processing'") == 0
    assert count(database, "status = 'received' AND lease_until IS NULL") == left
    assert released_for_stopping(database) == left
    return left


def test_a_second_ctrl_c_gives_the_batch_under_way_back_to_the_queue(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    files = copies(MENTOR_HOURS, tmp_path / "in", FILES)
    database = tmp_path / "var" / "hub.sqlite3"
    # One batch, and a lease far longer than the test: only a give-back can free the work.
    env = {**operator_env(tmp_path / "var"), "HUB_BATCH_SIZE": str(FILES), "HUB_LEASE_SECONDS": "3600"}
    code, said = stopped(
        ["ingest", "-m", "ballerup", *map(str, files)], env, database, [signal.SIGINT, signal.SIGINT]
    )
    assert code == 130, said
    assert "Traceback" not in said
    left = given_back(database, FILES, "Ctrl-C")
    english, danish = said.splitlines()[-2:]
    assert english == (
        f"Interrupted (Ctrl-C): {FILES} of {FILES} files stored; {left} of them not processed yet"
        " (send the same files again, or run hub requeue --minutes 0)"
    )
    assert danish == (
        f"Afbrudt (Ctrl-C): {FILES} af {FILES} filer gemt; {left} af dem er ikke behandlet endnu"
        " (send de samme filer igen, eller kør hub requeue --minutes 0)"
    )
    # What the line says works now, not after the lease: `hub requeue --minutes 0` takes every one.
    requeued = subprocess.run(
        [HUB, "requeue", "--minutes", "0"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert requeued.returncode == 0, requeued.stdout + requeued.stderr
    assert requeued.stdout.splitlines()[0] == f"queued again: {left} / sat i kø igen: {left}"


def test_sigterm_stops_ingest_with_its_own_words_and_exit_143(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    files = copies(MENTOR_HOURS, tmp_path / "in", 12)
    database = tmp_path / "var" / "hub.sqlite3"
    env = operator_env(tmp_path / "var")
    code, said = stopped(["ingest", "-m", "ballerup", *map(str, files)], env, database, [signal.SIGTERM])
    assert code == 143, said
    english, danish = said.splitlines()[-2:]
    assert english.startswith("Stopped (SIGTERM): 12 of 12 files stored"), said
    assert danish.startswith("Stoppet (SIGTERM): 12 af 12 filer gemt"), said
    assert "Ctrl-C" not in said and "Traceback" not in said
