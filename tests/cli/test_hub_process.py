"""The suite's `hub` processes (`hub_process.Running`) leave nothing behind when a test fails midway: the
process and every process it started (a reader a test paused with SIGSTOP included) are killed and
waited for. A process left running outlived the test, a paused reader for ever, and the Popen still
running at collection was a ResourceWarning that pytest's unraisable-exception check turned into an
error of whatever test ran next: one flake became two failures.

A small Python program stands in for `hub`: it starts a child, as `hub` starts its readers, and says
its number."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import hub_process
import pytest
from hub_process import Running

# Starts a child that would run for ten minutes, says its process number, then waits as long itself.
PARENT = (
    "import subprocess, sys, time\n"
    "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
    "print('child', child.pid, flush=True)\n"
    "time.sleep(600)\n"
)


def gone(pid: int) -> bool:
    """`pid` has ended: no such process, or one that has only its exit status left (a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")


def ended_soon(pid: int) -> bool:
    """`pid` ends within a minute (the kernel's own time to end it, on a loaded machine)."""
    deadline = time.monotonic() + 60
    while not gone(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def started(monkeypatch: pytest.MonkeyPatch) -> Running:
    monkeypatch.setattr(hub_process, "HUB", sys.executable)  # the stand-in instead of `hub`
    return Running(["-c", PARENT], dict(os.environ))


def child_of(running: Running) -> int:
    running.said("child ")
    return int(next(line for line in running.lines if line.startswith("child ")).split()[1])


def test_a_test_that_fails_midway_leaves_neither_the_process_nor_its_paused_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(AssertionError, match="the test failed here"), started(monkeypatch) as running:
        child = child_of(running)
        os.kill(child, signal.SIGSTOP)  # as a test pauses a reader
        raise AssertionError("the test failed here")
    assert running.process.returncode == -signal.SIGKILL  # killed, and waited for
    assert ended_soon(child)


def test_a_process_that_does_not_end_is_a_failure_and_is_killed_and_waited_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with started(monkeypatch) as running:
        child = child_of(running)
        with pytest.raises(AssertionError, match="not ended in 1 s"):
            running.ended(seconds=1)
        # Waited for before the failure is raised, not left for the garbage collector to find running.
        assert running.process.returncode == -signal.SIGKILL
        assert ended_soon(child)
