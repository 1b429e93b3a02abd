"""CPU seconds of processes from /proc/<pid>/stat, for the bench's account of who used the two cores.

utime + stime of a process plus cutime + cstime (its children it has waited for). A worker is read as
a zombie (exited, not yet reaped: `os.waitid(..., WNOWAIT)`), when its figures are final. PostgreSQL is
the postmaster (its own time and its reaped backends') plus every child alive at the moment of reading;
read before and after a drain, the difference is the server's share of it, backends that came and went
included. Linux only: elsewhere, or for a server on another machine, the figures are None.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from redis import Redis
from sqlalchemy import Engine, text

PROC = Path("/proc")


def _fields(pid: int) -> list[str] | None:
    """The fields after the command name of /proc/<pid>/stat (field 3, the state, first)."""
    try:
        raw = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2 :].split()


def cpu_seconds(pid: int) -> float | None:
    """utime + stime + cutime + cstime of a process, in seconds; None when it cannot be read."""
    fields = _fields(pid)
    if fields is None:
        return None
    ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))  # stat fields 14-17
    return ticks / os.sysconf("SC_CLK_TCK")


def parent(pid: int) -> int | None:
    """The parent process id of a process, or None."""
    fields = _fields(pid)
    return None if fields is None else int(fields[1])


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    found = []
    for entry in PROC.iterdir():
        if entry.name.isdigit() and parent(int(entry.name)) == pid:
            found.append(int(entry.name))
    return found


def tree_seconds(pid: int | None) -> float | None:
    """A process's CPU seconds (its reaped children included) plus those of its living children."""
    if pid is None:
        return None
    own = cpu_seconds(pid)
    if own is None:
        return None
    return own + sum(cpu_seconds(child) or 0.0 for child in children(pid))


def wait_with_cpu(process: subprocess.Popen[bytes]) -> tuple[int, float | None]:
    """Wait for a process to exit; its exit code and final CPU seconds (read before it is reaped)."""
    seconds = None
    try:
        os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
        seconds = cpu_seconds(process.pid)
    except (OSError, AttributeError):  # no waitid (not Linux), or already reaped
        pass
    return process.wait(), seconds


def postmaster(engine: Engine) -> int | None:
    """The PostgreSQL postmaster's pid when the server runs on this machine, else None."""
    try:
        with engine.connect() as conn:
            backend = conn.scalar(text("SELECT pg_backend_pid()"))
    except Exception:  # noqa: BLE001 - any failure means: not measurable, the bench goes on
        return None
    return None if backend is None else parent(int(backend))


def redis_server(connection: Redis) -> int | None:
    """The Redis server's pid when it runs on this machine, else None."""
    try:
        pid = int(connection.info("server")["process_id"])
    except Exception:  # noqa: BLE001 - any failure means: not measurable, the bench goes on
        return None
    return pid if cpu_seconds(pid) is not None else None


def host_seconds(stat: Path = PROC / "stat") -> float | None:
    """CPU seconds every core of the machine has been busy since boot (user, nice, system, irq,
    softirq, steal: all but idle and iowait), from the first line of /proc/stat; None elsewhere.
    Read before and after a drain, the difference less the drain's own processes is what the rest of
    the host took meanwhile: a figure that says whether the drain ran on an idle machine."""
    try:
        first = stat.read_text().split("\n", 1)[0].split()
    except OSError:
        return None
    if not first or first[0] != "cpu":
        return None
    ticks = [int(value) for value in first[1:9]]
    busy = sum(ticks) - ticks[3] - ticks[4]  # idle, iowait
    return busy / os.sysconf("SC_CLK_TCK")
