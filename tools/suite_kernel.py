"""The kernel's account of a process tree's time: on a CPU, waiting for one, or neither (0058, stop 71).

On a host others load, a test's wall clock is its own work, its wait for a CPU the others hold, and the
time it is blocked (a sleep, a poll's pause, a socket to a server, a child it waits for). The kernel counts
the first two apart (`/proc/<pid>/task/<tid>/schedstat`: nanoseconds on a CPU, nanoseconds runnable in a
run queue), so for pytest's own thread

    blocked = wall - run - run-queue delay

But pytest blocked on Chromium or a `hub` child that is itself queued for a CPU is no time a third test
process could fill; the rest is, `idle`: looked at every tenth of a second (`Idle`), the time in which no
thread of pytest's tree (every living descendant: Chromium, a `hub` subprocess, a test's own servers) nor
of the shared PostgreSQL and Redis (`SUITE_CPU_SERVERS`, their pids: no descendants) ran or waited for
a CPU. CPU is `/proc/<pid>/stat`'s ticks with what each reaped (a PostgreSQL backend ends
with its connection); delays are those of living threads only, the kernel keeps none of a thread that
ended; the tree's delay sums threads that queue side by side (Chromium's), so it can exceed the wall.
Linux only: elsewhere every figure is 0.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class Sched:
    """One moment's counters, in seconds since each counted thread or process began."""

    main_run: float = 0.0  # pytest's main thread on a CPU
    main_delay: float = 0.0  # pytest's main thread runnable, waiting for one
    tree_delay: float = 0.0  # every living thread of pytest and its descendants, waiting for a CPU
    servers_cpu: float = 0.0  # the shared servers' processes, with what they reaped
    servers_delay: float = 0.0
    idle: float = 0.0  # sampled: no thread of the tree or the servers running or runnable

    def __sub__(self, other: Sched) -> Sched:
        return Sched(*(a - b for a, b in zip(self.figures(), other.figures(), strict=True)))

    def figures(self) -> tuple[float, ...]:
        """The counters in the order of the fields."""
        return (
            self.main_run,
            self.main_delay,
            self.tree_delay,
            self.servers_cpu,
            self.servers_delay,
            self.idle,
        )


def _schedstat(path: str) -> tuple[float, float]:
    try:
        with open(path, encoding="ascii") as handle:
            run, delay = handle.read().split()[:2]
    except (OSError, ValueError):
        return 0.0, 0.0  # ended meanwhile
    return int(run) / 1e9, int(delay) / 1e9


def _delay(pids: set[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        total += sum(_schedstat(f"/proc/{pid}/task/{tid}/schedstat")[1] for tid in tids)
    return total


def processes() -> tuple[dict[int, int], dict[int, float]]:
    """Every process' parent and CPU-s with what it reaped (utime, stime, cutime, cstime)."""
    parents: dict[int, int] = {}
    spent: dict[int, float] = {}
    try:
        pids = [int(name) for name in os.listdir("/proc") if name.isdigit()]
    except OSError:
        return parents, spent
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        parents[pid] = int(fields[1])
        spent[pid] = sum(int(v) for v in fields[11:15]) / _TICK
    return parents, spent


def descendants(parents: dict[int, int], roots: set[int]) -> set[int]:
    """The living processes below `roots`, not the roots themselves."""
    below, found = set(roots), set()
    for _ in range(16):  # a tree this deep is more than the suite starts
        level = {pid for pid, parent in parents.items() if parent in below and pid not in below}
        if not level:
            break
        found |= level
        below |= level
    return found


def servers() -> set[int]:
    """The shared servers' pids, from `SUITE_CPU_SERVERS` (separated by spaces or commas)."""
    named = os.environ.get("SUITE_CPU_SERVERS", "").replace(",", " ").split()
    return {int(pid) for pid in named if pid.isdigit()}


class Idle(threading.Thread):
    """Counts the seconds in which no thread of this process' tree or of the servers ran or waited for a
    CPU: every `interval`, each thread's run and run-queue seconds compared with the look before (a
    thread's state alone would not do: pytest's thread waiting for the GIL this one holds is asleep).
    An interval in which any of them moved, or a thread appeared, is busy, so `seconds` is a lower
    bound; the tree is found again every second (a process started between two looks is missed)."""

    def __init__(self, interval: float = 0.1) -> None:
        super().__init__(name="suite-sched-idle", daemon=True)
        self.interval, self.seconds = interval, 0.0
        self._stop_event = threading.Event()

    def stop(self) -> None:
        """End the sampling."""
        self._stop_event.set()

    def run(self) -> None:
        """Look, until stopped."""
        me, own = os.getpid(), str(threading.get_native_id())
        paths: list[str] = []
        before: dict[str, float] = {}
        found = last = time.monotonic()
        while not self._stop_event.wait(self.interval):
            now = time.monotonic()
            if now >= found:
                parents, _ = processes()
                roots = servers() & parents.keys()
                pids = {me} | descendants(parents, {me}) | roots | descendants(parents, roots)
                paths = [f"/proc/{p}/task/{t}/schedstat" for p in pids for t in _tasks(p) if t != own]
                found = now + 1.0
            seen = {path: sum(_schedstat(path)) for path in paths}
            if seen == before:
                self.seconds += now - last
            before, last = seen, now


def _tasks(pid: int) -> list[str]:
    try:
        return os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []


def sample(parents: dict[int, int], spent: dict[int, float], idle: Idle | None = None) -> Sched:
    """The counters now, for this process' tree and the shared servers, from `processes()`' reading."""
    me = os.getpid()
    run, delay = _schedstat(f"/proc/{me}/task/{threading.get_native_id()}/schedstat")
    roots = servers() & parents.keys()
    server_pids = roots | descendants(parents, roots)
    return Sched(
        main_run=run,
        main_delay=delay,
        tree_delay=_delay({me} | descendants(parents, {me})),
        servers_cpu=sum(spent[pid] for pid in server_pids),
        servers_delay=_delay(server_pids),
        idle=idle.seconds if idle else 0.0,
    )
