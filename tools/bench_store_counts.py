"""What a drain's workers did, counted rather than timed (decision 0030, stop 44).

`python -m tools.bench_store_counts --database-url URL --redis-url URL [--forms 1000] [--workers 1 2]
[--mix placements|year]`

Timings on a shared host are noise; counts are not. The bench's mixed forms are drained as `tools.bench`
drains them (`tools.bench_workers.drain`: `hub worker --burst` processes on PostgreSQL and Redis), but
each worker process is started with `tools.bench_store_hooks.install` first, which counts what the store
path does (batches, passes with and without savepoints, runs, held rows, ids, statements by kind, lock
waits, commits); each worker writes its counts at exit, and the drain adds PostgreSQL's own counts for
its database (transactions, rollbacks, deadlocks, rows inserted). Runs on whichever code is on
`PYTHONPATH`, with or without `batched_rows` (stop 43), so that two versions can be compared.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from tools import bench_year
from tools.bench_store_hooks import ENV
from tools.bench_year import YearMix

_PG_STATS = sa.text(
    "SELECT xact_commit, xact_rollback, deadlocks, tup_inserted, tup_updated, tup_deleted, tup_fetched "
    "FROM pg_stat_database WHERE datname = current_database()"
)


def _pg_stats(url: str) -> dict[str, int]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_stat_clear_snapshot()"))
            row = conn.execute(_PG_STATS).mappings().one()
            return {f"pg {key}": int(value) for key, value in row.items()}
    finally:
        engine.dispose()


def _drain(
    workers: int, forms: Sequence[Any], redis_url: str, url: str, tmp: Path, year: YearMix | None = None
) -> dict[str, Any]:
    """One drain of `forms` by `workers` counted workers; the workers' counts summed, PostgreSQL's. With
    `year` (the forms are its), submitted day by day and the store checked against it afterwards."""
    from tools import bench_workers

    folder = Path(tempfile.mkdtemp(prefix=f"counts-{workers}-", dir=tmp))
    command = (
        f"from tools.bench_store_hooks import install; install(); import sys; sys.argv[0] = 'hub'; {_MAIN}"
    )
    original_run = bench_workers._run
    stats: dict[str, dict[str, int]] = {}

    def run(count: int, env: dict[str, str], where: Path) -> Any:
        # The hooks are imported from the repository's `tools`, which a worker started in its own folder
        # finds only on its path: after what PYTHONPATH names, which may be another version's code.
        path = [p for p in (env.get("PYTHONPATH"), str(Path(__file__).resolve().parents[1])) if p]
        env = {**env, ENV: str(folder), "PYTHONPATH": os.pathsep.join(path)}
        stats["before"] = _pg_stats(url)
        try:
            return original_run(count, env, where)
        finally:
            time.sleep(1.5)  # the backends' statistics reach the shared counts when they exit
            stats["after"] = _pg_stats(url)

    original_command = bench_workers._hub_command
    bench_workers._hub_command = lambda: [sys.executable, "-c", command]
    bench_workers._run = run  # type: ignore[assignment]
    try:
        check = None if year is None else functools.partial(_checked, mix=year, found=stats)
        result = bench_workers.drain(
            workers, forms, redis_url, url, tmp, by_day=year is not None, check=check
        )
    finally:
        bench_workers._run = original_run
        bench_workers._hub_command = original_command
    counts: Counter[str] = Counter()
    files = sorted(folder.glob("worker-*.json"))
    for file in files:
        counts.update(json.loads(file.read_text()))
    counts.update({key: stats["after"][key] - stats["before"][key] for key in stats["after"]})
    counts.update(stats.get("store", {}))
    return {
        "workers": workers,
        "worker files": len(files),
        "forms": result.forms,
        "statuses": dict(result.statuses),
        "errors": dict(result.errors),
        "wrong": result.wrong,
        "counts": dict(sorted(counts.items())),
    }


_MAIN = "from hub.cli import main; main()"


def _checked(session: Any, mix: YearMix, found: dict[str, dict[str, int]]) -> list[str]:
    """`bench_year.check`, and how many versions were stored again on top because a form received
    earlier was stored after a later one (decision 0067: the order two workers broke, mended)."""
    from hub.models import RecordVersion

    again = session.scalar(sa.select(sa.func.count()).where(RecordVersion.reason == "reapplied"))
    found["store"] = {"versions reapplied (stored out of the order received)": int(again or 0)}
    return bench_year.check(session, mix=mix)


def main(argv: Sequence[str] | None = None) -> int:
    """Drain the bench's mixed forms with each number of workers and print the counts as JSON."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.bench_store_counts", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--forms", type=int, default=1000, help="mixed forms (the bench's: ≥ 1,000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--mix",
        choices=("placements", "year"),
        default="placements",
        help="the bench's mixed placement forms, or a year's mix (tools.bench_year), checked afterwards",
    )
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args(argv)
    from hub.extensions import db
    from tools import bench_data, bench_formats, bench_workers

    results = []
    with tempfile.TemporaryDirectory(prefix="hub-counts-") as name:
        tmp = Path(name)
        warm = bench_formats.make_app(tmp / "forms")
        with warm.app_context():
            year = bench_year.year_mix(db.session, args.forms) if args.mix == "year" else None
            forms = (
                year.forms if year is not None else bench_data.bench_forms(db.session, 1, args.forms).mixed
            )
        bench_formats.dispose(warm)
        with bench_workers.bench_database(args.database_url) as (url, _note):
            for workers in args.workers:
                results.append(_drain(workers, forms, args.redis_url, url, tmp, year))
    text = json.dumps(results, indent=1)
    if args.out:
        args.out.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
