"""What the job queue is doing, for the admin: rq's registries, the workers alive, and submissions in SQL
(the database's side is `job_monitor_db`'s).

Read-only. rq's registries are read without their cleanup (a look must not move jobs between
registries); of a job's arguments only a failed job's submission ids are shown (`job_subjects`), and of
a failure only the exception's class, never its message or traceback, which may quote a document's
content. See docs/decisions/0019-job-monitor.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from rq import Queue, Worker
from rq.job import Job, JobStatus
from rq.registry import BaseRegistry
from sqlalchemy.orm import Session

from hub.services import job_subjects, recovery
from hub.services.job_monitor_db import StuckRow, stuck, submissions_by_status

# The states a job passes through, in the order a person reads them.
JOB_STATES = ("queued", "started", "finished", "failed", "deferred", "scheduled")
# The last line of a traceback names the exception; only a dotted name is taken from it, nothing after.
_EXCEPTION = re.compile(r"^([A-Za-z_][\w.]*)(?::|$)")


@dataclass(frozen=True)
class JobRow:
    """One job as the monitor shows it."""

    id: str
    status: str
    description: str
    enqueued_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    exception: str | None
    submissions: tuple[int, ...] = ()  # of a failed submission job: the ones to look at and queue again


@dataclass(frozen=True)
class WorkerRow:
    """One worker registered with the queue."""

    name: str
    state: str
    current_job: str | None
    last_heartbeat: datetime | None
    successful: int
    failed: int


@dataclass(frozen=True)
class Overview:
    """The whole monitor page's data."""

    queue_name: str
    embedded: bool
    counts: dict[str, int]
    jobs: list[JobRow]
    workers: list[WorkerRow]
    submissions: dict[str, int]
    stuck: list[StuckRow]
    to_requeue: int
    queue_reachable: bool = True  # False: Redis is away, and only the database's side is shown


def _registries(queue: Queue) -> dict[str, BaseRegistry]:
    return {
        "started": queue.started_job_registry,
        "finished": queue.finished_job_registry,
        "failed": queue.failed_job_registry,
        "deferred": queue.deferred_job_registry,
        "scheduled": queue.scheduled_job_registry,
    }


def exception_class(exc_string: str | None) -> str | None:
    """The exception's class from a formatted traceback (`hub.errors.Rejection`), never its message."""
    if not exc_string:
        return None
    last = exc_string.strip().splitlines()[-1].strip()
    found = _EXCEPTION.match(last)
    return found.group(1) if found else "?"


def _failure(job: Job) -> str | None:
    result = job.latest_result()
    return exception_class(result.exc_string if result is not None else None)


def job_counts(queue: Queue) -> dict[str, int]:
    """How many jobs each state holds."""
    counts = {"queued": queue.count}
    counts.update({name: r.get_job_count(cleanup=False) for name, r in _registries(queue).items()})
    return {state: counts[state] for state in JOB_STATES}


def newest_jobs(queue: Queue, limit: int = 20) -> list[JobRow]:
    """The newest `limit` jobs of every state, newest first."""
    ids = queue.get_job_ids(offset=max(0, queue.count - limit))
    for registry in _registries(queue).values():
        ids += registry.get_job_ids(0, limit - 1, desc=True, cleanup=False)
    rows = []
    for job in Job.fetch_many(list(dict.fromkeys(ids)), connection=queue.connection):
        if job is None:
            continue  # expired between the two reads
        found = job.get_status(refresh=False)
        status = found.value if isinstance(found, JobStatus) else str(found or "")
        failed = status == "failed"
        rows.append(
            JobRow(
                job.id,
                status,
                job.description or "",
                job.enqueued_at,
                job.started_at,
                job.ended_at,
                _failure(job) if failed else None,
                job_subjects.submission_ids(job) if failed else (),
            )
        )
    return sorted(rows, key=_latest, reverse=True)[:limit]


def _latest(row: JobRow) -> datetime:
    # rq keeps UTC; an older job may carry a naive time, which is UTC too.
    moments = [
        m if m.tzinfo else m.replace(tzinfo=UTC) for m in (row.ended_at, row.started_at, row.enqueued_at) if m
    ]
    return max(moments, default=datetime.min.replace(tzinfo=UTC))


def workers(queue: Queue) -> list[WorkerRow]:
    """The workers registered with the queue (a worker that died stops being listed when its key expires)."""
    return [
        WorkerRow(
            w.name,
            str(w.get_state()),
            w.get_current_job_id(),
            w.last_heartbeat,
            w.successful_job_count,
            w.failed_job_count,
        )
        for w in sorted(Worker.all(queue=queue), key=lambda w: w.name)
    ]


def alive(queue: Queue) -> int:
    """How many workers of the queue are alive: listed, and their key not expired. rq keeps a worker
    killed outright in its list until its own cleaning, every ten minutes, finds the key gone, and
    `Worker.count` counts the list: `/readyz` said 3 workers for minutes after one of them was killed."""
    keys = sorted(Worker.all_keys(queue=queue))
    with queue.connection.pipeline() as pipeline:
        for key in keys:
            pipeline.exists(key)
        return sum(map(bool, pipeline.execute())) if keys else 0


def overview(session: Session, queue: Queue, embedded: bool, older_than: timedelta) -> Overview:
    """Everything the admin's job monitor shows. With Redis away the queue's side is left empty and said
    to be unreachable: the submissions kept meanwhile are in the database, and are what the admin needs."""
    try:
        counts, jobs, alive, reachable = job_counts(queue), newest_jobs(queue), workers(queue), True
    except (RedisConnectionError, RedisTimeoutError):
        counts, jobs, alive, reachable = {}, [], [], False
    return Overview(
        queue_name=queue.name,
        embedded=embedded,
        counts=counts,
        jobs=jobs,
        workers=alive,
        submissions=submissions_by_status(session),
        stuck=stuck(session, older_than),
        to_requeue=len(recovery.stalled(session, older_than)),
        queue_reachable=reachable,
    )
