"""A job under a fixed id, queued once (`JobQueue` is this mixin and the queue it binds to an app):
whether the job of that id is waiting or running, taken for dead when its worker is (`queue_alive`), or
stranded by a worker killed as it took it, and then replaced.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from hub.queue_alive import dead
from hub.queue_state import FAILED_KEPT, REPEATED_KEPT, state_of

if TYPE_CHECKING:
    from rq.job import Job

# rq is imported where a job is looked at: `hub.queue`, and with it every `hub` command, imports this
# module, and most never touch the queue (`hub --help`, `hub db upgrade`). rq's `JobStatus` is a str
# enum: its members equal these values.
QUEUED, STARTED = "queued", "started"
WAITING = (QUEUED, STARTED, "deferred", "scheduled")
# A job `queued` in neither the queue nor the started registry is being taken by a worker, or was
# stranded by one killed as it took it (`QueuedOnce._stranded`): taken for stranded once seen so this long
# before. A live worker
# moves it on in milliseconds; healing comes round every third of a lease.
TAKING_GRACE = 10.0
TAKING_MARK_KEPT = 24 * 3600


class QueuedOnce:
    """The queue's jobs under a fixed id (a mixin of `JobQueue`)."""

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

        `stale_after`: a job `started` whose worker last beat longer ago than this many seconds, or is
        no longer listed, is taken for one whose worker died (`queue_alive.dead`) and is replaced.
        `lost`: the caller knows from SQL that the work has waited too long; a job `queued` that is
        neither in the queue nor started is then taken for one stranded by a worker that died taking
        it, and is replaced."""
        state = state_of()
        job_id = self.full_id(job_id)
        # A short Redis lock makes the look and the enqueue one step: two callers at once queue one job.
        # (rq 3.0's `unique=True` saves the job before its own check, and then never pushes it.)
        lock = state.connection.lock(f"hub:enqueue-lock:{job_id}", timeout=10, blocking_timeout=5)
        with lock:
            job = self._fetch(job_id)
            if job is not None and job.get_status(refresh=False) in WAITING and not dead(job, stale_after):
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
        from rq.utils import as_text, parse_composite_key  # noqa: PLC0415 - see the imports

        state = state_of()
        if job.get_status(refresh=False) != QUEUED:
            return False
        with state.connection.pipeline(transaction=True) as pipe:
            pipe.lpos(state.queue.key, job.id)
            pipe.zrange(state.queue.started_job_registry.key, 0, -1)
            waiting, started = pipe.execute()
        # The registry's members are `job_id:execution_id` in rq 3.
        if waiting is not None or any(parse_composite_key(as_text(m))[0] == job.id for m in started):
            return False
        return self._taken_too_long(job)

    def _taken_too_long(self, job: Job) -> bool:
        """Whether this job, `queued` and out of the queue but not started, was first seen so
        `TAKING_GRACE` seconds ago or more (the first sight notes it: never at first sight)."""
        seen = self._seen_taking(job)
        return seen is not None and seen >= TAKING_GRACE

    def _seen_taking(self, job: Job) -> float | None:
        """Seconds since this enqueued job was first seen out of the queue and not started (None the
        first time: never stranded at first sight, whatever the grace).
        Keyed by its enqueue time too: a fixed id is queued again and again, each time a new job."""
        connection = state_of().connection
        key = f"hub:taking:{job.id}:{job.enqueued_at.timestamp() if job.enqueued_at else ''}"
        now = time.time()
        if connection.set(key, now, nx=True, ex=TAKING_MARK_KEPT):
            return None
        return now - float(connection.get(key) or now)

    def full_id(self, job_id: str) -> str:
        """A fixed job id within this queue: rq's job ids are global to the Redis server, and a hub's
        queue name keeps its jobs apart from another hub's (or another test's) on the same server."""
        return f"{state_of().queue.name}-{job_id}"

    def _fetch(self, job_id: str) -> Job | None:
        from rq.exceptions import NoSuchJobError  # noqa: PLC0415 - see the imports
        from rq.job import Job  # noqa: PLC0415

        try:
            return Job.fetch(job_id, connection=state_of().connection)
        except NoSuchJobError:
            return None

    def job_waiting(self, job_id: str, stale_after: float | None = None) -> bool:
        """Whether the job of this (full) id is in Redis waiting or running (a started one by a worker
        that beat within `stale_after` seconds). Its own status, not the queue's lists: a job a worker
        is taking at this moment is in neither list for an instant, and is still counted as waiting."""
        job = self._fetch(job_id)
        return job is not None and job.get_status(refresh=False) in WAITING and not dead(job, stale_after)

    def live_job_ids(self, stale_after: float | None = None) -> set[str]:
        """Ids of the jobs waiting in the queue, being taken by a worker, or running (a started one by a
        worker that beat within `stale_after` seconds): one transaction and the started and taken jobs,
        however long the queue.

        The queue, rq's intermediate list (a job a worker has taken out of the queue, on Redis 6.2 and
        later) and the started registry are read in one transaction: read one after the other, a job a
        worker took and started between the reads was in none, and a worker's healing asked for its
        batch again while it ran (decision 0026, stop 69). A job in the intermediate list and not
        started is being taken unless first seen so `TAKING_GRACE` before: then a worker killed as it
        took it stranded it, and it is not live (`enqueue_once` replaces it)."""
        from rq.job import Job  # noqa: PLC0415 - see the imports
        from rq.utils import as_text, parse_composite_key  # noqa: PLC0415

        state = state_of()
        with state.connection.pipeline(transaction=True) as pipe:
            pipe.lrange(state.queue.key, 0, -1)
            pipe.lrange(state.queue.intermediate_queue_key, 0, -1)
            pipe.zrange(state.queue.started_job_registry.key, 0, -1)
            waiting, taking, registry = pipe.execute()
        # The registry's members are `job_id:execution_id` in rq 3.
        started = {parse_composite_key(as_text(member))[0] for member in registry}
        taken = {as_text(job_id) for job_id in taking} - started
        live = {as_text(job_id) for job_id in waiting}
        for job in Job.fetch_many(sorted(started | taken), connection=state.connection):
            if job is None:
                continue
            if job.id in started:
                if not dead(job, stale_after):
                    live.add(job.id)
            elif job.get_status(refresh=False) == QUEUED and not self._taken_too_long(job):
                live.add(job.id)
        return live
