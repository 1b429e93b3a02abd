"""The worker's CPU a form per format, on SQLite in one process, optionally profiled (decision 0030,
eighteenth run).

`python -m tools.bench_worker_cpu [--documents 1000] [--formats xml csv] [--profile PREFIX] [--dump PREFIX]`

Wall-clock rates swing with whatever else the host runs; CPU time and a profile's call counts do not
(much). Per format: a fresh app on a fresh SQLite database (`bench_formats.make_app`), the bench's forms
submitted and queued, then the queue drained by a burst worker in this process, timed alone with
`time.process_time()` (every thread: the reading threads too) and `time.thread_time()` (the storing
thread). `--profile` writes `PREFIX-<format>.prof`, a cProfile of the drain with the storing thread's
CPU as its clock: with the wall clock, a call that lets go of the interpreter's lock (lxml's parse) is
charged with the reading threads' time. `--dump` writes `PREFIX-<format>.json`, every table after the
drain (`tools.table_dump`), to compare the drains of two versions of the code.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from hub import longlived
from hub.extensions import db
from hub.queue import queue
from tools import bench_data, bench_formats, table_dump
from tools.bench_enqueue import submit_and_enqueue

WARM_UP = 5  # forms of each format taken through first, untimed (imports, the PDF sandbox)


def drain(
    tmp: Path, fmt: str, forms: Sequence[bench_data.DemoForm], profile: str | None, dump: str | None = None
) -> str:
    """One format's forms submitted, then drained: a line with the CPU a form (ms); `dump`: the tables
    after the drain written to `dump-<format>.json`."""
    app = bench_formats.make_app(tmp / f"cpu-{fmt}")
    longlived.freeze()
    with app.app_context():
        ids = submit_and_enqueue(db.session, forms)
        profiler = cProfile.Profile(time.thread_time) if profile else None
        cpu, main = time.process_time(), time.thread_time()
        if profiler is not None:
            profiler.enable()
        queue.run_burst(app)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(f"{profile}-{fmt}.prof")
        cpu, main = time.process_time() - cpu, time.thread_time() - main
        if dump is not None:
            rows = table_dump.table_rows(db.session)
            Path(f"{dump}-{fmt}.json").write_text(json.dumps(rows, sort_keys=True), encoding="utf-8")
    bench_formats.dispose(app)
    return (
        f"{fmt}: {len(ids)} forms, {1000 * cpu / len(ids):.3f} ms CPU a form "
        f"(storing thread {1000 * main / len(ids):.3f} ms){' under cProfile' if profile else ''}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print each format's CPU a form."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.bench_worker_cpu", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--documents", type=int, default=1000, help="at least this many forms a format")
    parser.add_argument("--formats", nargs="+", default=["xml", "csv"], choices=bench_formats.FORMATS)
    parser.add_argument("--profile", metavar="PREFIX", help="write PREFIX-<format>.prof")
    parser.add_argument("--dump", metavar="PREFIX", help="write the tables to PREFIX-<format>.json")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hub-worker-cpu-") as folder:
        tmp = Path(folder)
        warm = bench_formats.make_app(tmp / "warm-up")
        with warm.app_context():
            forms = bench_data.bench_forms(db.session, args.documents).per_format
        bench_formats.ingest(warm, [f for fmt in bench_formats.FORMATS for f in forms[fmt][:WARM_UP]])
        bench_formats.dispose(warm)
        for fmt in args.formats:
            print(drain(tmp, fmt, forms[fmt], args.profile, args.dump), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
