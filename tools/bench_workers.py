"""One `hub worker --burst` process against two, on real Redis and PostgreSQL, for `tools.bench`.

The same placement forms are submitted and queued on a freshly reset schema, then drained by one
worker process and, after another reset, by two in parallel. The bench makes its own database on the
server (`hub_bench_<pid>`, dropped afterwards) so that a test run sharing the server is not disturbed;
when it may not create databases it resets the schema of the given one instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from redis import Redis
from rq import Queue
from rq.job import Job
from sqlalchemy.engine import make_url

from hub import create_app
from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.models import Submission
from hub.services import agreements, demo, schema

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config"


@dataclass(frozen=True)
class Drain:
    """How long `workers` processes took to work `jobs` jobs."""

    workers: int
    jobs: int
    wall: float  # from starting the processes until the last one exited (includes interpreter start-up)
    span: float  # first job started .. last job ended, from rq's own timestamps
    statuses: Counter[str]
    errors: Counter[str]  # first line of each failed submission's error, counted


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


def drain(workers: int, redis_url: str, database_url: str, tmp: Path) -> Drain:
    """Reset the schema, queue every demo placement form, and time `workers` burst workers draining it."""
    reset_schema(database_url)
    queue_name = f"hub-bench-{uuid.uuid4().hex[:12]}"
    settings = {
        "DATA_DIR": str(tmp / f"workers-{workers}"),
        "BLOB_DIR": str(tmp / f"workers-{workers}" / "blobs"),
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "QUEUE_NAME": queue_name,
        "SECRET_KEY": "bench-secret",
        "MUNICIPALITIES_DIR": str(CONFIG / "municipalities"),
        "AGREEMENTS_DIR": str(CONFIG / "agreements"),
        "WORKER_THREAD": False,
        "LOG_LEVEL": "WARNING",
    }
    app = create_app(settings)
    job_ids: list[str] = []
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(CONFIG / "agreements"), "bench")
        ids = []
        for form in demo.demo_forms(db.session, ("placement",)):
            result = demo.submit(db.session, form)
            if result.needs_queueing:
                job_ids.append(enqueue_submission(result.submission_id).id)
            ids.append(result.submission_id)
        db.session.close()
        db.engine.dispose()
    env = {**os.environ, **{f"HUB_{key}": str(value) for key, value in settings.items()}}
    start = time.perf_counter()
    logs = [(tmp / f"worker-{workers}-{i}.log").open("wb") for i in range(workers)]
    try:
        processes = [
            subprocess.Popen(
                [*_hub_command(), "worker", "--burst"], env=env, cwd=tmp, stdin=subprocess.DEVNULL, stderr=log
            )
            for log in logs
        ]
        codes = [p.wait() for p in processes]
    finally:
        for log in logs:
            log.close()
    wall = time.perf_counter() - start
    connection = Redis.from_url(redis_url)
    try:
        jobs = [j for j in Job.fetch_many(job_ids, connection=connection) if j is not None]
        started = [j.started_at for j in jobs if j.started_at is not None]
        ended = [j.ended_at for j in jobs if j.ended_at is not None]
        span = (max(ended) - min(started)).total_seconds() if started and ended else wall
        Queue(queue_name, connection=connection).delete(delete_jobs=True)
    finally:
        connection.close()
    with app.app_context():
        statuses = Counter(db.session.scalars(sa.select(Submission.status)).all())
        errors = Counter(
            (error or "").split("\n", 1)[0][:160]
            for error in db.session.scalars(sa.select(Submission.error).where(Submission.status == "failed"))
        )
        db.session.close()
        db.engine.dispose()
    if any(codes):
        statuses["worker exit codes " + ",".join(map(str, codes))] += 1
    return Drain(workers, len(job_ids), wall, span, statuses, errors)
