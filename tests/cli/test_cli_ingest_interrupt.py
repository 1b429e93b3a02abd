"""Ctrl-C during `hub ingest`, as an operator presses it in a process of its own: one line in English and
one in Danish saying how many files were stored and which were not sent, exit 130, no traceback; every
file's submission all or nothing (stored in its transaction, or not at all).

The moments are made certain, not timed: while storing, the last file is a named pipe, which the command
opens (and so blocks reading) only after the files of the transaction before are committed; while
waiting, a batch job has claimed the submissions (`processing`)."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import ROOT
from flask import Flask
from hub_process import HUB, operator_env

from hub.cli.batch import PER_TRANSACTION

PLACEMENT = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
MENTOR_HOURS = ROOT / "tests" / "golden" / "ballerup" / "mentor_hours.pdf"
# A placement form: it needs no other submission, so every copy ends in a final status when worked (a
# follow-up without its placement waits while the municipality has files pending: decision 0030, stop 46).
BALLERUP_PLACEMENT = ROOT / "tests" / "golden" / "ballerup" / "placement_ledighedsydelse.pdf"


def copies(source: Path, folder: Path, n: int) -> list[Path]:
    """`n` files of `source`'s kind, each of other bytes (each its own submission)."""
    folder.mkdir()
    made = []
    for i in range(n):
        path = folder / f"{i:03d}{source.suffix}"
        path.write_bytes(source.read_bytes() + f"\n% {i}\n".encode())
        made.append(path)
    return made


def count(database: Path, where: str) -> int:
    """Submissions matching `where`, read as another process would (0 while the database is busy)."""
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.1) as connection:
            return int(connection.execute(f"SELECT count(*) FROM submissions WHERE {where}").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def interrupted(args: list[str], env: dict[str, str], moment: Callable[[], bool]) -> tuple[int, str]:
    """Run `hub ARGS`, press Ctrl-C once `moment()` is true; its exit code and everything it said."""
    process = subprocess.Popen(
        [HUB, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT
    )
    deadline = time.monotonic() + 120
    while not moment() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, process.communicate()[0].decode(errors="replace")
    process.send_signal(signal.SIGINT)
    try:
        out, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            # Killed and waited for: a process left unwaited turns into a ResourceWarning that pytest
            # reports against whichever test runs next in this worker (a second failure, not this one's).
            process.kill()
            process.communicate()
    return process.returncode, out.decode(errors="replace")


def test_ctrl_c_while_storing_says_which_files_were_stored_and_which_not_sent(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    files = copies(PLACEMENT, tmp_path / "in", PER_TRANSACTION)
    pipe = tmp_path / "in" / "slow.csv"
    os.mkfifo(pipe)

    writer: list[int] = []

    def reading_the_pipe() -> bool:
        # The pipe opens for writing only once a reader has it open: the command is reading it. The
        # writing end is held open until the command has ended: closed at once, it would give the
        # command an empty file, read (and refused) before a Ctrl-C sent on a busy machine arrives.
        try:
            writer.append(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
            return True
        except OSError as exc:
            assert exc.errno == errno.ENXIO
            return False

    env = operator_env(tmp_path / "var")
    try:
        code, said = interrupted(
            ["ingest", "-m", "herlev", *map(str, files), str(pipe)], env, reading_the_pipe
        )
    finally:
        for fd in writer:
            os.close(fd)
    assert code == 130, said
    # The first transaction's files are stored (none queued yet: that comes after every file is stored);
    # the pipe, in the next, was not sent.
    n = PER_TRANSACTION
    assert said.splitlines()[-2:] == [
        f"Interrupted (Ctrl-C): {n} of {n + 1} files stored; {n} of them not processed yet"
        " (send the same files again, or run hub requeue --minutes 0); 1 not sent: send them again",
        f"Afbrudt (Ctrl-C): {n} af {n + 1} filer gemt; {n} af dem er ikke behandlet endnu"
        " (send de samme filer igen, eller kør hub requeue --minutes 0); 1 ikke sendt: send dem igen",
    ]
    assert "Traceback" not in said
    assert count(tmp_path / "var" / "hub.sqlite3", "1 = 1") == n


def test_ctrl_c_while_waiting_says_every_file_is_stored(runner: Any, app: Flask, tmp_path: Path) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    files = copies(MENTOR_HOURS, tmp_path / "in", 12)
    database = tmp_path / "var" / "hub.sqlite3"

    def a_job_under_way() -> bool:
        return count(database, "status = 'processing'") > 0

    env = operator_env(tmp_path / "var")
    code, said = interrupted(["ingest", "-m", "ballerup", *map(str, files)], env, a_job_under_way)
    assert code == 130, said
    english, danish = said.splitlines()[-2:]
    assert english.startswith("Interrupted (Ctrl-C): 12 of 12 files stored"), said
    assert danish.startswith("Afbrudt (Ctrl-C): 12 af 12 filer gemt"), said
    assert "not sent" not in english and "Traceback" not in said
    assert count(database, "1 = 1") == 12


def test_the_files_a_ctrl_c_left_waiting_are_processed_as_its_line_says(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    # Batches of 4: Ctrl-C while the first is worked leaves the other 8 `queued`, their jobs in the
    # queue of the process that ends (`HUB_REDIS_URL` empty).
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    files = copies(BALLERUP_PLACEMENT, tmp_path / "in", 12)
    database = tmp_path / "var" / "hub.sqlite3"
    env = {**operator_env(tmp_path / "var"), "HUB_BATCH_SIZE": "4"}
    code, said = interrupted(
        ["ingest", "-m", "ballerup", *map(str, files)],
        env,
        lambda: count(database, "status = 'processing'") > 0,
    )
    assert code == 130, said
    waiting = count(database, "status IN ('queued', 'processing')")
    assert waiting == 8, said
    english, danish = said.splitlines()[-2:]
    assert english == (
        f"Interrupted (Ctrl-C): 12 of 12 files stored; {waiting} of them not processed yet"
        " (send the same files again, or run hub requeue --minutes 0)"
    )
    assert danish == (
        f"Afbrudt (Ctrl-C): 12 af 12 filer gemt; {waiting} af dem er ikke behandlet endnu"
        " (send de samme filer igen, eller kør hub requeue --minutes 0)"
    )

    # What the line says, done on the same database by the `app` fixture's commands, in this process: the
    # interrupted process's queue went with it, as a new `hub` process's own queue starts empty too.
    app.config["BATCH_SIZE"] = 4  # as the interrupted command's

    # The first half sent again: the four of the batch worked before Ctrl-C are the same submissions,
    # the other two are queued again here and processed; none of the six is left waiting.
    again = runner.invoke(args=["ingest", "-m", "ballerup", *map(str, files[:6])])
    assert again.exit_code == 0, again.output
    assert "not finished" not in again.stderr
    assert count(database, "status IN ('received', 'queued', 'processing')") == 6
    # The rest by the command the line names, at once (its default takes only what waited 30 minutes).
    requeued = runner.invoke(args=["requeue", "--minutes", "0"])
    assert requeued.exit_code == 0, requeued.output
    assert requeued.stdout.splitlines()[0] == "queued again: 6 / sat i kø igen: 6"
    assert count(database, "status IN ('received', 'queued', 'processing')") == 0
