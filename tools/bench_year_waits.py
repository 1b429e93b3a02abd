"""Where two workers' time goes on a year's mix: pg_stat_activity sampled during a drain (decision 0030,
"Stop 60: year-70").

`python -m tools.bench_year_waits --database-url URL --redis-url URL [--forms 1000] [--workers 1 2]
[--interval 0.02] [--dump PREFIX]`

Each drain is `tools.bench_workers.drain` of a year's mix submitted day by day (as the bench's year
drains are), with a thread beside it reading every backend of the drain's database every `--interval`
seconds: its state, its wait event, the kind of lock it waits for (pg_locks) and the statement. Each
sample counts the time since the previous one, so a line's seconds are backend time: a worker's
connection waiting on a citizen's advisory lock, on a row lock (the summaries' rows, a submission's row),
busy in PostgreSQL, idle inside a transaction (the worker's own Python, or a read it waits for) or idle
outside one (between jobs, or the queue empty). Then rq's registries give each job's start and end, so
the time one worker ran alone (the other had no job) is seen apart from the time both ran. CPU figures
are the drain's own (`bench_workers.Drain`), with the load average beside them: other processes on the
host stretch wall time, not the CPU a form.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import sqlalchemy as sa
from redis import Redis
from rq import Queue
from rq.job import Job
from rq.registry import FailedJobRegistry, FinishedJobRegistry
from sqlalchemy.orm import Session

from hub import create_app
from hub.extensions import db
from hub.services import agreements
from tools import bench_data, bench_workers, bench_year, table_dump
from tools.bench_settings import settings

_SAMPLE = sa.text(
    "SELECT a.pid, a.state, a.wait_event_type, a.wait_event, l.locktype, left(a.query, 70)"
    " FROM pg_stat_activity a LEFT JOIN pg_locks l ON l.pid = a.pid AND NOT l.granted"
    " WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()"
    " AND a.backend_type = 'client backend'"
)


def _kind(state: str | None, event_type: str | None, locktype: str | None, query: str) -> str:
    """What a backend was doing in one sample, in the words of the report."""
    if state == "active" and event_type == "Lock":
        if locktype == "advisory":
            waited = "in order (put-off forms)" if "unnest" in query else "one"
            return f"waits: citizen's advisory lock, {waited}"
        return f"waits: {locktype} lock: {query.split('(')[0][:40]}"
    if state == "active":
        return "active in PostgreSQL"
    if state == "idle in transaction":
        return "idle in a transaction (the worker's own work)"
    return f"{state or 'unknown'} (outside a transaction)"


class Sampler(threading.Thread):
    """Samples the drain's database until stopped; `seconds[(pid, kind)]` backend seconds."""

    def __init__(self, database_url: str, interval: float) -> None:
        super().__init__(daemon=True)
        self.engine = sa.create_engine(database_url, isolation_level="AUTOCOMMIT")
        self.interval = interval
        self.stopped = threading.Event()
        self.seconds: dict[tuple[int, str], float] = defaultdict(float)
        self.samples = 0

    def run(self) -> None:
        with self.engine.connect() as conn:
            last = time.perf_counter()
            while not self.stopped.wait(self.interval):
                rows = conn.execute(_SAMPLE).all()
                now = time.perf_counter()
                step, last = now - last, now
                self.samples += 1
                seen: set[int] = set()
                for pid, state, event_type, _, locktype, query in rows:
                    if pid not in seen:  # a backend waiting on one lock has one ungranted row
                        seen.add(pid)
                        self.seconds[(pid, _kind(state, event_type, locktype, query or ""))] += step
        self.engine.dispose()


def job_spans(connection: Redis, queue_name: str) -> list[tuple[float, float]]:
    """Each finished or failed job's (start, end), in seconds since the epoch, by start."""
    queue = Queue(queue_name, connection=connection)
    ids = [*FinishedJobRegistry(queue=queue).get_job_ids(), *FailedJobRegistry(queue=queue).get_job_ids()]
    jobs = [j for j in Job.fetch_many(ids, connection=connection) if j is not None]
    return sorted(
        (j.started_at.timestamp(), j.ended_at.timestamp()) for j in jobs if j.started_at and j.ended_at
    )


def job_sizes(connection: Redis, queue_name: str) -> list[str]:
    """Each finished or failed job's submissions (its description's count) and how it ended, by start."""
    queue = Queue(queue_name, connection=connection)
    done = {
        "f": FinishedJobRegistry(queue=queue).get_job_ids(),
        "F": FailedJobRegistry(queue=queue).get_job_ids(),
    }
    out = []
    for mark, ids in done.items():
        for job in Job.fetch_many(ids, connection=connection):
            if job is not None and job.started_at is not None:
                name = (job.func_name or "").rsplit(".", 1)[-1]
                out.append((job.started_at, f"{name}:{len(job.args[0])}{mark}"))
    return [text for _, text in sorted(out)]


def overlap(spans: list[tuple[float, float]]) -> tuple[float, float]:
    """Seconds in which exactly one job ran, and in which two or more did."""
    edges = sorted([(s, 1) for s, _ in spans] + [(e, -1) for _, e in spans])
    alone = both = 0.0
    running, last = 0, None
    for at, step in edges:
        if last is not None:
            if running == 1:
                alone += at - last
            elif running >= 2:
                both += at - last
        running, last = running + step, at
    return alone, both


def report(
    workers: int, drain: bench_workers.Drain, sampler: Sampler, spans: list[tuple[float, float]]
) -> None:
    """Print one drain's breakdown."""
    load = Path("/proc/loadavg").read_text().split()[:3]
    cpu = " + ".join(f"{c:.1f}" for c in drain.worker_cpu if c is not None)
    pg = drain.postgres_cpu or 0.0
    per_form = 1000 * (sum(c or 0.0 for c in drain.worker_cpu) + pg) / drain.forms
    alone, both = overlap(spans)
    print(
        f"{workers} worker(s): {drain.forms} forms, span {drain.span:.1f} s, {drain.rate:.1f} forms/s, "
        f"{dict(drain.statuses)}; worker CPU {cpu} s, PostgreSQL {pg:.1f} s, {per_form:.2f} ms a form in "
        f"all; {len(spans)} jobs; one job alone {alone:.1f} s, two at once {both:.1f} s; "
        f"load {' '.join(load)};"
        f" {sampler.samples} samples; wrong: {len(drain.wrong or [])}"
    )
    by_pid: dict[int, dict[str, float]] = {}
    for (pid, kind), seconds in sampler.seconds.items():
        by_pid.setdefault(pid, defaultdict(float))[kind] += seconds
    # A worker's main backend is busy for more than a second; the leases' and healing's hardly ever.
    for pid, counts in sorted(by_pid.items()):
        if sum(seconds for kind, seconds in counts.items() if not kind.startswith("idle (")) > 1.0:
            parts = sorted(counts.items(), key=lambda item: -item[1])
            print(f"    backend {pid}: " + "; ".join(f"{kind} {seconds:.1f} s" for kind, seconds in parts))


def main() -> None:
    """Drain a year's mix with each worker count given, sampled, and print where the time went."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--interval", type=float, default=0.02)
    parser.add_argument("--demo", action="store_true", help="the demo's mix instead, to compare")
    parser.add_argument("--dump", help="write the tables after each drain to PREFIX-<workers>.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hub-year-waits-") as folder:
        tmp = Path(folder)
        bench_workers.reset_schema(args.database_url)
        app = create_app(settings(tmp / "mix", DATABASE_URL=args.database_url, REDIS_URL=args.redis_url))
        with app.app_context():
            agreements.load_files(
                db.session, agreements.agreement_files(bench_workers.CONFIG / "agreements"), "x"
            )
            mix = bench_year.year_mix(db.session, args.forms)
            forms = bench_data.bench_forms(db.session, 1, args.forms).mixed if args.demo else mix.forms
            db.session.close()
            db.engine.dispose()
        spans: list[list[tuple[float, float]]] = []
        described: list[list[str]] = []
        span = bench_workers._span

        def spanned(connection: Redis, queue_name: str, fallback: float) -> float:
            # Read before the drain deletes its queue's jobs.
            spans.append(job_spans(connection, queue_name))
            described.append(job_sizes(connection, queue_name))
            return span(connection, queue_name, fallback)

        bench_workers._span = spanned
        for workers in args.workers:
            dump = f"{args.dump}-{workers}.json" if args.dump else None

            def check(session: Session, dump: str | None = dump) -> list[str]:
                if dump:
                    Path(dump).write_text(json.dumps(table_dump.table_rows(session), sort_keys=True))
                return [] if args.demo else bench_year.check(session, mix)

            sampler = Sampler(args.database_url, args.interval)
            sampler.start()
            drain = bench_workers.drain(
                workers, forms, args.redis_url, args.database_url, tmp, by_day=not args.demo, check=check
            )
            sampler.stopped.set()
            sampler.join()
            report(workers, drain, sampler, spans[-1])
            print("    jobs: " + " ".join(described[-1]))


if __name__ == "__main__":
    main()
