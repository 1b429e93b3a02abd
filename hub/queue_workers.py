"""The queue's worker: rq's `SimpleWorker` in the app's context, with the hub's maintenance and after-job
hooks and a failed job said in one line (`HubWorker`). The workers that stop after the job under way, for
a thread of the web process and for a command, are `hub.queue_stopping`'s; `hub.queue.JobQueue.worker`
makes them all."""

from __future__ import annotations

import logging
import time
from typing import Any

from flask import Flask
from rq import Queue, SimpleWorker
from rq.exceptions import DeserializationError
from rq.executions import Execution
from rq.job import Job
from rq.job_lifecycle import call_exception_handlers
from rq.worker_registration import register

from hub.logsetup import Both, frames
from hub.pseudonyms import mask_cpr_like
from hub.queue_alive import Beating, execution_of
from hub.queue_state import state_of

# The worker's own lines, whichever module of it says them, under one name (`hub.cli.supervise`'s waits
# for its servers too): an operator who follows `hub.worker` reads a worker's whole story.
log = logging.getLogger("hub.worker")

# Seconds rq keeps a worker listed after its last heartbeat, beyond its own 60 (`Worker.heartbeat`): a
# worker killed outright stops being counted (`/readyz`, `/admin/jobs`) 90 s after, where rq's 420 kept
# it for eight minutes. An idle worker beats every `dequeue_timeout` (at most 15 s here), a busy one every
# third of a lease (`queue_alive.Beating`, rq's key kept 90 s), and one waiting for the database every
# try (`PatientWorker`).
WORKER_TTL = 30


class HubWorker(SimpleWorker):
    """Works jobs inside the app's context, without forking per job.

    Not forking keeps the PDF sandbox's warm child processes and the database pool alive between jobs
    (the hostile-input risk is contained by the sandbox, not by a fork per job): see
    docs/decisions/0003-simple-worker.md.
    """

    app: Flask
    _last_healed: float | None = None
    # A burst in a CLI command (which may hold a transaction open) leaves healing to long-lived workers.
    heals = True

    def __init__(self, *args: Any, heal_every: float = 10.0, **kwargs: Any) -> None:
        """`heal_every`: seconds between the app's maintenance hooks; set before rq sizes the socket
        timeout from `dequeue_timeout`."""
        self.heal_every = max(1.0, heal_every)
        kwargs.setdefault("worker_ttl", WORKER_TTL)
        super().__init__(*args, **kwargs)

    @property
    def dequeue_timeout(self) -> int:
        """Wait for a job no longer than the maintenance interval, so that an idle worker heals too."""
        return max(1, min(super().dequeue_timeout, int(self.heal_every)))

    def heartbeat(self, timeout: int | None = None, pipeline: Any = None) -> None:
        """rq's heartbeat, and the worker listed again where Redis has lost it. A Redis restarted empty
        (it saves nothing, or lost its memory) keeps no worker: rq's heartbeat makes the worker's hash
        anew with only its last beat, and no list names it, so `/readyz` said 0 workers and the jobs page
        none while every worker worked. Not in a pipeline (a job's start): its heartbeat is rq's own."""
        super().heartbeat(timeout, pipeline)
        if (
            pipeline is None
            and self.birth_date is not None
            and not self.connection.hexists(self.key, "birth")
        ):
            with self.connection.pipeline() as again:
                again.hset(self.key, mapping={**self.serialize(), "state": str(self.get_state())})
                register(self, again)
                again.expire(self.key, timeout or self.worker_ttl + 60)
                again.execute()
            log.warning(
                Both(
                    "Redis had lost this worker (restarted empty); listed again as %s",
                    "Redis havde mistet denne worker (genstartet tom); opført igen som %s",
                    self.name,
                )
            )

    @property
    def should_run_maintenance_tasks(self) -> bool:
        """rq's own cleaning on its schedule, or the hub's maintenance when it is due."""
        due = self._last_healed is None or time.monotonic() - self._last_healed >= self.heal_every
        return due or bool(super().should_run_maintenance_tasks)

    def run_maintenance_tasks(self) -> None:
        """rq's registry cleaning when its interval has passed; the app's maintenance hooks every time."""
        if super().should_run_maintenance_tasks:
            super().run_maintenance_tasks()
        self._last_healed = time.monotonic()
        for hook in state_of(self.app).maintenance if self.heals else []:
            # A failing hook (the database is down) must not stop the worker: it tries again next time.
            try:
                hook(self.app)
            except Exception as exc:
                # The class, not the text: a driver's message runs to several lines and a URL.
                what, name = getattr(hook, "__name__", hook), type(exc).__name__
                log.warning(
                    Both("maintenance %s failed with %s", "vedligeholdelsen %s fejlede med %s", what, name)
                )

    def perform_job(self, job: Job, queue: Queue, *args: Any, **kwargs: Any) -> bool:
        """Run one job with an app context pushed, beating every third of a lease meanwhile (healing
        tells a live worker's long job from a dead one's by the beat: `queue_alive`), then the app's
        after-job hooks."""
        execution = execution_of(args, kwargs)
        with self.app.app_context(), Beating(self, job, execution, every=self.heal_every):
            done = super().perform_job(job, queue, *args, **kwargs)
        for hook in state_of(self.app).after_job:
            # A hook's failure is not the job's: the job has finished and its result is recorded.
            try:
                hook(self.app)
            except Exception as exc:
                what, name = getattr(hook, "__name__", hook), type(exc).__name__
                log.error(
                    Both("after a job, %s failed with %s", "efter et job fejlede %s med %s", what, name)
                )
                log.debug("%s", frames(exc))
        return done

    def handle_job_failure(
        self,
        job: Job,
        queue: Queue,
        started_job_registry: Any = None,
        exc_string: str = "",
        execution: Execution | None = None,
    ) -> None:
        """rq keeps a failed job's traceback in Redis for as long as failed jobs are kept, the exception's
        text with it, which may quote a document's value: a CPR number there is masked first (the hub's
        jobs catch a document's crash themselves and keep its detail in the database, so this is the
        net under a job that raises past them)."""
        super().handle_job_failure(job, queue, started_job_registry, mask_cpr_like(exc_string), execution)

    def handle_exception(self, job: Job, *exc_info: Any) -> None:
        """A failed job said in one line in English and Danish: the job, its function and the class of
        the exception. rq's own record is a traceback, at ERROR, which reached the terminal of `hub
        ingest` when a document crashed, and quotes the exception's text, which may hold a document's
        value; where it was raised is logged at DEBUG without that text (`logsetup.frames`)."""
        exc = exc_info[1] if len(exc_info) > 1 else None
        try:
            func = job.func_name
        except DeserializationError:
            func = "?"
        name = type(exc).__name__ if exc is not None else "?"
        log.error(Both("job %s (%s) failed with %s", "job %s (%s) fejlede med %s", job.id, func, name))
        if isinstance(exc, BaseException):
            log.debug("%s", frames(exc))
        call_exception_handlers(self._exc_handlers, job, *exc_info)
