"""One `hub worker --burst` process against two, on real Redis and PostgreSQL, for `tools.bench`.

The same forms (a thousand or more in the demo's mix, `tools.bench_data.bench_forms`) are submitted and
queued on a freshly reset schema, then drained by one worker process and, after another reset, by two
in parallel. While they drain, the CPU seconds of each worker process, of PostgreSQL (postmaster and
backends) and of Redis are taken from /proc (`tools.bench_cpu`), so the bench can say who used the
cores. The bench makes its own database on the server (`hub_bench_<pid>`, dropped afterwards) so that
a test run sharing the server is not disturbed; when it may not create databases it resets the schema
of the given one instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from redis import Redis
from rq import Queue
from rq.job import Job
from rq.registry import FailedJobRegistry, FinishedJobRegistry
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from hub import create_app
from hub.extensions import db
from hub.models import Submission
from hub.services import agreements, schema
from hub.services.demo import DemoForm
from tools import bench_cpu, bench_storage
from tools.bench_enqueue import submit_and_enqueue, submit_by_day
from tools.bench_settings import settings

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config"


@dataclass(frozen=True)
class Drain:
    """How long `workers` processes took to work `forms` forms, and who used the CPU meanwhile."""

    workers: int
    forms: int
    submit: float  # seconds to submit and queue every form (before the workers start)
    wall: float  # from starting the processes until the last one exited (includes interpreter start-up)
    span: float  # first job started .. last job ended, from rq's own timestamps
    statuses: Counter[str]
    errors: Counter[str]  # first line of each failed submission's error, counted
    worker_cpu: list[float | None]
    postgres_cpu: float | None
    redis_cpu: float | None
    written: bench_storage.Written | None = None
    wrong: list[str] | None = None  # what `check` found wrong in the store afterwards (None: not checked)
    host_cpu: float | None = None  # CPU seconds the whole machine was busy over `wall` (None: not Linux)

    @property
    def rate(self) -> float:
        """Forms per second over the job span."""
        return self.forms / self.span if self.span else float("nan")


@contextmanager
def bench_database(url: str) -> Iterator[tuple[str, str]]:
    """A private database on the server of `url` (dropped afterwards), or `url` itself; and a note."""
    base = make_url(url)
    name = f"hub_bench_{os.getpid()}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        created = True
    except sa.exc.SQLAlchemyError as exc:
        created = False
        note = f"could not create a private database ({type(exc).__name__}): reset {base.database}"
    try:
        if not created:
            yield url, note
            return
        yield base.set(database=name).render_as_string(hide_password=False), f"private database {name}"
    finally:
        if created:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def reset_schema(database_url: str) -> None:
    """Drop everything in the database's public schema and migrate it to the newest schema."""
    engine = sa.create_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
        schema.upgrade(engine)
    finally:
        engine.dispose()


def _hub_command() -> list[str]:
    script = Path(sys.executable).parent / "hub"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from hub.cli import main; main()"]


def settings_for(workers: int, redis_url: str, database_url: str, tmp: Path) -> dict[str, Any]:
    """The hub's settings for one drain (its own queue name, data folder and blob store)."""
    folder = tmp / f"workers-{workers}"
    return settings(
        folder,
        BLOB_DIR=str(folder / "blobs"),
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        QUEUE_NAME=f"hub-bench-{uuid.uuid4().hex[:12]}",
    )


def _span(connection: Redis, queue_name: str, fallback: float) -> float:
    """First job started .. last job ended over every job the queue finished or failed."""
    queue = Queue(queue_name, connection=connection)
    ids = [*FinishedJobRegistry(queue=queue).get_job_ids(), *FailedJobRegistry(queue=queue).get_job_ids()]
    jobs = [j for j in Job.fetch_many(ids, connection=connection) if j is not None]
    started = [j.started_at for j in jobs if j.started_at is not None]
    ended = [j.ended_at for j in jobs if j.ended_at is not None]
    return (max(ended) - min(started)).total_seconds() if started and ended else fallback


def _run(workers: int, env: dict[str, str], tmp: Path) -> tuple[list[int], list[float | None], float]:
    """Start `workers` burst workers, wait for all; exit codes, CPU seconds each, wall seconds."""
    start = time.perf_counter()
    logs = [(tmp / f"worker-{workers}-{i}.log").open("wb") for i in range(workers)]
    try:
        processes = [
            subprocess.Popen(
                [*_hub_command(), "worker", "--burst"], env=env, cwd=tmp, stdin=subprocess.DEVNULL, stderr=log
            )
            for log in logs
        ]
        waited = [bench_cpu.wait_with_cpu(p) for p in processes]
    finally:
        for log in logs:
            log.close()
    return [code for code, _ in waited], [cpu for _, cpu in waited], time.perf_counter() - start


def _delta(after: float | None, before: float | None) -> float | None:
    return None if after is None or before is None else after - before


def drain(
    workers: int,
    forms: Sequence[DemoForm],
    redis_url: str,
    database_url: str,
    tmp: Path,
    keep_rows: bool = False,
    by_day: bool = False,
    check: Callable[[Session], list[str]] | None = None,
) -> Drain:
    """Reset the schema, submit and queue `forms`, and time `workers` burst workers draining them.
    `keep_rows`: read back what ingestion wrote (for the storage floor); `by_day`: submit them day by
    day in their order (`submit_by_day`), as a year's follow-ups come in; `check`: what the store holds
    that it should not, asked afterwards."""
    reset_schema(database_url)
    settings = settings_for(workers, redis_url, database_url, tmp)
    app = create_app(settings)
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(CONFIG / "agreements"), "bench")
        before = bench_storage.keys(db.engine)
        began = time.perf_counter()
        (submit_by_day if by_day else submit_and_enqueue)(db.session, forms)
        submitted = time.perf_counter() - began
        pg = bench_cpu.postmaster(db.engine)
        db.session.close()
    connection = Redis.from_url(redis_url)
    redis_pid = bench_cpu.redis_server(connection)
    env = {**os.environ, **{f"HUB_{key}": str(value) for key, value in settings.items()}}
    pg_before, redis_before = bench_cpu.tree_seconds(pg), bench_cpu.tree_seconds(redis_pid)
    host_before = bench_cpu.host_seconds()
    codes, worker_cpu, wall = _run(workers, env, tmp)
    host_cpu = _delta(bench_cpu.host_seconds(), host_before)
    time.sleep(0.3)  # the workers' backends notice their connections closed and exit
    pg_cpu = _delta(bench_cpu.tree_seconds(pg), pg_before)
    redis_cpu = _delta(bench_cpu.tree_seconds(redis_pid), redis_before)
    try:
        span = _span(connection, str(settings["QUEUE_NAME"]), wall)
        Queue(str(settings["QUEUE_NAME"]), connection=connection).delete(delete_jobs=True)
    finally:
        connection.close()
    with app.app_context():
        statuses = Counter(db.session.scalars(sa.select(Submission.status)).all())
        errors = Counter(
            (error or "").split("\n", 1)[0][:160]
            for error in db.session.scalars(sa.select(Submission.error).where(Submission.status == "failed"))
        )
        written = bench_storage.read_back(db.engine, before, len(forms)) if keep_rows else None
        wrong = check(db.session) if check is not None else None
        db.session.close()
        db.engine.dispose()
    if any(codes):
        statuses["worker exit codes " + ",".join(map(str, codes))] += 1
    return Drain(
        workers,
        len(forms),
        submitted,
        wall,
        span,
        statuses,
        errors,
        worker_cpu,
        pg_cpu,
        redis_cpu,
        written,
        wrong,
        host_cpu,
    )


def startup(redis_url: str, database_url: str, tmp: Path) -> tuple[float | None, float]:
    """CPU and wall seconds of one `hub worker --burst` on an empty queue: start-up and exit alone, the
    part of each worker's CPU figure that is not forms."""
    settings = settings_for(0, redis_url, database_url, tmp)
    env = {**os.environ, **{f"HUB_{key}": str(value) for key, value in settings.items()}}
    _, cpu, wall = _run(1, env, tmp)
    return cpu[0], wall


def storage_floor(redis_url: str, database_url: str, tmp: Path, written: bench_storage.Written) -> float:
    """Documents per second of the bare bulk insert of `written` on a freshly reset PostgreSQL schema
    with the same agreements loaded."""
    reset_schema(database_url)
    app = create_app(settings_for(0, redis_url, database_url, tmp))
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(CONFIG / "agreements"), "bench")
        db.session.close()
        try:
            return bench_storage.floor(db.engine, written)
        finally:
            db.engine.dispose()
