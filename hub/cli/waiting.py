"""Waiting for submissions to be read: the embedded queue worked here, or `hub worker` processes waited
for (`hub ingest`, `hub demo`); and `hub requeue`, which queues again the ones no worker will finish."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from hub.cli import ingest_stopped
from hub.cli.batch import DATABASE_DOWN
from hub.cli.common import seals_audit_log
from hub.cli.progress import Progress, on_terminal
from hub.extensions import db
from hub.interrupts import Interrupted
from hub.logsetup import Both
from hub.models import FINAL_STATES, Submission
from hub.quantities import number_text
from hub.queue import queue
from hub.services import records, recovery
from hub.words import SUBMISSIONS, counted

log = logging.getLogger(__name__)

# Seconds between looks at the submissions; while the database does not answer (PostgreSQL restarting),
# looks from FIRST_BACKOFF doubling to MOST_BACKOFF, so that a restart costs it few failed connections.
POLL, FIRST_BACKOFF, MOST_BACKOFF = 0.2, 0.5, 5.0
REQUEUE_WAIT = 60  # seconds `hub requeue` waits for what it queued again
# A submission's status in Danish, as the pages say it.
STATUS_DA = {
    "received": "modtaget",
    "queued": "i kø",
    "processing": "behandles",
    "accepted": "godkendt",
    "partial": "delvist godkendt",
    "rejected": "afvist",
    "failed": "fejlet",
}


def wait_for(ids: list[int], timeout: float, progress: Progress | None = None) -> bool:
    """Work the embedded queue here, or wait for `hub worker` processes to finish the jobs; False when
    the database did not answer the last look before `timeout` ran out (the outcome is unknown)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if queue.embedded:
        if progress is None or not progress.enabled:
            queue.run_burst(app)
            return True
        # One job at a time, so that the line can be redrawn between documents.
        from hub.queue_stopping import CommandWorker  # noqa: PLC0415 - rq: see `requeue`

        worker = queue.worker(app, CommandWorker)
        while worker.work(burst=True, max_jobs=1, logging_level="WARNING"):
            _progress(ids, progress)
        _progress(ids, progress, force=True)
        return True
    return _poll(ids, timeout, progress)


def _poll(ids: list[int], timeout: float, progress: Progress | None) -> bool:
    """Look at the submissions until all are finished or `timeout` runs out. A database that does not
    answer is waited for: the files are stored, and workers go on with them once it is back."""
    deadline = time.monotonic() + timeout
    answered, delay = True, FIRST_BACKOFF
    while ids and time.monotonic() < deadline:
        try:
            done = _progress(ids, progress)
        except DATABASE_DOWN:
            db.session.rollback()
            log.warning(
                Both(
                    "the database did not answer; looking again in %g s",
                    "databasen svarede ikke; ser igen om %g s",
                    delay,
                )
            )
            answered = False
            time.sleep(max(0.0, min(delay, deadline - time.monotonic())))
            delay = min(delay * 2, MOST_BACKOFF)
            continue
        answered, delay = True, FIRST_BACKOFF
        if done == len(ids):
            return True
        time.sleep(POLL)
    return answered


def _progress(ids: list[int], progress: Progress | None, force: bool = False) -> int:
    """How many of the submissions are finished; redraws the progress line when there is one."""
    db.session.expire_all()
    statuses = list(db.session.scalars(select(Submission.status).where(Submission.id.in_(ids))))
    # End the read's transaction: on SQLite it holds the one write lock the worker needs next.
    db.session.rollback()
    done = sum(s in FINAL_STATES for s in statuses)
    if progress is not None:
        progress.update(done, statuses.count("accepted"), done - statuses.count("accepted"), force=force)
    return done


@click.command("requeue")
@click.option(
    "--minutes",
    default=30,
    show_default=True,
    type=click.IntRange(min=0),
    help="How long queued/processing means stuck; a submission under a live worker lease is never taken.",
)
@with_appcontext
@seals_audit_log
def requeue(minutes: int) -> None:
    """Queue again the submissions no worker will finish: never queued, failed, or left by a dead worker.

    Workers do this themselves for a dead worker's work once its lease runs out; this is for an operator
    (say, failed submissions after a fix)."""
    # The jobs (and rq with them) imported when queued, not with the module: `hub ingest` imports it.
    from hub.jobs import enqueue_submissions, lease_seconds  # noqa: PLC0415

    ids = recovery.release(db.session, recovery.stalled(db.session, timedelta(minutes=minutes)), actor="cli")
    # In batches; a job `started` for longer than a lease, on a submission nobody holds, is a dead worker's.
    enqueue_submissions(ids, stale_after=lease_seconds())
    click.echo(f"queued again: {number_text(len(ids), 'en')} / sat i kø igen: {number_text(len(ids), 'da')}")
    if not ids:
        return
    # Said before the wait, which may be a minute: not a command that hangs in silence.
    if queue.embedded:
        click.echo("processing them here / behandler dem her", err=True)
    else:
        click.echo(
            f"waiting up to {REQUEUE_WAIT} s for hub worker / venter op til {REQUEUE_WAIT} s på hub worker",
            err=True,
        )
    line = Progress(len(ids), on_terminal(None))
    try:
        wait_for(ids, timeout=REQUEUE_WAIT, progress=line)
    except KeyboardInterrupt:
        line.close()
        raise _stopped(ids) from None
    line.close()
    db.session.expire_all()
    for submission_id in ids:
        status = records.submission(db.session, submission_id).status
        en, da = status, STATUS_DA.get(status, status)
        if status not in FINAL_STATES:
            en += f", not finished within {REQUEUE_WAIT} s; a worker will finish it"
            da += f", ikke færdig inden for {REQUEUE_WAIT} s; en worker gør den færdig"
        click.echo(f"submission {submission_id}: {en} / indsendelse {submission_id}: {da}")


def _stopped(ids: list[int]) -> Interrupted:
    """What `hub requeue` says when Ctrl-C (or SIGTERM) stops it while it waits: how many it queued
    again, and of those how many are not processed yet and what processes them. On Redis their jobs
    wait there for `hub worker`; the embedded queue's end with this process, and `hub requeue --minutes
    0` takes them at once (a batch the stop gave back too: `received`, no lease)."""
    db.session.rollback()
    queued_en, queued_da = counted(len(ids), *SUBMISSIONS)
    left = ingest_stopped.unfinished(ids)
    if not left:
        return Interrupted(
            f"Interrupted (Ctrl-C): {queued_en} queued again, all of them processed",
            f"Afbrudt (Ctrl-C): {queued_da} sat i kø igen, alle behandlet",
        )
    if queue.embedded:
        how_en, how_da = "run hub requeue --minutes 0", "kør hub requeue --minutes 0"
    else:
        how_en, how_da = "a hub worker finishes them", "en hub worker gør dem færdige"
    return Interrupted(
        f"Interrupted (Ctrl-C): {queued_en} queued again; {number_text(left, 'en')} of them not processed"
        f" yet ({how_en})",
        f"Afbrudt (Ctrl-C): {queued_da} sat i kø igen; {number_text(left, 'da')} af dem er ikke behandlet"
        f" endnu ({how_da})",
    )


def register(cli: click.Group) -> None:
    """Add `requeue` to the `hub` command."""
    cli.add_command(requeue)
