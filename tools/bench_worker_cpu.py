"""The worker's CPU a form per format, in one process, optionally profiled (decision 0030, eighteenth
run and stop 41).

`python -m tools.bench_worker_cpu [--documents 1000] [--formats xml csv mixed mix] [--profile PREFIX]
[--dump PREFIX] [--database-url URL --redis-url URL]`

Besides the four formats, `mixed` drains the demo's mix (the bench's `mixed` list: placement forms of
every format) and `mix` a year's mix (`tools.bench_year`: placements and their follow-ups, in whole
rounds of the seeds' 81 plans, 1,588 forms a round, submitted day by day as the bench's year drains
submit them), so that their parts can be broken down as a format's.

Wall-clock rates swing with whatever else the host runs; CPU time and a profile's call counts do not
(much). Per format: a fresh app on a fresh database (SQLite, `bench_formats.make_app`; or the schema of
`--database-url` reset), the bench's forms submitted and queued, then the queue drained by a burst worker
in this process, timed alone with `time.process_time()` (every thread: the reading threads too) and
`time.thread_time()` (the storing thread), and by the wall clock: the reading threads and the storing
thread share the interpreter's lock, so work moved from one to the other can leave the storing thread's
CPU less and the drain no shorter (decision 0030, "Stop 61: store-72"). `--profile` writes
`PREFIX-<format>.prof`, a cProfile of the drain with the storing thread's CPU as its clock: with the wall
clock, a call that lets go of the interpreter's lock (lxml's parse) is charged with the reading threads'
time. `--dump` writes
`PREFIX-<format>.json`, every table after the drain (`tools.table_dump`), to compare the drains of two
versions of the code. On PostgreSQL (with `--redis-url`, the jobs on rq) each line adds the statements a
form the app's engine sent during the drain and the CPU a form of the server's processes. Each line
also gives the storing thread's CPU a form inside `dashboard_refresh.refresh_marked` (the dashboards'
summaries, decision 0030 stop 47), timed without a profiler, whose many small calls it inflates;
`--inside MODULE:NAME` the same for any function or method (stop 48: where an XLSX form's time goes).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import importlib
import inspect
import json
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import event

from hub import create_app, longlived
from hub.extensions import db
from hub.queue import queue
from hub.services import agreements
from tools import bench_cpu, bench_data, bench_formats, bench_workers, bench_year, table_dump
from tools.bench_enqueue import submit_and_enqueue, submit_by_day
from tools.bench_settings import settings

WARM_UP = 5  # forms of each format taken through first, untimed (imports, the PDF sandbox)
MIXES = ("mixed", "mix")  # the demo's mix and a year's mix (module docstring)


def _app(tmp: Path, fmt: str, database_url: str | None, redis_url: str | None) -> Flask:
    """A fresh app for one format's drain: SQLite in `tmp`, or the reset schema of `database_url`."""
    if database_url is None:
        return bench_formats.make_app(tmp / f"cpu-{fmt}")
    bench_workers.reset_schema(database_url)
    own = {"DATABASE_URL": database_url, "REDIS_URL": redis_url or "", "QUEUE_NAME": f"hub-cpu-{fmt}"}
    app = create_app(settings(tmp / f"cpu-{fmt}", BLOB_DIR=str(tmp / f"cpu-{fmt}" / "blobs"), **own))
    with app.app_context():
        agreements.load_files(
            db.session, agreements.agreement_files(bench_formats.CONFIG / "agreements"), "bench"
        )
    return app


@contextmanager
def cpu_inside(spec: str) -> Iterator[list[float]]:
    """While open, the CPU seconds spent inside `spec` ("module:attribute", the attribute a function,
    or a class's method: "hub.adapters.readers.base:Extraction.from_dict"), summed in the one item of
    the list it gives, each call by the thread that made it (the storing thread, or a reading one),
    a call inside another call of it counted once. What is replaced is the attribute on that module
    or class: a caller that imported the function by name into its own module is not seen."""
    module_name, _, path = spec.partition(":")
    *outer, name = path.split(".")
    owner: Any = importlib.import_module(module_name)
    for part in outer:
        owner = getattr(owner, part)
    static = inspect.getattr_static(owner, name)
    real: Callable[..., Any] = static.__func__ if isinstance(static, classmethod | staticmethod) else static
    spent = [0.0]
    depth = threading.local()

    @functools.wraps(real)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if getattr(depth, "n", 0):
            return real(*args, **kwargs)
        depth.n = 1
        start = time.thread_time()
        try:
            return real(*args, **kwargs)
        finally:
            spent[0] += time.thread_time() - start
            depth.n = 0

    replacement: Any = type(static)(timed) if isinstance(static, classmethod | staticmethod) else timed
    setattr(owner, name, replacement)
    try:
        yield spent
    finally:
        setattr(owner, name, static)


REFRESH = "hub.services.dashboard_refresh:refresh_marked"  # the batch worker and the commit hook look it up


def drain(
    tmp: Path,
    fmt: str,
    forms: Sequence[bench_data.DemoForm],
    profile: str | None,
    dump: str | None = None,
    database_url: str | None = None,
    redis_url: str | None = None,
    inside: Sequence[str] = (),
    by_day: bool = False,
) -> str:
    """One format's forms submitted, then drained: a line with the CPU a form (ms); `dump`: the tables
    after the drain written to `dump-<format>.json`; `inside`: the CPU a form inside each of these
    functions too (`cpu_inside`); `by_day`: submitted day by day (`submit_by_day`), a year's follow-ups."""
    app = _app(tmp, fmt, database_url, redis_url)
    longlived.freeze()
    statements = [0]

    def counted(*_: Any) -> None:
        statements[0] += 1

    with app.app_context():
        ids = (submit_by_day if by_day else submit_and_enqueue)(db.session, forms)
        server = bench_cpu.postmaster(db.engine) if database_url else None
        profiler = cProfile.Profile(time.thread_time) if profile else None
        event.listen(db.engine, "before_cursor_execute", counted)
        pg = bench_cpu.tree_seconds(server)
        cpu, main, wall = time.process_time(), time.thread_time(), time.perf_counter()
        if profiler is not None:
            profiler.enable()
        with ExitStack() as stack:
            refreshed = stack.enter_context(cpu_inside(REFRESH))
            spent = {spec: stack.enter_context(cpu_inside(spec)) for spec in inside}
            queue.run_burst(app)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(f"{profile}-{fmt}.prof")
        cpu, main, wall = time.process_time() - cpu, time.thread_time() - main, time.perf_counter() - wall
        pg_after = bench_cpu.tree_seconds(server)
        event.remove(db.engine, "before_cursor_execute", counted)
        if dump is not None:
            rows = table_dump.table_rows(db.session)
            Path(f"{dump}-{fmt}.json").write_text(json.dumps(rows, sort_keys=True), encoding="utf-8")
    bench_formats.dispose(app)
    line = (
        f"{fmt}: {len(ids)} forms, {1000 * wall / len(ids):.3f} ms a form by the wall clock, "
        f"{1000 * cpu / len(ids):.3f} ms CPU a form "
        f"(storing thread {1000 * main / len(ids):.3f} ms, of it the summaries' refresh "
        f"{1000 * refreshed[0] / len(ids):.3f} ms), {statements[0] / len(ids):.2f} statements a form"
    )
    if pg is not None and pg_after is not None:
        line += f", PostgreSQL {1000 * (pg_after - pg) / len(ids):.3f} ms a form"
    for spec, seconds in spent.items():
        line += f", inside {spec} {1000 * seconds[0] / len(ids):.3f} ms"
    return line + (" under cProfile" if profile else "")


def main(argv: Sequence[str] | None = None) -> int:
    """Print each format's CPU a form."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.bench_worker_cpu", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--documents", type=int, default=1000, help="at least this many forms a format")
    formats = (*bench_formats.FORMATS, *MIXES)
    parser.add_argument("--formats", nargs="+", default=["xml", "csv"], choices=formats)
    parser.add_argument("--profile", metavar="PREFIX", help="write PREFIX-<format>.prof")
    parser.add_argument("--dump", metavar="PREFIX", help="write the tables to PREFIX-<format>.json")
    parser.add_argument("--database-url", help="drain on this PostgreSQL database (its schema is reset)")
    parser.add_argument("--redis-url", help="with --database-url: the jobs on this Redis")
    parser.add_argument(
        "--inside",
        action="append",
        default=[],
        metavar="MODULE:NAME",
        help="also the CPU a form inside this function or method (repeatable), e.g. "
        "hub.adapters.pipeline:canonicalise, hub.adapters.readers.base:Extraction.from_dict",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hub-worker-cpu-") as folder:
        tmp = Path(folder)
        warm = bench_formats.make_app(tmp / "warm-up")
        with warm.app_context():
            made = bench_data.bench_forms(db.session, args.documents)
            forms = {**made.per_format, "mixed": made.mixed}
            if "mix" in args.formats:
                forms["mix"] = bench_year.year_mix(db.session, args.documents).forms
        bench_formats.ingest(warm, [f for fmt in bench_formats.FORMATS for f in forms[fmt][:WARM_UP]])
        bench_formats.dispose(warm)
        for fmt in args.formats:
            line = drain(
                tmp,
                fmt,
                forms[fmt],
                args.profile,
                args.dump,
                args.database_url,
                args.redis_url,
                args.inside,
                by_day=fmt == "mix",
            )
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
