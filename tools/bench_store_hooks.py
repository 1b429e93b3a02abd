"""Counts of the store path's work, kept in a worker process (`tools.bench_store_counts`, decision
0030 stop 44).

`install` wraps the store path's functions and adds listeners that count what they do: batches, passes
without savepoints and with (`unguarded.Redo`, and why), runs and read-aheads, statements by kind and the
wall time of the citizens' advisory locks, the sandbox readers started, and with `batched_rows` (stop 43,
when its code is on the path) the held rows written early or at the commit, the writes refused, and the
ids taken from the sequences against those used. At exit the counts, with the kernel's counts of the
process, are written to `$HUB_STORE_COUNTS_DIR/worker-<pid>.json`. `uninstall` puts everything back.
"""

from __future__ import annotations

import atexit
import json
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

ENV = "HUB_STORE_COUNTS_DIR"
COUNTS: Counter[str] = Counter()


_UNDO: list[Callable[[], None]] = []  # what `uninstall` puts back, newest first


def _wrap(module: Any, name: str, around: Callable[..., Any]) -> None:
    original = getattr(module, name, None)
    if original is None:
        return

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return around(original, *args, **kwargs)

    setattr(module, name, wrapper)
    _UNDO.append(lambda: setattr(module, name, original))


def _listen(target: Any, name: str, fn: Callable[..., Any]) -> None:
    event.listen(target, name, fn)
    _UNDO.append(lambda: event.remove(target, name, fn))


def uninstall() -> None:
    """Undo `install` (a test's process goes on); the counts are kept."""
    while _UNDO:
        _UNDO.pop()()


def install() -> None:
    """Count the store path's work in this process (`COUNTS`); written to `$HUB_STORE_COUNTS_DIR` at
    exit. The store path's functions are wrapped and listeners added, until `uninstall`."""
    import importlib

    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    from hub.services import batch_outcome, bulk, link_ahead, processing, settling, unguarded

    def store_all(original: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        COUNTS["passes careful" if kwargs.get("careful") else "passes unguarded"] += 1
        COUNTS["forms in careful passes" if kwargs.get("careful") else "forms in unguarded passes"] += len(
            args[1]
        )
        return original(*args, **kwargs)

    def process_batch(original: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        COUNTS["batches"] += 1
        COUNTS["forms claimed or asked"] += len(args[1])
        return original(*args, **kwargs)

    def guarded(original: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return original(*args, **kwargs)
        except unguarded.Redo as exc:
            COUNTS[f"redo: {str(exc)[:70]}"] += 1
            raise

    def settle(original: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        done = original(*args, **kwargs)
        COUNTS[f"settled {done}"] += 1
        return done

    def prepare(original: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        began = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            COUNTS["mappings (settling.prepare)"] += 1
            COUNTS["mapping CPU ms (informative)"] += round(1000 * (time.thread_time() - began))

    def commit(original: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        COUNTS["batch commits (batch_outcome._commit)"] += 1
        return original(*args, **kwargs)

    def expect(original: Callable[..., Any], session: Any, records: Any, *rest: Any) -> Any:
        listed = list(records)
        COUNTS["runs (link_ahead.expect)"] += 1
        COUNTS["records in runs"] += len(listed)
        return original(session, listed, *rest)

    def read_ahead(original: Callable[..., Any], session: Any, known: Any, pairs: Any) -> Any:
        COUNTS["read-aheads"] += 1
        COUNTS["pairs read ahead"] += len(pairs)
        return original(session, known, pairs)

    def insert_rows(original: Callable[..., Any], connection: Any, table: Any, rows: Any) -> Any:
        if rows:
            COUNTS[f"bulk writes of {table.name}"] += 1
            COUNTS[f"bulk rows of {table.name}"] += len(rows)
        return original(connection, table, rows)

    from hub.adapters.readers import sandbox_pool

    started = sandbox_pool.Worker.__init__

    def start(self: Any) -> None:
        COUNTS["sandbox readers started"] += 1
        started(self)

    sandbox_pool.Worker.__init__ = start  # type: ignore[method-assign]
    _UNDO.append(lambda: setattr(sandbox_pool.Worker, "__init__", started))
    _wrap(batch_outcome, "_store_all", store_all)
    _wrap(processing, "process_batch", process_batch)
    _wrap(batch_outcome, "_commit", commit)
    _wrap(unguarded, "guarded", guarded)
    _wrap(settling, "settle", settle)
    _wrap(settling, "prepare", prepare)
    _wrap(link_ahead, "expect", expect)
    _wrap(link_ahead, "_read_ahead", read_ahead)
    _wrap(bulk, "insert_rows", insert_rows)
    try:
        batched_rows = importlib.import_module("hub.services.batched_rows")
    except ImportError:
        batched_rows = None
    if batched_rows is not None:
        _install_batched(batched_rows)

    def before(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        words = statement.lstrip().split(None, 1)
        COUNTS[f"statements {words[0].upper() if words else '?'}"] += 1
        if "pg_advisory_xact_lock" in statement:
            COUNTS["statements advisory lock"] += 1
            conn.info["lock_started"] = time.monotonic()

    def after(conn: Any, *_args: Any) -> None:
        started = conn.info.pop("lock_started", None)
        if started is not None:
            waited = time.monotonic() - started
            COUNTS["advisory lock ms (wall)"] += round(1000 * waited)
            if waited > 0.005:
                COUNTS["advisory locks waited > 5 ms"] += 1

    def rolled_back(_session: Any) -> None:
        COUNTS["session rollbacks"] += 1

    def committed(_session: Any) -> None:
        COUNTS["session commits"] += 1

    _listen(Engine, "before_cursor_execute", before)
    _listen(Engine, "after_cursor_execute", after)
    _listen(Session, "after_rollback", rolled_back)
    _listen(Session, "after_commit", committed)
    atexit.register(_dump)
    _UNDO.append(lambda: atexit.unregister(_dump))


def _install_batched(batched_rows: Any) -> None:
    def write(original: Callable[..., Any], session: Any) -> Any:
        caller = sys._getframe(2)  # the wrapper's caller is one frame up from `around`
        why = caller.f_code.co_name
        if why == "deferring":
            why = (
                "deferring, items document" if caller.f_locals.get("pair") is None else "deferring, pair met"
            )
        pending = len(session.info.get(batched_rows.LATER) or ())
        if pending:
            COUNTS[f"held writes: {why}"] += 1
            COUNTS[f"held rows written: {why}"] += pending
        try:
            return original(session)
        except Exception as exc:
            COUNTS[f"held write refused ({type(exc).__name__})"] += 1
            raise

    def next_id(original: Callable[..., Any], session: Any, table: str) -> Any:
        run = batched_rows._run(session)
        before = len(run.ids.get(table, ()))
        taken = original(session, table)
        after = len(run.ids.get(table, ()))
        if before == 0:
            COUNTS[f"id SELECTs {table}"] += 1
            COUNTS[f"ids taken {table}"] += after + 1
        COUNTS[f"ids used {table}"] += 1
        return taken

    _wrap(batched_rows, "write", write)
    _wrap(batched_rows, "_next_id", next_id)


def _dump() -> None:
    folder = os.environ.get(ENV)
    if folder:
        # The process's own counts from the kernel: a wait is a voluntary switch, a preemption an
        # involuntary one; the CPU figures are informative only (the host is shared).
        for who, usage in (
            ("self", resource.getrusage(resource.RUSAGE_SELF)),
            ("children", resource.getrusage(resource.RUSAGE_CHILDREN)),
        ):
            COUNTS[f"rusage {who} voluntary switches"] += usage.ru_nvcsw
            COUNTS[f"rusage {who} involuntary switches"] += usage.ru_nivcsw
            COUNTS[f"rusage {who} minor faults"] += usage.ru_minflt
            COUNTS[f"rusage {who} CPU ms (informative)"] += round(1000 * (usage.ru_utime + usage.ru_stime))
        COUNTS["main thread CPU ms (informative)"] += round(1000 * time.thread_time())
        # The PDF sandbox's readers are alive at exit (not reaped, so not in RUSAGE_CHILDREN).
        ticks = os.sysconf("SC_CLK_TCK")
        for child in _children(os.getpid()):
            try:
                fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            COUNTS["sandbox readers alive at exit"] += 1
            COUNTS["sandbox readers CPU ms (informative)"] += round(
                1000 * (int(fields[11]) + int(fields[12])) / ticks
            )
        Path(folder, f"worker-{os.getpid()}.json").write_text(json.dumps(COUNTS, sort_keys=True))


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.extend(int(p) for p in (task / "children").read_text().split())
        except OSError:
            continue
    return found
