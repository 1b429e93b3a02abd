"""The job queue: rq on real Redis when `HUB_REDIS_URL` is set, on an in-process stand-in otherwise.

Embedded mode keeps one `fakeredis.FakeServer` per app. The web process works it with a worker thread;
a CLI command works it itself, in a burst, before it returns. Jobs take ids only and keep their state in
SQL, so losing the stand-in with the process loses nothing but work not yet started.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import fakeredis
from flask import Flask, current_app
from redis import Redis
from rq import Queue
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.utils import as_text, parse_composite_key

from hub.queue_state import QueueState, state_of
from hub.queue_stopping import CommandWorker, ThreadWorker
from hub.queue_workers import HubWorker

log = logging.getLogger(__name__)
WAITING = (JobStatus.QUEUED, JobStatus.STARTED, JobStatus.DEFERRED, JobStatus.SCHEDULED)
# How long rq keeps a job in its finished and failed registries (seconds). A job queued again under its
# fixed id (`enqueue_once`) replaces its last run, and is kept for less: it is queued often. The job
# monitor says so, as a worker's own counts include what the registries no longer hold.
FINISHED_KEPT = 24 * 3600
REPEATED_KEPT = 3600
FAILED_KEPT = 7 * 24 * 3600
# A job `queued` in neither the queue nor the started registry is being taken by a worker, or was
# stranded by one killed as it took it (`JobQueue._stranded`): taken for stranded once seen so this long
# before. A live worker
# moves it on in milliseconds; healing comes round every third of a lease.
TAKING_GRACE = 10.0
TAKING_MARK_KEPT = 24 * 3600


class JobQueue:
    """The app's rq queue."""

    def init_app(self, app: Flask) -> None:
        """Bind to an app; connects lazily."""
        url = app.config.get("REDIS_URL") or ""
        connection: Redis
        if url:
            connection = Redis.from_url(url)
        else:
            connection = fakeredis.FakeRedis(server=fakeredis.FakeServer())
        name = app.config["QUEUE_NAME"]
        app.extensions["hub.queue"] = QueueState(
            connection=connection,
            queue=Queue(name, connection=connection),
            embedded=not url,
            job_timeout=int(app.config["JOB_TIMEOUT"]),
        )

    @staticmethod
    def state(app: Flask | None = None) -> QueueState:
        """The per-app queue state."""
        return state_of(app)

    def after_each_job(self, app: Flask, hook: Callable[[Flask], None]) -> None:
        """Run `hook(app)` after every job a worker of this app performs (the audit log's sequencer)."""
        self.state(app).after_job.append(hook)

    def between_jobs(self, app: Flask, hook: Callable[[Flask], None]) -> None:
        """Run `hook(app)` when a worker starts and every third of `LEASE_SECONDS` between jobs (and
        while idle): the hub's self-healing, with no cron line."""
        self.state(app).maintenance.append(hook)

    @property
    def embedded(self) -> bool:
        """True when the queue lives in this process."""
        return self.state().embedded

    def enqueue(self, func: Callable[..., Any], *args: int | str, description: str) -> Job:
        """Queue a job with the hub's timeouts and TTLs. Arguments must be ids, never personal data."""
        state = self.state()
        return state.queue.enqueue(
            func,
            *args,
            job_timeout=state.job_timeout,
            result_ttl=FINISHED_KEPT,
            failure_ttl=FAILED_KEPT,
            description=description,
        )

    def enqueue_once(
        self,
        func: Callable[..., Any],
        *args: int | str | list[int],
        job_id: str,
        description: str,
        stale_after: float | None = None,
        lost: bool = False,
        made: list[str] | None = None,
    ) -> Job:
        """Queue a job under a fixed id (within this queue, `full_id`) unless the job of that id is
        already waiting or running, so that asking again (every view of a page that wants it) queues it once.
        `made`, when given, gets the job's id if this call queued it (not if it found it waiting).

        `stale_after`: a job `started` longer ago than this many seconds is taken for one whose worker
        died (the caller knows from SQL that nobody holds the work) and is replaced. `lost`: the caller
        knows from SQL that the work has waited too long; a job `queued` that is neither in the queue
        nor started is then taken for one stranded by a worker that died taking it, and is replaced."""
        state = self.state()
        job_id = self.full_id(job_id)
        # A short Redis lock makes the look and the enqueue one step: two callers at once queue one job.
        # (rq 3.0's `unique=True` saves the job before its own check, and then never pushes it.)
        lock = state.connection.lock(f"hub:enqueue-lock:{job_id}", timeout=10, blocking_timeout=5)
        with lock:
            job = self._fetch(job_id)
            if job is not None and job.get_status(refresh=False) in WAITING and not _stale(job, stale_after):
                if not (lost and self._stranded(job)):
                    return job
            if job is not None:
                job.delete()  # finished, failed or stale: its id is taken for the new one
                # rq moves a job it takes to an intermediate list first; a worker killed right then
                # leaves it there (rq's own clean-up fails it only after minutes).
                state.queue.intermediate_queue.remove(job_id)
            if made is not None:
                made.append(job_id)
            return state.queue.enqueue(
                func,
                *args,
                job_id=job_id,
                job_timeout=state.job_timeout,
                result_ttl=REPEATED_KEPT,
                failure_ttl=FAILED_KEPT,
                description=description,
            )

    def _stranded(self, job: Job) -> bool:
        """Whether a job is `queued` but in neither the queue nor the started registry, and has been so
        for `TAKING_GRACE` seconds: not one a worker is taking at this moment.

        rq 3 takes a job in steps: out of the queue (LMOVE to its intermediate list on Redis 6.2 and
        later, LPOP before and on the embedded stand-in), fetch it, then add it to the started registry
        (`prepare_execution`). In between it is `queued` in neither list, as a job stranded by a worker
        killed there is; replaced then, the worker ran the old job and another the new one (two jobs for
        one batch). So both lists are read in one transaction (no step of a worker falls between the
        reads), and a job in neither counts as stranded only once seen so `TAKING_GRACE` seconds before:
        a live worker takes it in milliseconds; a dead one's is replaced when healing finds its
        submissions waiting again (a lease later)."""
        state = self.state()
        if job.get_status(refresh=False) != JobStatus.QUEUED:
            return False
        with state.connection.pipeline(transaction=True) as pipe:
            pipe.lpos(state.queue.key, job.id)
            pipe.zrange(state.queue.started_job_registry.key, 0, -1)
            waiting, started = pipe.execute()
        # The registry's members are `job_id:execution_id` in rq 3.
        if waiting is not None or any(parse_composite_key(as_text(m))[0] == job.id for m in started):
            return False
        seen = self._seen_taking(job)
        return seen is not None and seen >= TAKING_GRACE

    def _seen_taking(self, job: Job) -> float | None:
        """Seconds since this enqueued job was first seen out of the queue and not started (None the
        first time: never stranded at first sight, whatever the grace).
        Keyed by its enqueue time too: a fixed id is queued again and again, each time a new job."""
        connection = self.state().connection
        key = f"hub:taking:{job.id}:{job.enqueued_at.timestamp() if job.enqueued_at else ''}"
        now = time.time()
        if connection.set(key, now, nx=True, ex=TAKING_MARK_KEPT):
            return None
        return now - float(connection.get(key) or now)

    def full_id(self, job_id: str) -> str:
        """A fixed job id within this queue: rq's job ids are global to the Redis server, and a hub's
        queue name keeps its jobs apart from another hub's (or another test's) on the same server."""
        return f"{self.state().queue.name}-{job_id}"

    def _fetch(self, job_id: str) -> Job | None:
        try:
            return Job.fetch(job_id, connection=self.state().connection)
        except NoSuchJobError:
            return None

    def job_waiting(self, job_id: str, stale_after: float | None = None) -> bool:
        """Whether the job of this (full) id is in Redis waiting or running (a started one no longer than
        `stale_after` seconds). Its own status, not the queue's lists: a job a worker is taking at this
        moment is in neither list for an instant, and is still counted as waiting."""
        job = self._fetch(job_id)
        return job is not None and job.get_status(refresh=False) in WAITING and not _stale(job, stale_after)

    def live_job_ids(self, stale_after: float | None = None) -> set[str]:
        """Ids of the jobs waiting in the queue or running (a started one no longer than `stale_after`
        seconds): read in two Redis calls and the started jobs, however long the queue."""
        state = self.state()
        registry = state.queue.started_job_registry
        started = [job_id for job_id, _ in registry.get_job_and_execution_ids(cleanup=False)]
        running = {
            job.id
            for job in Job.fetch_many(started, connection=state.connection)
            if job is not None and not _stale(job, stale_after)
        }
        return set(state.queue.get_job_ids()) | running

    def worker(self, app: Flask | None = None, cls: type[HubWorker] = HubWorker) -> HubWorker:
        """A worker bound to the app's queue."""
        app = app or current_app._get_current_object()  # type: ignore[attr-defined]
        state = self.state(app)
        # A third of a lease: a dead worker's work is back in the queue soon after its lease runs out.
        heal_every = float(app.config["LEASE_SECONDS"]) / 3
        worker = cls([state.queue], connection=state.connection, heal_every=heal_every)
        worker.app = app
        return worker

    def run_burst(self, app: Flask | None = None) -> None:
        """Work every queued job now, in this thread, and return when the queue is empty;
        KeyboardInterrupt after the job under way when Ctrl-C is pressed (`CommandWorker`)."""
        worker = self.worker(app, CommandWorker)
        worker.heals = False
        worker.work(burst=True, logging_level="WARNING")

    def start_thread(self, app: Flask) -> None:
        """Start the embedded worker thread once (embedded mode only)."""
        state = self.state(app)
        with state.lock:
            if not state.embedded or state.thread is not None:
                return
            worker = self.worker(app, ThreadWorker)
            assert isinstance(worker, ThreadWorker)  # made of the class given
            thread = threading.Thread(
                target=worker.work, kwargs={"logging_level": "WARNING"}, name="hub-worker", daemon=True
            )
            thread.start()
            state.thread, state.worker = thread, worker
            log.info("embedded queue worker thread started")

    def stop_thread(self, app: Flask, cut: bool = False) -> tuple[str, int]:
        """Stop the embedded worker thread after the job under way (`cut`, or a KeyboardInterrupt
        meanwhile, stops that job, its batch given back): how the job ended ("none", "finished" or
        "stopped", `ThreadWorker.stop`) and how many jobs were never begun. Called in the main thread
        as `hub serve` stops; the queue ends with the process."""
        state = self.state(app)
        if state.worker is None or state.thread is None:
            return "none", 0
        ended = state.worker.stop(state.thread, cut)
        return ended, state.queue.count + state.worker.not_begun


def _stale(job: Job, stale_after: float | None) -> bool:
    """Whether a started job has run longer than `stale_after` seconds (its worker is taken for dead)."""
    if stale_after is None or job.get_status(refresh=False) != JobStatus.STARTED or job.started_at is None:
        return False
    started = job.started_at if job.started_at.tzinfo else job.started_at.replace(tzinfo=UTC)
    return (datetime.now(UTC) - started).total_seconds() > stale_after


queue = JobQueue()
