"""CPU-seconds of the suite by file: a pytest plugin for measuring on a shared host (decision 0058, stop 69).

Wall time on a host other people load says little; CPU does. Each test's setup, call and teardown are
timed with the process's own CPU (`time.process_time`) and its children's: those it reaped (`os.times`:
a `hub` process, a PostgreSQL `initdb`) and those still running, with whatever they reaped themselves
(read from /proc: the Playwright driver and its Chromium live for the whole session, and their CPU would
otherwise count only at its end, in no file). Summed by file and written as tab-separated lines (file,
tests, own CPU-s, children's CPU-s, wall s) to the file `SUITE_CPU_OUT` names (appended, so xdist's
processes may share it), or to the terminal's summary when it names none:

    SUITE_CPU_OUT=var/cpu.tsv nice .venv/bin/pytest -p tools.suite_cpu -n 0 tests/core

Not a conftest.py and not loaded by `make test`: only a run that asks for it with `-p` pays for it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Generator
from dataclasses import dataclass

import pytest


@dataclass
class _File:
    tests: int = 0
    own: float = 0.0
    children: float = 0.0
    wall: float = 0.0


_files: dict[str, _File] = {}


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _living(root: int) -> float:
    """CPU-s of `root`'s living descendants, each with the children it reaped (Linux' /proc; 0 elsewhere)."""
    parents: dict[int, int] = {}
    spent: dict[int, float] = {}
    try:
        pids = [int(name) for name in os.listdir("/proc") if name.isdigit()]
    except OSError:
        return 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        parents[pid] = int(fields[1])
        spent[pid] = sum(int(v) for v in fields[11:15]) / _TICK  # utime, stime, cutime, cstime
    total, below = 0.0, {root}
    for _ in range(16):  # a tree this deep is more than the suite starts
        level = {pid for pid, parent in parents.items() if parent in below and pid not in below}
        if not level:
            break
        total += sum(spent[pid] for pid in level)
        below |= level
    return total


def _children() -> float:
    times = os.times()
    return times.children_user + times.children_system + _living(os.getpid())


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None]:
    """Time one test whole (setup, call, teardown, and a module's fixtures it sets up or ends)."""
    own, children, wall = time.process_time(), _children(), time.perf_counter()
    yield
    entry = _files.setdefault(item.nodeid.split("::", 1)[0], _File())
    entry.tests += 1
    entry.own += time.process_time() - own
    entry.children += _children() - children
    entry.wall += time.perf_counter() - wall


def _lines() -> list[str]:
    ordered = sorted(_files.items(), key=lambda kv: -(kv[1].own + kv[1].children))
    return [f"{name}\t{f.tests}\t{f.own:.2f}\t{f.children:.2f}\t{f.wall:.1f}" for name, f in ordered]


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Append the files' figures to `SUITE_CPU_OUT`, when it is set."""
    out = os.environ.get("SUITE_CPU_OUT")
    if out and _files:
        with open(out, "a", encoding="utf-8") as handle:
            handle.writelines(line + "\n" for line in _lines())


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Without `SUITE_CPU_OUT`, the files' figures in the run's summary, the most CPU first."""
    if os.environ.get("SUITE_CPU_OUT") or not _files:
        return
    terminalreporter.section("CPU-s by file: tests, own, children, wall")
    for line in _lines():
        terminalreporter.write_line(line)
