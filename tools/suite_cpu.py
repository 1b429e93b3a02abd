"""CPU-seconds of the suite by file: a pytest plugin for measuring on a shared host (decision 0058, stop 69).

Wall time on a host other people load says little; CPU does. Each test's setup, call and teardown are
timed with the process's own CPU (`time.process_time`) and its children's: those it reaped (`os.times`:
a `hub` process, a PostgreSQL `initdb`) and those still running, with whatever they reaped themselves
(read from /proc: the Playwright driver and its Chromium live for the whole session, and their CPU would
otherwise count only at its end, in no file). Stop 71 adds the kernel's account (`tools.suite_kernel`): the
seconds pytest's own thread ran and waited for a CPU, the rest of its wall it was blocked, its tree's wait
for a CPU, the shared servers' CPU (`SUITE_CPU_SERVERS`, their pids) and the time none of them was on or
waiting for a CPU. Written as tab-separated lines (`HEADER`'s figures after the file's name), a test a
line appended to the file `SUITE_CPU_OUT` names (so xdist's processes may share it and a run cut short
keeps its figures; `python -m tools.suite_sched FILE` sums them), or by file to the terminal's summary
when it names none:

    SUITE_CPU_SERVERS="$(cat var/ci-servers/redis.pid) $(head -1 var/ci-servers/pg/data/postmaster.pid)" \
    SUITE_CPU_OUT=var/cpu.tsv nice .venv/bin/pytest -p tools.suite_cpu -n 0 tests/core

Not a conftest.py and not loaded by `make test`: only a run that asks for it with `-p` pays for it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Generator
from dataclasses import dataclass

import pytest

from tools.suite_kernel import Idle, Sched, descendants, processes, sample


@dataclass
class _File:
    tests: int = 0
    own: float = 0.0
    children: float = 0.0
    wall: float = 0.0
    sched: tuple[float, ...] = (0.0,) * 6  # Sched's figures, summed

    def line(self, name: str) -> str:
        """The file's tab-separated figures; `blocked` and `idle` as `tools.suite_kernel` defines them."""
        run, delay, tree_delay, servers_cpu, _, idle = self.sched
        blocked = self.wall - run - delay
        figures = (self.own, self.children, self.wall, run, delay, blocked, tree_delay, servers_cpu, idle)
        return "\t".join([name, str(self.tests), *(f"{v:.2f}" for v in figures)])


_files: dict[str, _File] = {}
_idle = Idle()
HEADER = "tests, own, children, wall, main run, main delay, blocked, tree delay, servers' CPU, idle"


def _now() -> tuple[float, Sched]:
    """Children's CPU-s (reaped, and living with what they reaped) and the scheduler's counters."""
    parents, spent = processes()
    times = os.times()
    living = sum(spent[pid] for pid in descendants(parents, {os.getpid()}))
    return times.children_user + times.children_system + living, sample(parents, spent, _idle)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None]:
    """Time one test whole (setup, call, teardown, and a module's fixtures it sets up or ends)."""
    own, wall = time.process_time(), time.perf_counter()
    children, sched = _now()
    yield
    children_after, sched_after = _now()
    test = _File(1, time.process_time() - own, children_after - children, time.perf_counter() - wall)
    test.sched = (sched_after - sched).figures()
    name = item.nodeid.split("::", 1)[0]
    out = os.environ.get("SUITE_CPU_OUT")
    if out:  # a line a test, summed by file when read (`tools.suite_sched`): a run cut short keeps them
        with open(out, "a", encoding="utf-8") as handle:
            handle.write(test.line(name) + "\n")
    entry = _files.setdefault(name, _File())
    entry.tests += 1
    entry.own += test.own
    entry.children += test.children
    entry.wall += test.wall
    entry.sched = tuple(a + b for a, b in zip(entry.sched, test.sched, strict=True))


def _lines() -> list[str]:
    ordered = sorted(_files.items(), key=lambda kv: -(kv[1].own + kv[1].children))
    return [f.line(name) for name, f in ordered]


def pytest_configure(config: pytest.Config) -> None:
    """Start sampling the tree's idle time."""
    if not _idle.is_alive():
        _idle.start()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Stop sampling."""
    _idle.stop()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Without `SUITE_CPU_OUT`, the files' figures in the run's summary, the most CPU first."""
    if os.environ.get("SUITE_CPU_OUT") or not _files:
        return
    terminalreporter.section(f"CPU-s by file: {HEADER}")
    for line in _lines():
        terminalreporter.write_line(line)
