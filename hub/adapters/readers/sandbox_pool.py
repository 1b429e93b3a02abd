"""The sandbox's worker processes (`hub.adapters.readers.sandbox`): one child interpreter and the socket to
it (`Worker`), the pool that keeps, hands out and replaces them (`Pool`), and how each died.

Workers are kept between documents because starting one costs far more than parsing a form. They are
started as fresh interpreters (`python -c ... worker_main()`, talking over a socket pair) rather than
through multiprocessing: forking the threaded web process would copy its locks mid-flight,
"spawn"/"forkserver" re-import the parent's `__main__` in every worker, and multiprocessing's process
registry and fork server do not survive an `os.fork()` of the parent (an rq forking worker), which here
simply starts a pool of its own.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection

from hub.adapters.readers import sandbox_child

CPU_SECONDS = 15
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
MEMORY_BYTES = 1 << 30
MAX_WORKERS = 2
MAX_TASKS = 1000  # a fresh process now and then bounds slow leaks in the parser
_WORKER_CODE = f"from {sandbox_child.__name__} import worker_main; worker_main()"


class Worker:
    """One child interpreter (running `worker_main`) and the socket to it."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair()
        try:
            self.process = subprocess.Popen(
                # -c rather than -m: the package may import this module before runpy would run it.
                [sys.executable, "-c", _WORKER_CODE, str(theirs.fileno())],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
            )
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        # The child must import what the parent can: the same module search path.
        self.conn.send((sys.path, MEMORY_BYTES, CPU_SECONDS))
        self.cpu_budget = CPU_SECONDS  # the CPU time each of its tasks may use (RLIMIT_CPU in the child)
        self.tasks = 0

    def alive(self) -> bool:
        return self.process.poll() is None

    def cpu_used(self) -> float | None:
        """The CPU time (user and system, in seconds) the child has used so far; None where it cannot
        be read (no /proc: not Linux). Read from /proc rather than by waiting on the child, which
        would reap it: the child has not been waited for, so its pid is still its own."""
        try:
            with open(f"/proc/{self.process.pid}/stat", "rb") as stat:
                text = stat.read()
            # The command name (field 2) may hold spaces and parentheses: count fields after its ')'.
            fields = text[text.rindex(b")") + 2 :].split()
            return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime (fields 14 and 15)
        except (OSError, ValueError, IndexError):
            return None

    def stop(self, kill: bool) -> None:
        if not kill:
            try:
                self.conn.send(None)
                self.process.wait(1)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.alive():
            self.process.kill()
        self.process.wait(5)
        self.conn.close()


class Pool:
    """The workers of one process: at most `MAX_WORKERS`, the idle ones kept for the next task."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.idle: list[Worker] = []
        self.workers: set[Worker] = set()
        self.count = 0
        self.cond = threading.Condition()

    def acquire(self) -> Worker:
        with self.cond:
            while not self.idle and self.count >= MAX_WORKERS:
                self.cond.wait()
            if self.idle:
                return self.idle.pop()
            self.count += 1
        try:
            worker = Worker()
        except BaseException:
            with self.cond:
                self.count -= 1
                self.cond.notify()
            raise
        with self.cond:
            self.workers.add(worker)
        return worker

    def release(self, worker: Worker, healthy: bool) -> None:
        keep = healthy and worker.alive() and worker.tasks < MAX_TASKS
        with self.cond:
            if keep:
                self.idle.append(worker)
            else:
                self.count -= 1
                self.workers.discard(worker)
            self.cond.notify()
        if not keep:
            worker.stop(kill=not healthy)

    def close(self) -> None:
        with self.cond:
            workers, self.workers, self.idle, self.count = list(self.workers), set(), [], 0
            self.cond.notify_all()
        for worker in workers:
            worker.stop(kill=True)


def death(worker: Worker) -> tuple[str, str]:
    """Why the worker stopped answering: (kind, detail) from its exit code."""
    try:
        code: int | None = worker.process.wait(1)
    except subprocess.TimeoutExpired:
        code = None
    return _death_kind(code), f"exit code {code}"


def _death_kind(exitcode: int | None) -> str:
    if exitcode == -signal.SIGXCPU:
        return "timeout"
    if exitcode == -signal.SIGKILL:
        return "memory"  # the kernel's OOM killer is the usual sender of an unexpected SIGKILL
    return "crash"
