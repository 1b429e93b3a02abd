"""The job queue: rq on real Redis when `HUB_REDIS_URL` is set, on an in-process stand-in otherwise.

Embedded mode keeps one `fakeredis.FakeServer` per app. The web process works it with a worker thread;
a CLI command works it itself, in a burst, before it returns. Jobs take ids only and keep their state in
SQL, so losing the stand-in with the process loses nothing but work not yet started.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from flask import Flask, current_app

from hub.queue_once import QueuedOnce
from hub.queue_state import FAILED_KEPT, FINISHED_KEPT, QueueState, state_of

if TYPE_CHECKING:
    from rq.job import Job

    from hub.queue_workers import HubWorker

log = logging.getLogger(__name__)


class JobQueue(QueuedOnce):
    """The app's rq queue (a job under a fixed id: `QueuedOnce`)."""

    def init_app(self, app: Flask) -> None:
        """Bind to an app; connects lazily."""
        url = app.config.get("REDIS_URL") or ""
        state = QueueState(
            name=app.config["QUEUE_NAME"], embedded=not url, job_timeout=int(app.config["JOB_TIMEOUT"])
        )
        if url:
            # Made now: a URL Redis refuses (an option it cannot read) stops the start, as it did. The
            # embedded stand-in, and rq's queue, are made when first used (`QueueState.connection`).
            from redis import Redis  # noqa: PLC0415 - see `hub.queue_state`

            state.made_connection = Redis.from_url(url)
        app.extensions["hub.queue"] = state

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

    def worker(self, app: Flask | None = None, cls: type[HubWorker] | None = None) -> HubWorker:
        """A worker bound to the app's queue (a `HubWorker` unless `cls` is given)."""
        # rq's workers are imported when one is made: see `hub.queue_state`.
        from hub.queue_workers import HubWorker  # noqa: PLC0415

        cls = cls or HubWorker
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
        from hub.queue_stopping import CommandWorker  # noqa: PLC0415 - see `worker`

        worker = self.worker(app, CommandWorker)
        worker.heals = False
        worker.work(burst=True, logging_level="WARNING")

    def start_thread(self, app: Flask) -> None:
        """Start the embedded worker thread once (embedded mode only)."""
        from hub.queue_stopping import ThreadWorker  # noqa: PLC0415 - see `worker`

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


queue = JobQueue()
