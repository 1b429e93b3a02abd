"""Run a parser on untrusted bytes in a persistent child process with memory, CPU and wall-clock limits.

pypdf has a long record of hangs and memory blow-ups on crafted files, so uploads are parsed in a
worker process: `RLIMIT_AS` caps its memory, `RLIMIT_CPU` (re-armed before every task) its CPU time,
and the parent kills it when a task hangs: past a few wall-clock timeouts without using its CPU budget
(a child starved by a busy host is not hung: `_wait`), or past one where its CPU time cannot be read. A
dead or killed worker is replaced; the caller gets a `SandboxError` saying why. A reply larger than
`MAX_REPLY_BYTES` is refused unread: the child's memory limit does not protect the parent, which would
otherwise have to hold and unpickle whatever the child sends.

Workers are kept between documents (`sandbox_pool`, which says why they are fresh interpreters rather
than multiprocessing's); they are started by the first `run()`, or by `start()` (`hub worker` starts them
with itself), never at import. What runs inside one is `sandbox_child`; several tasks sent to one
worker at once, `sandbox_many`.
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import threading
from collections.abc import Callable
from typing import Any

from hub.adapters.readers import sandbox_pool
from hub.logsetup import Both

WALL_SECONDS = 20.0
BACKSTOP_TIMES = 4  # a starved child is waited for up to this many wall timeouts (`_wait`)
MAX_REPLY_BYTES = 8 * 1024 * 1024  # far above any real form's fields, far below what hurts the parent

log = logging.getLogger(__name__)


class SandboxError(Exception):
    """A sandboxed task failed; `kind` is "timeout", "memory", "data" (reply too big), "crash" or "error"."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


_pool: sandbox_pool.Pool | None = None
_pool_lock = threading.Lock()


def _get_pool() -> sandbox_pool.Pool:
    global _pool
    with _pool_lock:
        if _pool is None or _pool.pid != os.getpid():
            _pool = sandbox_pool.Pool()
        return _pool


def _forget_after_fork() -> None:
    # In a forked child the parent's workers and locks are not ours: start afresh, touch nothing.
    global _pool, _pool_lock
    _pool, _pool_lock = None, threading.Lock()


os.register_at_fork(after_in_child=_forget_after_fork)
# Stop the children with the process, not after it: a child still running at exit is an orphan until it
# reads its closed pipe, and Python warns about it.
atexit.register(lambda: shutdown())


def run(func: Callable[..., Any], *args: Any, timeout: float = WALL_SECONDS) -> Any:
    """Call a module-level `func(*args)` in a sandbox worker and return its (picklable) result."""
    pool = _get_pool()
    worker = _take(pool, (func, args))
    healthy = False
    try:
        payload = _answer(worker, timeout)
        healthy = True
        return payload
    finally:
        pool.release(worker, healthy)


def start(ready: Callable[[], Any], timeout: float = WALL_SECONDS) -> int:
    """Start every worker of the pool now, each running the module-level `ready()` (importing what its
    tasks need) before it waits for them, rather than when the first tasks come; how many are ready. A
    worker that fails to start is not an error here: a task that needs one starts another, as always."""
    pool = _get_pool()
    taken: list[sandbox_pool.Worker] = []
    try:
        for _ in range(sandbox_pool.MAX_WORKERS):
            taken.append(_take(pool, (ready, ())))
    except SandboxError:
        pass
    ready_now = 0
    for worker in taken:
        healthy = False
        try:
            _answer(worker, timeout)
            healthy = True
            ready_now += 1
        except SandboxError:
            pass
        finally:
            pool.release(worker, healthy)
    return ready_now


def _take(pool: sandbox_pool.Pool, message: Any) -> sandbox_pool.Worker:
    """A worker of `pool` that has been sent `message`. One that died while idle (killed from outside)
    is not the document's fault: it is replaced, once."""
    worker = pool.acquire()
    try:
        worker.conn.send(message)
        return worker
    except OSError:
        pool.release(worker, False)
    except BaseException:  # the message could not be sent at all (not picklable, interrupted)
        pool.release(worker, False)
        raise
    worker = pool.acquire()
    try:
        worker.conn.send(message)
        return worker
    except OSError as exc:  # a fresh process that cannot take a task: the sandbox, not the file
        pool.release(worker, False)
        raise SandboxError("crash", "a new reader process did not take the task") from exc
    except BaseException:
        pool.release(worker, False)
        raise


def _answer(worker: sandbox_pool.Worker, timeout: float) -> Any:
    """The worker's answer to the task it is on; `SandboxError` when there is none, or it failed."""
    _wait(worker, timeout)
    try:
        # The length is checked from the message header before the body is read, so an oversized
        # reply never reaches the parent's memory.
        raw = worker.conn.recv_bytes(MAX_REPLY_BYTES)
    except (EOFError, OSError) as exc:
        if not worker.conn.readable:  # what recv_bytes does to the connection on a too-long message
            raise SandboxError("data", f"a reply of more than {MAX_REPLY_BYTES} bytes") from exc
        raise SandboxError(*sandbox_pool.death(worker)) from exc
    status, payload = pickle.loads(raw)  # what recv() would do: the worker is our own code
    worker.tasks += 1
    if status != "ok":
        raise SandboxError(status, str(payload))
    return payload


_LATE_EN = "a reader answered after more than %g s (its limit: %g s): the host is too busy for its readers"
_LATE_DA = "en læser svarede efter mere end %g s (grænsen: %g s): maskinen er for travl til sine læsere"


def _wait(worker: sandbox_pool.Worker, timeout: float) -> None:
    """Wait until the worker answers or ends; `SandboxError("timeout")` when it is judged hung.

    The wall clock judges the child's work, not the host's load: on a loaded host (load 20 on two
    cores) a form needing well under a second of CPU can outlive `timeout` because the child was not
    scheduled, and refusing it would refuse a valid document. So when `timeout` passes, a child that has
    used less than its task's CPU budget since the wait began is waited for again, up to
    `BACKSTOP_TIMES` timeouts in all (a child that hangs without using CPU, blocked on something). A
    file that burns CPU is stopped by the child's RLIMIT_CPU as before (SIGXCPU: "timeout"). Where the
    child's CPU time cannot be read (no /proc), the first timeout decides, as it always did."""
    start = worker.cpu_used()
    rounds = 0
    while rounds < BACKSTOP_TIMES:
        if worker.conn.poll(timeout):
            if rounds:  # the operator's sign of a host too busy for its readers
                log.warning(Both(_LATE_EN, _LATE_DA, rounds * timeout, timeout))
            return
        rounds += 1
        used = worker.cpu_used()
        # The child's own limit is its budget plus up to a second (whole seconds, on top of what it had
        # used), and a child it stopped may wait to be scheduled to exit: a second more than that, and
        # still running, is a child RLIMIT_CPU does not stop.
        if start is None or used is None or used - start > worker.cpu_budget + 2:
            break
    raise SandboxError("timeout", f"no answer within {rounds * timeout:g} s")


def shutdown() -> None:
    """Stop every worker of this process's pool (tests, CLI exit); the next run() starts new ones."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None and pool.pid == os.getpid():
        pool.close()
