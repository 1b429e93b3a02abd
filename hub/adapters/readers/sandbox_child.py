"""What runs inside a sandbox worker interpreter (`hub.adapters.readers.sandbox`): take the parent's
settings, lower the memory limit, then serve tasks one by one, each under its own CPU limit, until told
to stop. Started by `sandbox_pool` as `python -c "from <this module> import worker_main; worker_main()"`,
so `worker_main` must stay a module-level function here."""

from __future__ import annotations

import resource
import signal
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

MANY = "many"  # a message of several tasks (`sandbox_many.run_many`)


def worker_main() -> None:
    """Entry of a worker interpreter: take the parent's settings, then serve tasks until told to stop."""
    conn = Connection(int(sys.argv[1]))
    try:
        sys.path[:], memory_bytes, cpu_seconds = conn.recv()
    except (EOFError, OSError):  # the parent died before it told us anything: leave without a word
        return
    _child_main(conn, memory_bytes, cpu_seconds)


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
        tasks = message[1] if message[0] == MANY else [message]
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
        reply = ("error", _named(exc))
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


def _named(exc: Exception) -> str:
    """The exception's class and where it was raised, never its text: a library's message can quote
    the document (a field's value, a name, a CPR number), and this answer becomes the `SandboxError`
    behind the sender's refusal, kept with a failed submission's traceback and in rq's failure record."""
    from hub.adapters.readers.faults import where  # here: a worker that never fails need not import it

    return f"{type(exc).__module__}.{type(exc).__qualname__} at {where(exc)}"


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
