"""The job queue: rq on real Redis when `HUB_REDIS_URL` is set, on an in-process stand-in otherwise.

Embedded mode keeps one `fakeredis.FakeServer` per app. The web process works it with a worker thread;
a CLI command works it itself, in a burst, before it returns. Jobs take ids only and keep their state in
SQL, so losing the stand-in with the process loses nothing but work not yet started.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import fakeredis
from flask import Flask, current_app
from redis import Redis
from rq import Queue, SimpleWorker
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.timeouts import TimerDeathPenalty

log = logging.getLogger(__name__)
WAITING = (JobStatus.QUEUED, JobStatus.STARTED, JobStatus.DEFERRED, JobStatus.SCHEDULED)


class HubWorker(SimpleWorker):
    """Works jobs inside the app's context, without forking per job.

    Not forking keeps the PDF sandbox's warm child processes and the database pool alive between jobs
    (the hostile-input risk is contained by the sandbox, not by a fork per job): see
    docs/decisions/0003-simple-worker.md.
    """

    app: Flask

    def perform_job(self, job: Job, queue: Queue, *args: Any, **kwargs: Any) -> bool:
        """Run one job with an app context pushed, then the app's after-job hooks."""
        with self.app.app_context():
            done = super().perform_job(job, queue, *args, **kwargs)
        for hook in JobQueue.state(self.app).after_job:
            # A hook's failure is not the job's: the job has finished and its result is recorded.
            try:
                hook(self.app)
            except Exception:
                log.exception("after-job hook %s failed", getattr(hook, "__name__", hook))
        return done


class ThreadWorker(HubWorker):
    """A worker for a thread of the web process: no signal handlers, timer-based timeouts."""

    death_penalty_class = TimerDeathPenalty

    def _install_signal_handlers(self) -> None:
        """Signals reach only the main thread; the web server owns them."""


@dataclass
class _QueueState:
    connection: Redis
    queue: Queue
    embedded: bool
    job_timeout: int
    thread: threading.Thread | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    after_job: list[Callable[[Flask], None]] = field(default_factory=list)


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
        app.extensions["hub.queue"] = _QueueState(
            connection=connection,
            queue=Queue(name, connection=connection),
            embedded=not url,
            job_timeout=int(app.config["JOB_TIMEOUT"]),
        )

    @staticmethod
    def state(app: Flask | None = None) -> _QueueState:
        """The per-app queue state."""
        state: _QueueState = (app or current_app).extensions["hub.queue"]
        return state

    def after_each_job(self, app: Flask, hook: Callable[[Flask], None]) -> None:
        """Run `hook(app)` after every job a worker of this app performs (the audit log's sequencer)."""
        self.state(app).after_job.append(hook)

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
            result_ttl=24 * 3600,
            failure_ttl=7 * 24 * 3600,
            description=description,
        )

    def enqueue_once(self, func: Callable[..., Any], *args: int | str, job_id: str, description: str) -> Job:
        """Queue a job under a fixed id unless the job of that id is already waiting or running, so that
        asking again (every view of a page that wants it) queues it once."""
        state = self.state()
        try:
            job = Job.fetch(job_id, connection=state.connection)
        except NoSuchJobError:
            job = None
        if job is not None and job.get_status(refresh=False) in WAITING:
            return job
        return state.queue.enqueue(
            func,
            *args,
            job_id=job_id,
            job_timeout=state.job_timeout,
            result_ttl=3600,
            failure_ttl=7 * 24 * 3600,
            description=description,
        )

    def worker(self, app: Flask | None = None, cls: type[HubWorker] = HubWorker) -> HubWorker:
        """A worker bound to the app's queue."""
        app = app or current_app._get_current_object()  # type: ignore[attr-defined]
        state = self.state(app)
        worker = cls([state.queue], connection=state.connection)
        worker.app = app
        return worker

    def run_burst(self, app: Flask | None = None) -> None:
        """Work every queued job now, in this thread, and return when the queue is empty."""
        self.worker(app).work(burst=True, logging_level="WARNING")

    def start_thread(self, app: Flask) -> None:
        """Start the embedded worker thread once (embedded mode only)."""
        state = self.state(app)
        with state.lock:
            if not state.embedded or state.thread is not None:
                return
            worker = self.worker(app, ThreadWorker)
            thread = threading.Thread(
                target=worker.work, kwargs={"logging_level": "WARNING"}, name="hub-worker", daemon=True
            )
            thread.start()
            state.thread = thread
            log.info("embedded queue worker thread started")


queue = JobQueue()
