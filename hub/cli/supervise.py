"""`hub worker` that outlives its servers: it waits for Redis and PostgreSQL, says in one log line what it
waits for, and goes on when they are back.

rq's work loop already retries Redis while it waits for a job, but elsewhere (storing a job's result,
checking for suspension) a lost connection makes it log a traceback and return. So the loop runs under a
supervisor: before each (re)start it waits until both servers answer, with back-off, and a filter on rq's
logger turns its connection errors into the same one line. The database is checked before each
maintenance step and after a failed job, so that a worker does not burn queued jobs while PostgreSQL
restarts (the jobs stay in Redis; the lease and heal take care of a job that was running).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from flask import Flask
from redis.exceptions import ConnectionError as RedisConnectionError
from rq.job import Job
from rq.queue import Queue

from hub import interrupts
from hub.cli.server_waits import (
    FIRST_WAIT,
    REDIS_DOWN,
    ping_database,
    wait_for_database,
    wait_until_up,
)
from hub.extensions import db
from hub.logsetup import Both
from hub.queue import queue
from hub.queue_workers import HubWorker
from hub.server_names import redis_address

log = logging.getLogger("hub.worker")

COMMANDS_WAIT = 2.0  # rq's own pause in its command thread's retries


def lost_redis(where: str) -> Both:
    """What rq's records about a lost Redis say instead (`RedisLost`), and the worker's own line."""
    return Both(
        "lost Redis at %s; waiting for it to come back",
        "mistede Redis på %s; venter på, at den kommer igen",
        where,
    )


class RedisLost(logging.Filter):
    """Turns rq's log records about a lost Redis into the hub's one line, without the traceback, logged
    as the hub's other lines about its servers are (`hub.worker`): rq's record is dropped, so that an
    operator who follows `hub.worker` reads the whole outage, the waits as well as the return."""

    def __init__(self, where: str) -> None:
        super().__init__()
        self.where = where
        self.waiting = False  # a line about a lost Redis was written and no "back" line since

    def filter(self, record: logging.LogRecord) -> bool:
        """Say the hub's line instead of a record about a lost Redis connection (and drop that record);
        keep every other record."""
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, REDIS_DOWN):
            # A wait like the supervisor's own lines about it, which this one now stands for.
            log.warning(lost_redis(self.where))
        elif "could not connect to Redis" in str(record.msg) and isinstance(record.args, tuple):
            # rq: 'Worker %s: could not connect to Redis instance: %s retrying in %d seconds...', at
            # ERROR; a wait, as the hub's own waiting lines are.
            delay = _seconds(record.args[-1]) if record.args else "?"
            log.warning(
                Both(
                    "waiting for Redis at %s, retrying in %s s",
                    "venter på Redis på %s, prøver igen om %s s",
                    self.where,
                    delay,
                )
            )
        else:
            return True
        self.waiting = True
        return False

    def back(self) -> None:
        """Redis answered: say so once after lines about losing it."""
        if self.waiting:
            self.waiting = False
            log.warning(
                Both(
                    "Redis at %s is back; working again", "Redis på %s er tilbage; arbejder igen", self.where
                )
            )


def _seconds(delay: object) -> str:
    """rq's wait as the hub's own lines write it: `2`, not `2.0`."""
    return f"{delay:g}" if isinstance(delay, int | float) else str(delay)


class PatientWorker(HubWorker):
    """A hub worker that waits for the database instead of failing job after job while it is down."""

    stopping = False
    redis_lost: RedisLost | None = None  # set by `run`: the filter that knows whether Redis was lost
    _database_suspect = True

    def _wait_for_database(self) -> None:
        wait_for_database(
            db.engine, float(self.app.config["SERVER_WAIT_SECONDS"]), sleep=self._listed_while_waiting
        )
        self._database_suspect = False

    def _listed_while_waiting(self, seconds: float) -> None:
        """The wait between tries for the database, with a heartbeat first: a worker that waits is alive,
        and stays counted (`/readyz`, the jobs page) through an outage longer than its key lives."""
        with contextlib.suppress(*REDIS_DOWN):
            self.heartbeat()
        time.sleep(seconds)

    def request_stop(self, signum: Any, frame: Any) -> None:
        """SIGTERM/SIGINT: stop for good (the supervisor must not start the loop again)."""
        self.stopping = True
        super().request_stop(signum, frame)

    def run_maintenance_tasks(self) -> None:
        """Wait for the database, then heal (the hooks need it)."""
        with self.app.app_context():
            self._wait_for_database()
        super().run_maintenance_tasks()

    def dequeue_job_and_maintain_ttl(
        self, timeout: int | None, max_idle_time: int | None = None
    ) -> tuple[Job, Queue] | None:
        """Take the next job, once the database answers again after a failure."""
        if self._database_suspect:
            with self.app.app_context():
                self._wait_for_database()
        return super().dequeue_job_and_maintain_ttl(timeout, max_idle_time)

    def heartbeat(self, timeout: int | None = None, pipeline: Any = None) -> None:
        """rq's heartbeat, the first call of each try of its main loop: once it reaches Redis after a
        loss, the log says that Redis is back."""
        super().heartbeat(timeout, pipeline)
        if pipeline is None and self.redis_lost is not None:
            self.redis_lost.back()

    def _pubsub_exception_handler(self, exc: Exception, pubsub: Any, pubsub_thread: Any) -> None:
        """rq's command thread retries a lost Redis every 2 s beside the main loop, which already logs
        one line per try with its growing wait: the thread waits without a line of its own."""
        if isinstance(exc, RedisConnectionError):
            time.sleep(COMMANDS_WAIT)
            return
        super()._pubsub_exception_handler(exc, pubsub, pubsub_thread)

    def handle_job_failure(self, job: Job, queue: Queue, *args: Any, **kwargs: Any) -> None:
        """A failed job may mean the database went away: check it before the next job."""
        super().handle_job_failure(job, queue, *args, **kwargs)
        self._database_suspect = True


def _nothing() -> None:
    """`run`'s `when_ready` after the first start (the readers, once started, restart themselves)."""


def run(app: Flask, burst: bool, when_ready: Callable[[], object] = _nothing) -> None:
    """Run worker loops until stopped, waiting for the servers before each start; with `burst`, one
    loop until the queue is empty, without waiting. `when_ready` runs once, when the servers first
    answer, before the first job (the worker starts its reader processes there)."""
    if burst:
        # A one-off run: a server that is down is the command's error (exit 4, `hub.cli`), not a wait.
        # The database is asked first: with the queue empty, rq would otherwise never touch it, and a
        # burst against a database that is down would end "done" with exit 0.
        ping_database(db.engine)
        db.ready(app)  # a wrong pseudonym key stops the worker before its first job (exit 2)
        when_ready()
        queue.worker(app).work(burst=True, logging_level=app.config["LOG_LEVEL"])
        return
    state = queue.state(app)
    where = redis_address(state.connection)
    longest = float(app.config["SERVER_WAIT_SECONDS"])  # the waits for a server that is down grow to it
    lost = RedisLost(where)
    logging.getLogger("rq.worker").addFilter(lost)
    while True:
        # SIGTERM (systemd's stop) as well as Ctrl-C ends a wait with a line (`hub.cli.worker`): Python's
        # own SIGTERM ended the worker without a word, and rq's handlers are in place only inside `work`.
        with interrupts.noted():
            # Said back here: the worker's first heartbeat must not say it a second time.
            ping = state.connection.ping
            if not state.embedded and wait_until_up(ping, "Redis", where, REDIS_DOWN, longest):
                lost.waiting = False
            with app.app_context():
                wait_for_database(db.engine, longest)
        db.ready(app)  # a wrong pseudonym key stops the worker before its first job (exit 2)
        when_ready()
        when_ready = _nothing
        worker = queue.worker(app, PatientWorker)
        assert isinstance(worker, PatientWorker)
        worker.max_connection_wait_time = longest  # rq's waits for Redis grow to this, as the hub's own
        worker.redis_lost = lost
        try:
            worker.work(logging_level=app.config["LOG_LEVEL"])
        except REDIS_DOWN:
            # rq's teardown (unregistering the worker) found Redis gone: the loop had already stopped.
            # Said once: rq's own record of the loss, rewritten by the filter, may have said it already.
            if not lost.waiting:
                log.warning(lost_redis(where))
            lost.waiting = True
        if worker.stopping:
            return
        with interrupts.noted():  # rq's handlers are those of the worker that has ended
            time.sleep(FIRST_WAIT)  # rq quit on its own: start again, not in a tight loop
