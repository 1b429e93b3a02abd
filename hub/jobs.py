"""rq job functions, and their queueing. They take ids (never ORM objects, file contents or CPR numbers),
run inside the worker's app context, call one service, and are safe to run twice. What a worker does
between jobs to give stranded work back to the queue is `hub.healing`'s."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from flask import current_app
from rq import get_current_job
from rq.job import Job
from sqlalchemy import select

from hub import server_lost
from hub.errors import ProcessingFailed
from hub.extensions import db
from hub.job_batches import batch_job_id
from hub.logsetup import Both
from hub.models import Document, Submission
from hub.queue import queue
from hub.services import awaiting, backoff, batch_choice, dashboard_summary, ingest, leases, processing
from hub.services.id_lists import among

log = logging.getLogger(__name__)


def lease_seconds() -> float:
    """How long a worker's lease on a submission lasts unless renewed (`LEASE_SECONDS`)."""
    return float(current_app.config["LEASE_SECONDS"])


def batch_size() -> int:
    """How many submissions one processing job takes at most (`BATCH_SIZE`)."""
    return max(1, int(current_app.config["BATCH_SIZE"]))


def _holder() -> str:
    job = get_current_job()
    # The rq worker's name says which worker holds the lease; the process and thread make it unique.
    worker = job.worker_name if job is not None and job.worker_name else "worker"
    return f"{worker} {leases.holder_name()}"


def process_batch(submission_ids: list[int]) -> dict[int, str]:
    """Read, map, validate and store a batch of submissions; returns each one's status (`queued`: it
    waits for another submission, `awaiting`). A server lost for a moment is waited for with back-off
    (`backoff.with_backoff`). Then the documents the batch's outcomes let go on are queued again."""
    holder, seconds = _holder(), lease_seconds()

    def work() -> dict[int, str]:
        try:
            statuses = processing.process_batch(
                db.session, submission_ids, holder=holder, lease_seconds=seconds
            )
        except ProcessingFailed:
            _wake(submission_ids)  # committed all the same: a document crashed
            raise
        _wake(submission_ids)
        return statuses

    def reset() -> None:
        # A fresh connection for the next try: the pool drops one that the server cut.
        db.session.rollback()
        db.session.close()

    first, last = min(submission_ids), max(submission_ids)
    try:
        what = (f"batch of submissions {first}..{last}", f"indsendelserne {first}..{last}")
        return backoff.with_backoff(work, reset, what, waiting_for=server_lost.waiting_for)
    except ProcessingFailed:
        raise
    except Exception as exc:
        if not backoff.is_transient(exc):
            raise
        # Given up: the lease runs out and a worker's healing queues the batch's submissions again. Not
        # chained: a database error's text quotes the statement's parameters.
        raise ProcessingFailed(
            f"batch of submissions {first}..{last}: the server stayed away ({type(exc).__name__}); "
            "left to run out its lease and be queued again"
        ) from None


def _wake(submission_ids: list[int]) -> None:
    """Queue again the documents waiting for what this batch may have brought (`awaiting.wakeable`). A
    failure is left to the workers' healing, which finds them once due (`healing.heal`)."""
    job = get_current_job()
    try:
        enqueue_submissions(awaiting.wakeable(db.session, submission_ids), besides=job.id if job else "")
    except Exception as exc:
        db.session.rollback()
        log.warning(
            Both(
                "the documents waiting for this batch were not queued again (%s); the workers' "
                "maintenance will",
                "dokumenterne, der venter på denne batch, blev ikke sat i kø igen (%s); det gør workernes "
                "vedligeholdelse",
                type(exc).__name__,
            )
        )


def process_submission(submission_id: int) -> dict[int, str]:
    """One submission (jobs queued before batches existed): a batch of one."""
    return process_batch([submission_id])


def enqueue_batch(
    submission_ids: Sequence[int],
    stale_after: float | None = None,
    lost: bool = False,
    besides: str = "",
    queued_here: list[int] | None = None,
) -> Job:
    """Queue the processing of a batch, once however often it is asked for, and note the job on each
    of its submissions.

    `stale_after`: seconds after which a started job is taken for one whose worker died; `lost`: the
    submissions waited too long for their job, which is replaced if a dead worker stranded it
    (`healing.heal`); `besides`: the (full) id of the job running now, which queues its own batch again
    (`_wake`); `queued_here`, when given, gets the batch's ids if this call queued its job (not if
    another caller, a worker healing at the same moment, had queued it)."""
    ids = sorted(set(submission_ids))
    job_id = batch_job_id(ids)
    made: list[str] = []  # the job's id, if this call queued it
    if besides and queue.full_id(job_id) == besides:
        # Under its own id the running job would be taken for this one, and the batch never run again.
        job_id += "-again"
    job = queue.enqueue_once(
        process_batch,
        ids,
        job_id=job_id,
        description=f"process submissions {ids[0]}..{ids[-1]} ({len(ids)})",
        stale_after=stale_after,
        lost=lost,
        made=made,
    )
    if queued_here is not None and made:
        queued_here.extend(ids)
    ingest.mark_queued(db.session, ids, job.id)
    return job


def enqueue_submissions(
    submission_ids: Sequence[int],
    stale_after: float | None = None,
    lost: bool = False,
    besides: str = "",
    queued_here: list[int] | None = None,
) -> list[Job]:
    """Queue many submissions in batches of `BATCH_SIZE` and `BATCH_BYTES` (an upload of many files,
    healing); `queued_here` as `enqueue_batch`'s."""
    ids = sorted(set(submission_ids))
    if not ids:
        return []
    # A worker holds a batch's documents in memory while it stores them: bounded in bytes too.
    # Batched by sender, so that the jobs two workers take at once rarely share a citizen (`batch_choice`).
    sized = db.session.execute(
        select(Submission.id, Document.size, Submission.municipality_code, Submission.agreement_id)
        .join(Document, Document.sha256 == Submission.document_sha256)
        .where(among(db.session, Submission.id, ids))
    ).all()
    found_ids = {row[0] for row in sized}
    # A municipality sends its own citizens' forms; a company (no municipality) those of its agreement.
    triples = [(row[0], row[1], row[2] or f"agreement {row[3]}") for row in sized]
    # A submission without its document row (none should be) counts no bytes, as before.
    triples += [(submission_id, 0, "") for submission_id in ids if submission_id not in found_ids]
    most_bytes = int(current_app.config["BATCH_BYTES"])
    found = batch_choice.by_sender(triples, batch_size(), most_bytes)
    return [enqueue_batch(batch, stale_after, lost, besides, queued_here) for batch in found]


def enqueue_submission(submission_id: int, stale_after: float | None = None) -> Job:
    """Queue the processing of one submission (a batch of one), once however often it is asked for."""
    return enqueue_batch([submission_id], stale_after)


def rebuild_dashboard(agreement_id: str) -> int:
    """Compute an agreement's dashboard summaries again; returns how many placements."""
    return dashboard_summary.rebuild(db.session, agreement_id)


def enqueue_dashboard_rebuild(agreement_id: str) -> Job:
    """Queue the rebuild of an agreement's summaries, once however often it is asked for."""
    return queue.enqueue_once(
        rebuild_dashboard,
        agreement_id,
        job_id=f"dashboard-rebuild-{agreement_id}",
        description=f"rebuild the dashboard of {agreement_id}",
    )
