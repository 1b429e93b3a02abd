"""Run a parser on untrusted bytes in a persistent child process with memory, CPU and wall-clock limits.

pypdf has a long record of hangs and memory blow-ups on crafted files, so uploads are parsed in a
worker process: `RLIMIT_AS` caps its memory, `RLIMIT_CPU` (re-armed before every task) its CPU time,
and the parent kills it when a task outlives the wall-clock timeout. A dead or killed worker is
replaced; the caller gets a `SandboxError` saying why. A reply larger than `MAX_REPLY_BYTES` is refused
unread: the child's memory limit does not protect the parent, which would otherwise have to hold and
unpickle whatever the child sends.

Workers are kept between documents because starting one costs far more than parsing a form. They are
started by the first `run()`, or by `start()` (`hub worker` starts them with itself), never at import,
as fresh interpreters (`python -c ...
worker_main()`, talking over a socket pair) rather than through multiprocessing: forking the
threaded web process would copy its locks mid-flight, "spawn"/"forkserver" re-import the parent's
`__main__` in every worker, and multiprocessing's process registry and fork server do not survive an
`os.fork()` of the parent (an rq forking worker), which here simply starts a pool of its own.
"""

from __future__ import annotations

import atexit
import os
import pickle
import resource
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Generator, Sequence
from multiprocessing.connection import Connection
from typing import Any

WALL_SECONDS = 20.0
CPU_SECONDS = 15
MEMORY_BYTES = 1 << 30
MAX_WORKERS = 2
MAX_TASKS = 1000  # a fresh process now and then bounds slow leaks in the parser
MAX_REPLY_BYTES = 8 * 1024 * 1024  # far above any real form's fields, far below what hurts the parent
_WORKER_CODE = f"from {__name__} import worker_main; worker_main()"
_MANY = "many"  # a message of several tasks (`run_many`)


class SandboxError(Exception):
    """A sandboxed task failed; `kind` is "timeout", "memory", "data" (reply too big), "crash" or "error"."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


def _child_main(conn: Connection, memory_bytes: int, cpu_seconds: int) -> None:
    """The worker loop: receive (function, args), run it under limits, send ("ok"|..., payload)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU must not write a core file
    _lower_soft(resource.RLIMIT_AS, memory_bytes)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        # One task, or several sent at once (`run_many`), each under its own limits and answered on its
        # own as soon as it is done.
        tasks = message[1] if message[0] == _MANY else [message]
        for func, args in tasks:
            if not _serve(conn, func, args, cpu_seconds):
                return  # after a failure the process state is suspect: let the pool replace it


def _serve(conn: Connection, func: Callable[..., Any], args: tuple[Any, ...], cpu_seconds: int) -> bool:
    """Run one task under its CPU limit and send its answer; False when the worker must stop."""
    # RLIMIT_CPU counts the whole process life, so each task gets its budget on top of what the
    # worker has used so far.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _lower_soft(resource.RLIMIT_CPU, int(usage.ru_utime + usage.ru_stime) + 1 + cpu_seconds)
    try:
        reply: tuple[str, Any] = ("ok", func(*args))
    except MemoryError:
        reply = ("memory", "")
    except Exception as exc:  # anything else the parser raises is reported, never re-raised here
        reply = ("error", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(reply)
    except MemoryError:  # a result too big to pickle within the limit
        _send_quietly(conn, ("memory", ""))
        return False
    except OSError:
        # The parent is gone (killed mid-document): nobody is left to answer, and a traceback about
        # the closed pipe would only alarm whoever reads the worker's log.
        return False
    return reply[0] == "ok"


def _send_quietly(conn: Connection, reply: tuple[str, Any]) -> None:
    try:
        conn.send(reply)
    except OSError:  # the parent is gone: see `_child_main`
        pass


def _lower_soft(which: int, value: int) -> None:
    _soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(which, (value, hard))


class _Worker:
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
        self.tasks = 0

    def alive(self) -> bool:
        return self.process.poll() is None

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


class _Pool:
    def __init__(self) -> None:
        self.pid = os.getpid()
        self.idle: list[_Worker] = []
        self.workers: set[_Worker] = set()
        self.count = 0
        self.cond = threading.Condition()

    def acquire(self) -> _Worker:
        with self.cond:
            while not self.idle and self.count >= MAX_WORKERS:
                self.cond.wait()
            if self.idle:
                return self.idle.pop()
            self.count += 1
        try:
            worker = _Worker()
        except BaseException:
            with self.cond:
                self.count -= 1
                self.cond.notify()
            raise
        with self.cond:
            self.workers.add(worker)
        return worker

    def release(self, worker: _Worker, healthy: bool) -> None:
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


_pool: _Pool | None = None
_pool_lock = threading.Lock()


def _get_pool() -> _Pool:
    global _pool
    with _pool_lock:
        if _pool is None or _pool.pid != os.getpid():
            _pool = _Pool()
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
    taken: list[_Worker] = []
    try:
        for _ in range(MAX_WORKERS):
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


def _take(pool: _Pool, message: Any) -> _Worker:
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


def run_many(
    tasks: Sequence[tuple[Callable[..., Any], tuple[Any, ...]]], timeout: float = WALL_SECONDS
) -> Generator[Any, None, None]:
    """Run each `(func, args)` of `tasks` in a sandbox worker, as `run` does, and yield each result, or
    the `SandboxError` that task ended in, in order, as each is done.

    The tasks go to one worker in one message, so it starts each one as soon as it has answered the
    last, rather than waiting for the parent's thread to take that answer and send the next (which, in a
    worker storing documents meanwhile, waits for the interpreter's lock: measured, the readers then
    stood idle half the time). Each task keeps its own CPU limit; `timeout` counts from when the caller
    asks for its answer, which is at the soonest once it has taken the answer before. A task that fails
    costs only itself: the tasks after it go to a fresh worker."""
    todo = list(tasks)
    while todo:
        pool = _get_pool()
        try:
            worker = _take(pool, (_MANY, todo))
        except SandboxError as exc:
            yield exc  # the first task's, as `run` would; the rest are tried again
            todo = todo[1:]
            continue
        healthy, answered = False, 0
        try:
            for _task in todo:
                result: Any = _answer(worker, timeout)
                answered += 1
                yield result
            healthy = True
        except SandboxError as exc:
            answered += 1  # the task it ended in
            yield exc
        finally:
            pool.release(worker, healthy)
        todo = todo[answered:]


def _answer(worker: _Worker, timeout: float) -> Any:
    """The worker's answer to the task it is on; `SandboxError` when there is none, or it failed."""
    if not worker.conn.poll(timeout):
        raise SandboxError("timeout", f"no answer within {timeout:g} s")
    try:
        # The length is checked from the message header before the body is read, so an oversized
        # reply never reaches the parent's memory.
        raw = worker.conn.recv_bytes(MAX_REPLY_BYTES)
    except (EOFError, OSError) as exc:
        if not worker.conn.readable:  # what recv_bytes does to the connection on a too-long message
            raise SandboxError("data", f"a reply of more than {MAX_REPLY_BYTES} bytes") from exc
        raise SandboxError(*_death(worker)) from exc
    status, payload = pickle.loads(raw)  # what recv() would do: the worker is our own code
    worker.tasks += 1
    if status != "ok":
        raise SandboxError(status, str(payload))
    return payload


def _death(worker: _Worker) -> tuple[str, str]:
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


def shutdown() -> None:
    """Stop every worker of this process's pool (tests, CLI exit); the next run() starts new ones."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None and pool.pid == os.getpid():
        pool.close()


def worker_main() -> None:
    """Entry of a worker interpreter: take the parent's settings, then serve tasks until told to stop."""
    conn = Connection(int(sys.argv[1]))
    try:
        sys.path[:], memory_bytes, cpu_seconds = conn.recv()
    except (EOFError, OSError):  # the parent died before it told us anything: leave without a word
        return
    _child_main(conn, memory_bytes, cpu_seconds)
