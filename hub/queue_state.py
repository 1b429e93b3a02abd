"""The queue's state of one app (`app.extensions["hub.queue"]`): its Redis connection and rq queue, the
embedded worker thread and the hooks its workers run; and how long rq keeps a job. Apart from `hub.queue`
so that the workers (`hub.queue_workers`) and the jobs under a fixed id (`hub.queue_once`) read it
without importing the queue that makes them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flask import Flask, current_app
from redis import Redis
from rq import Queue

if TYPE_CHECKING:  # `hub.queue_workers` imports this module
    from hub.queue_stopping import ThreadWorker

# How long rq keeps a job in its finished and failed registries (seconds). A job queued again under its
# fixed id (`enqueue_once`) replaces its last run, and is kept for less: it is queued often. The job
# monitor says so, as a worker's own counts include what the registries no longer hold.
FINISHED_KEPT = 24 * 3600
REPEATED_KEPT = 3600
FAILED_KEPT = 7 * 24 * 3600


@dataclass
class QueueState:
    """What `JobQueue.init_app` set up for one app."""

    connection: Redis
    queue: Queue
    embedded: bool
    job_timeout: int
    thread: threading.Thread | None = None
    worker: ThreadWorker | None = None  # the thread's worker (`JobQueue.stop_thread`)
    lock: threading.Lock = field(default_factory=threading.Lock)
    after_job: list[Callable[[Flask], None]] = field(default_factory=list)
    maintenance: list[Callable[[Flask], None]] = field(default_factory=list)


def state_of(app: Flask | None = None) -> QueueState:
    """The queue state of `app` (or of the current app)."""
    state: QueueState = (app or current_app).extensions["hub.queue"]
    return state
