"""The queue's state of one app (`app.extensions["hub.queue"]`): its Redis connection and rq queue, the
embedded worker thread and the hooks its workers run; and how long rq keeps a job. Apart from `hub.queue`
so that the workers (`hub.queue_workers`) and the jobs under a fixed id (`hub.queue_once`) read it
without importing the queue that makes them.

The embedded queue's stand-in and the rq queue are made when first used, and rq, fakeredis and redis
imported then: a tenth of a CPU-second that every `hub` command paid at its start, and that `hub --help`,
`hub db upgrade` and most commands never use."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flask import Flask, current_app

if TYPE_CHECKING:  # `hub.queue_workers` imports this module
    from redis import Redis
    from rq import Queue

    from hub.queue_stopping import ThreadWorker

# How long rq keeps a job in its finished and failed registries (seconds). A job queued again under its
# fixed id (`enqueue_once`) replaces its last run, and is kept for less: it is queued often. The job
# monitor says so, as a worker's own counts include what the registries no longer hold.
FINISHED_KEPT = 24 * 3600
REPEATED_KEPT = 3600
FAILED_KEPT = 7 * 24 * 3600


@dataclass
class QueueState:
    """What `JobQueue.init_app` set up for one app: the queue's name, and on real Redis its connection
    (made at once, so that a URL Redis refuses still stops the start); the rest made when first used."""

    name: str
    embedded: bool
    job_timeout: int
    made_connection: Redis | None = None
    made_queue: Queue | None = None
    thread: threading.Thread | None = None
    worker: ThreadWorker | None = None  # the thread's worker (`JobQueue.stop_thread`)
    lock: threading.Lock = field(default_factory=threading.Lock)
    after_job: list[Callable[[Flask], None]] = field(default_factory=list)
    maintenance: list[Callable[[Flask], None]] = field(default_factory=list)
    # Not `lock`, which `JobQueue.start_thread` holds while its worker reads the queue.
    making: threading.Lock = field(default_factory=threading.Lock)

    @property
    def connection(self) -> Redis:
        """The Redis connection: the app's own stand-in server when embedded."""
        return self._make()[0]

    @property
    def queue(self) -> Queue:
        """The app's rq queue."""
        return self._make()[1]

    def _make(self) -> tuple[Redis, Queue]:
        with self.making:
            if self.made_connection is None:
                # One stand-in server per app: made under the lock, two threads' first use share it.
                import fakeredis  # noqa: PLC0415 - see the module's docstring

                self.made_connection = fakeredis.FakeRedis(server=fakeredis.FakeServer())
            if self.made_queue is None:
                from rq import Queue  # noqa: PLC0415

                self.made_queue = Queue(self.name, connection=self.made_connection)
            return self.made_connection, self.made_queue


def state_of(app: Flask | None = None) -> QueueState:
    """The queue state of `app` (or of the current app)."""
    state: QueueState = (app or current_app).extensions["hub.queue"]
    return state
