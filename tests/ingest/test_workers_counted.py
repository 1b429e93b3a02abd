"""The workers `/readyz` and the jobs page count are the workers alive, on a real Redis.

The operator's walk (decision 0026, "Stop 63") ran three `hub worker` processes: after one was SIGKILLed,
`/readyz` still said 3 workers (rq keeps a worker listed until its cleaning, every ten minutes, and its
key for eight); after Redis was restarted (empty, as it saves nothing), it said 0 while two worked, and
went on saying so until they were restarted.

Redis's loss is made as a restart makes it, for this worker only (the test server is shared): its hash
and its place in the lists gone.
"""

from __future__ import annotations

import pytest
from flask import Flask
from rq import Worker

from hub.cli.supervise import PatientWorker
from hub.queue import queue
from hub.services import job_monitor, readiness

pytestmark = pytest.mark.redis


def _counted(app: Flask) -> int:
    """The workers `/readyz` reports."""
    found = readiness.job_queue(queue.state(app).queue, embedded=False)
    assert found["ok"], found
    return int(found["workers"])


def _started(app: Flask) -> PatientWorker:
    worker = queue.worker(app, PatientWorker)
    assert isinstance(worker, PatientWorker)
    worker.register_birth()
    return worker


def test_a_worker_redis_lost_is_counted_again_at_its_next_heartbeat(redis_app: Flask) -> None:
    worker = _started(redis_app)
    connection, jobs = worker.connection, queue.state(redis_app).queue
    try:
        assert _counted(redis_app) == 1
        # Redis restarted empty: nothing of the worker is left.
        connection.delete(worker.key)
        connection.srem("rq:workers", worker.key)
        connection.srem(f"rq:workers:{jobs.name}", worker.key)
        assert _counted(redis_app) == 0
        worker.heartbeat()  # the worker's loop, on Redis again
        assert _counted(redis_app) == 1
        (listed,) = Worker.all(queue=jobs)
        assert listed.name == worker.name and listed.pid == worker.pid
    finally:
        worker.register_death()


def test_a_worker_killed_outright_is_not_counted(redis_app: Flask) -> None:
    killed, alive = _started(redis_app), _started(redis_app)
    try:
        assert _counted(redis_app) == 2
        # A worker killed outright says nothing: its key runs out, and it is left in rq's lists.
        killed.connection.delete(killed.key)
        assert _counted(redis_app) == 1
        assert len(job_monitor.workers(queue.state(redis_app).queue)) == 1  # the jobs page's list
        # And its key runs out in a minute and a half, not eight minutes (rq's default).
        alive.heartbeat()
        assert 0 < alive.connection.ttl(alive.key) <= 90
    finally:
        killed.register_death()
        alive.register_death()


def test_a_worker_waiting_for_the_database_beats_between_its_tries(redis_app: Flask) -> None:
    worker = _started(redis_app)
    try:
        worker.connection.expire(worker.key, 5)  # as good as run out
        worker._listed_while_waiting(0)
        assert worker.connection.ttl(worker.key) > 5
        assert _counted(redis_app) == 1
    finally:
        worker.register_death()
