"""Whether a started job's worker is alive, from rq's own records: the worker beats while its job runs
(`Beating`), and a started job is taken for a dead worker's only once its worker's beat is older than a
lease, or its worker is no longer listed (`dead`).

rq's forking worker beats while its work horse runs; its `SimpleWorker` (decision 0003) beats only as a
job starts. Healing used to take a job `started` longer ago than a lease for a dead worker's, whatever
its worker said: a long batch (a case system's udtræk of many documents, a database outage waited out
before its claim) was replaced while its worker was alive and working it (decision 0026, stop 70).
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rq.executions import Execution
    from rq.job import Job
    from rq.worker import BaseWorker

log = logging.getLogger("hub.worker")

STARTED = "started"  # rq's `JobStatus.STARTED` (a str enum)


class Beating:
    """A thread that beats for a worker every `every` seconds while a job runs in the worker's own
    thread: rq's `maintain_heartbeats`, the worker's key, its last beat, the job's execution and its
    place in the started registry, as rq's forking worker does while its work horse runs.

    A beat that fails (Redis is down) is tried again at the next; the job goes on either way."""

    def __init__(self, worker: BaseWorker, job: Job, execution: Execution | None, every: float) -> None:
        self.worker, self.job, self.execution, self.every = worker, job, execution, every
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._beat, name=f"hub-beat-{job.id}", daemon=True)

    def __enter__(self) -> Beating:
        if self.execution is not None:
            self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        if self.thread.is_alive():
            self.thread.join()

    def _beat(self) -> None:
        from redis.exceptions import RedisError  # noqa: PLC0415 - rq and redis load with the worker

        while not self.done.wait(self.every):
            assert self.execution is not None  # started only with one
            try:
                self.worker.maintain_heartbeats(self.job, self.execution)
            except (RedisError, OSError) as exc:
                log.debug("a beat for job %s failed with %s", self.job.id, type(exc).__name__)


def execution_of(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Execution | None:
    """The execution rq 3 passes `perform_job` (third argument, or by name)."""
    found = kwargs.get("execution", args[0] if args else None)
    return found if hasattr(found, "heartbeat") else None


def dead(job: Job, stale_after: float | None) -> bool:
    """Whether a started job is a dead worker's: its worker (`job.worker_name`) is no longer listed in
    Redis, or last beat more than `stale_after` seconds ago, or no longer runs it (`_runs`). A live
    worker beats every third of a lease while it works (`Beating`), however long the job; a SIGKILLed one
    stops, and its job is taken for dead a lease after its last beat. A started job that names no worker
    is judged by its start."""
    from rq.worker import Worker  # noqa: PLC0415 - see `hub.queue_once`

    if stale_after is None or job.get_status(refresh=False) != STARTED:
        return False
    if not job.worker_name:
        return job.started_at is not None and _older(job.started_at, stale_after)
    key = Worker.redis_worker_namespace_prefix + job.worker_name
    worker = Worker.find_by_key(key, connection=job.connection)
    return worker is None or _older(worker.last_heartbeat, stale_after) or not _runs(worker, job, stale_after)


def _runs(worker: BaseWorker, job: Job, stale_after: float) -> bool:
    """Whether a live worker still runs this job, by rq's own record of what it runs: the worker's
    execution index (what `Worker.get_current_job_id` reads) holds one of the job's executions, and that
    execution beat within `stale_after` seconds.

    A worker lives on after a job whose end rq failed to write (the failure's pipeline met a Redis
    error: rq logs it and takes the next job), and the job stays `started`: judged by the worker alone
    it was live while the worker lived, and its submissions waited with a job no one ran. rq writes the
    execution into the index in the step that puts the job in the started registry, before the job is
    `started`, and takes it out in the step that ends the job, so a job that runs is never without it.
    Not `get_current_job_id` itself: it names one execution of the index, and an execution left there
    by a failed end (its hash lives until its TTL) beside the live one would make the live job look
    dead half the time. The execution's own beat (`Beating`, every third of a lease) tells the leftover
    from the live one."""
    return any(
        execution.job_id == job.id and not _older(execution.last_heartbeat, stale_after)
        for execution in worker.get_current_executions(refresh=True)
    )


def _older(moment: datetime | None, seconds: float) -> bool:
    """Whether `moment` (rq's UTC times are naive) is more than `seconds` ago; an unknown one is."""
    if moment is None:
        return True
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return (datetime.now(UTC) - moment).total_seconds() > seconds
