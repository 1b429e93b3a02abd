"""A worker's maintenance between jobs (`queue.between_jobs`): what a dead worker held, what waits with
no job behind it, and what has waited for another submission long enough, queued again; and, once a
day, the blobs a failed upload left behind.

Apart from `hub.jobs` because it only uses the queueing there: nothing a job runs heals, so the
import goes one way (`tests/core/test_shape.py` holds the hub to no cycles).
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from flask import Flask

from hub import jobs
from hub.extensions import blobs, db
from hub.logsetup import Both
from hub.queue import queue
from hub.services import awaiting, blob_prune, recovery
from hub.words import SUBMISSIONS, counted

# The name these lines have always been logged under (README's example line): an operator's filter or
# alert on `hub.jobs` still finds them.
log = logging.getLogger("hub.jobs")


def heal(app: Flask) -> None:
    """A worker's maintenance step (on start, then every third of a lease): give back to the queue
    what a dead worker held (its lease ran out) and what waits with no job behind it (Redis lost it,
    or a worker died between taking the job and claiming the submission)."""
    with app.app_context():
        _prune_now_and_then()
        seconds = jobs.lease_seconds()
        # Only those still `processing`: two workers healing at once both read the same expired list,
        # and the second must not give back (and log, and audit) again what the first gave back.
        expired = recovery.expired(db.session, seconds)
        released = recovery.release(db.session, expired, "worker", still=("processing",))
        _say_queued_again(released, ("whose worker's lease ran out", "hvor workerens lease var udløbet"))
        jobs.enqueue_submissions(released, stale_after=seconds)
        waiting, due = _waiting(seconds)
        if not waiting and not due:
            return  # nothing waits: the queue's lists are not read
        live = queue.live_job_ids(stale_after=seconds)
        # Read again after the jobs: a batch that claimed, finished and left rq between the first read
        # and the jobs' is final now, where the first read had it waiting with no job behind it (and its
        # batch was asked for again: a job that claimed nothing). What waits now, its job was not live
        # after it was noted (decision 0026, stop 70).
        waiting, due = _waiting(seconds)
        # The job noted on the submission (its batch's) is the one to look for: a live batch is not
        # queued a second time.
        orphans = [submission_id for submission_id, job_id in waiting if job_id not in live]
        _say_queued_again(
            _queue_again(orphans, seconds), ("waiting with no job behind them", "der ventede uden et job")
        )
        # Waiting for another submission, with nothing left to wait for, and no batch woke them.
        over = [submission_id for submission_id, job_id in due if job_id not in live]
        _say_queued_again(
            _queue_again(over, seconds),
            ("whose wait for another submission is over", "hvis ventetid er forbi"),
        )


def _waiting(seconds: float) -> tuple[list[tuple[int, str | None]], list[tuple[int, str | None]]]:
    """(id, noted job id) of the submissions waiting longer than a lease for a job, and of those whose
    wait for another submission is over, each in a transaction of its own."""
    db.session.rollback()  # a fresh read: SQLite keeps one snapshot for a transaction's reads
    waiting = recovery.unqueued(db.session, timedelta(seconds=seconds))
    return waiting, awaiting.overdue(db.session, timedelta(seconds=seconds))  # ends its transaction


def _queue_again(ids: list[int], seconds: float) -> list[int]:
    """Queue `ids` again; those whose job this worker queued. Workers that lost Redis together find it
    back together and heal at the same moment: each saw the same submissions with no job behind them,
    one queued them, and each said "queued again 1,038 submissions" (three lines for one requeue)."""
    queued_here: list[int] = []
    jobs.enqueue_submissions(ids, stale_after=seconds, lost=True, queued_here=queued_here)
    return queued_here


MOST_NAMED = 20


def _say_queued_again(ids: list[int], why: tuple[str, str]) -> None:
    """One line for what one heal gave back, naming at most `MOST_NAMED` (`hub requeue` and the
    submissions' log entries name them all): a batch Redis lost is hundreds, which one line a
    submission would have buried among the worker's other lines, in each worker's log."""
    if not ids:
        return
    named = ", ".join(str(i) for i in ids[:MOST_NAMED])
    over = len(ids) - MOST_NAMED
    more, more_da = (f" and {over} more", f" og {over} flere") if over > 0 else ("", "")
    # Counted in words, singular for one (`hub.words`): "submission(s)" reads as a form to fill in.
    count_en, count_da = counted(len(ids), *SUBMISSIONS)
    log.warning(
        Both(
            f"queued again {count_en} {why[0]}: %s{more}",
            f"sat i kø igen: {count_da}, {why[1]}: %s{more_da}",
            named,
        )
    )


_PRUNED = {"at": float("-inf")}
PRUNE_EVERY = 24 * 3600.0


def _prune_now_and_then() -> None:
    """Once a day per worker process: the blobs a failed upload left behind (`blob_prune`)."""
    now = time.monotonic()
    if now - _PRUNED["at"] < PRUNE_EVERY:
        return
    _PRUNED["at"] = now
    try:
        blob_prune.prune(db.session, blobs.store)
    except OSError as exc:  # a blob folder being moved or remounted: the next day's try
        log.warning(
            Both("pruning blobs failed with %s", "oprydningen af filer fejlede med %s", type(exc).__name__)
        )
