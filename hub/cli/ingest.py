"""`hub ingest` and `hub explain`: documents in, and where every canonical value came from."""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from hub.cli import batch
from hub.cli.common import bad_input_exits_2, seals_audit_log
from hub.cli.progress import Progress
from hub.errors import FieldProblem, HubError
from hub.extensions import db
from hub.jobs import enqueue_submissions, lease_seconds
from hub.models import FINAL_STATES, Submission
from hub.queue import queue
from hub.services import ingest, records, recovery, retry, site_notices, submission_status

FINAL = FINAL_STATES


def wait_for(ids: list[int], timeout: float, progress: Progress | None = None) -> None:
    """Work the embedded queue here, or wait for `hub worker` processes to finish the jobs."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if queue.embedded:
        if progress is None or not progress.enabled:
            queue.run_burst(app)
            return
        # One job at a time, so that the line can be redrawn between documents.
        worker = queue.worker(app)
        while worker.work(burst=True, max_jobs=1, logging_level="WARNING"):
            _progress(ids, progress)
        _progress(ids, progress, force=True)
        return
    deadline = time.monotonic() + timeout
    while ids and time.monotonic() < deadline:
        db.session.expire_all()
        if _progress(ids, progress) == len(ids):
            return
        time.sleep(0.2)


def _progress(ids: list[int], progress: Progress | None, force: bool = False) -> int:
    """How many of the submissions are finished; redraws the progress line when there is one."""
    db.session.expire_all()
    statuses = list(db.session.scalars(select(Submission.status).where(Submission.id.in_(ids))))
    # End the read's transaction: on SQLite it holds the one write lock the worker needs next.
    db.session.rollback()
    done = sum(s in FINAL for s in statuses)
    if progress is not None:
        progress.update(done, statuses.count("accepted"), done - statuses.count("accepted"), force=force)
    return done


@click.command("ingest")
@with_appcontext
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--municipality", "-m", help="Slug or code of the sending municipality.")
@click.option("--company", "agreement_id", help="Send as the company of this agreement (its one form).")
@click.option("--json", "as_json", is_flag=True, help="Print the canonical records as JSON.")
@click.option("--wait", default=60.0, show_default=True, help="Seconds to wait for `hub worker` processes.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress line (done, accepted, rejected, rate, time left); default: on a terminal.",
)
@seals_audit_log
@bad_input_exits_2
def ingest_command(
    files: tuple[Path, ...],
    municipality: str | None,
    agreement_id: str | None,
    as_json: bool,
    wait: float,
    progress: bool | None,
) -> None:
    """Submit documents as one municipality (or a company's filled-in one form) and process them.

    Exit 0 all accepted, 2 any rejected, 4 a server down (files not stored or not queued), 5 kept but
    not finished before --wait ran out (the README's table)."""
    if (municipality is None) == (agreement_id is None):
        raise HubError(
            "say who sends the files: --municipality SLUG or --company AGREEMENT (one of them)",
            "angiv afsenderen: --municipality SLUG eller --company AFTALE (én af dem)",
        )
    # An unknown sender (municipality or agreement) is the whole command's bad input, not each file's.
    ingest.party_of(db.session, municipality, agreement_id)
    db.session.rollback()  # a read only: end its transaction before the files are stored
    sent = batch.send(files, municipality, agreement_id)
    # Once each: the same bytes twice in one call are one submission.
    queued = list(dict.fromkeys(o.submitted.submission_id for o in sent.outcomes if o.submitted and o.queued))
    line = Progress(len(queued), sys.stdout.isatty() if progress is None else progress)
    try:
        wait_for(queued, wait, line)
    except batch.DATABASE_DOWN:
        db.session.rollback()
        sent.database_down = True
    line.close()
    out: list[dict[str, Any]] = []
    statuses = []  # each stored file's status as read now, in file order
    for o in sent.outcomes:
        if o.state == batch.REFUSED:
            click.echo(f"{o.path}: rejected / afvist", err=as_json)
            _problems(o.problems)
        elif o.state == batch.NOT_STORED:
            click.echo(
                f"{o.path}: not stored, the database cannot be reached; send it again"
                " / ikke gemt, databasen kan ikke nås; send den igen",
                err=True,
            )
        else:
            statuses.append(_report(o, as_json, wait, out))
    _summary(sent)
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    code = batch.exit_code(sent, statuses)
    if code:
        raise SystemExit(code)


def _report(o: batch.FileOutcome, as_json: bool, wait: float, out: list[dict[str, Any]]) -> str | None:
    """Print one stored file's outcome; return its status (None: the database could not be read)."""
    assert o.submitted is not None
    sub_id = o.submitted.submission_id
    try:
        db.session.expire_all()
        sub = records.submission(db.session, sub_id)
        versions = records.versions_of_submission(db.session, sub.id)
    except batch.DATABASE_DOWN:
        db.session.rollback()
        click.echo(
            f"{o.path}: stored as submission {sub_id}; its outcome cannot be read, the database cannot be"
            f" reached / gemt som indsendelse {sub_id}; udfaldet kan ikke læses, databasen kan ikke nås",
            err=True,
        )
        return None
    if o.state == batch.KEPT:
        click.echo(
            f"{o.path}: submission {sub_id} kept, will be processed when the queue is back"
            f" (send it again or run hub requeue) / indsendelse {sub_id} gemt; behandles når køen er tilbage"
            " (send den igen eller kør hub requeue)",
            err=True,
        )
        return sub.status
    if sub.status not in FINAL:
        click.echo(
            f"{o.path}: submission {sub_id} {sub.status}: kept, not finished within --wait {wait:g} s;"
            f" a worker will finish it / indsendelse {sub_id} gemt, ikke færdig inden for {wait:g} s;"
            " en worker gør den færdig",
            err=True,
        )
        return sub.status
    note = " (same bytes as before)" if o.submitted.duplicate else ""
    if o.submitted.read_again is not None:
        note = f" (same bytes as before, {retry.WHY[o.submitted.read_again][0]})"
    click.echo(f"{o.path}: submission {sub.id} {sub.status}{note}", err=as_json)
    if o.submitted.duplicate:
        # Which earlier file counted, in both languages, without repeating this file's name (as kept).
        name = o.kept_as
        for line in submission_status.same_bytes_note(db.session, sub, name):
            click.echo(f"  {line.removeprefix(name + ': ')}", err=as_json)
    for item in sub.items:
        click.echo(f"  {item.label}: {item.status}", err=as_json)
    _problems([FieldProblem(**problem) for problem in sub.problems or []])
    for version in versions:
        click.echo(f"  record {version.record_id} version {version.version}", err=as_json)
        out.append({"record_id": version.record_id, "version": version.version, **version.data})
    if sub.unchanged_version_id is not None:
        same = records.version(db.session, sub.unchanged_version_id)
        click.echo(
            f"  unchanged: the same content as record {same.record_id} version {same.version}"
            f" / uændret: samme indhold som post {same.record_id} version {same.version}",
            err=as_json,
        )
        out.append({"record_id": same.record_id, "version": same.version, **same.data})
    stored = [v.id for v in versions] + [i for i in (sub.unchanged_version_id,) if i is not None]
    for notice in site_notices.overbooked(db.session, stored) if stored else []:
        click.echo(f"  note: {notice['message']}", err=as_json)
        click.echo(f"  bemærk: {notice['message_da']}", err=as_json)
    return sub.status


def _problems(problems: list[FieldProblem]) -> None:
    for p in problems:
        click.echo(f"  error: {p.describe('en')}", err=True)
        click.echo(f"  fejl:  {p.describe('da')}", err=True)


def _summary(sent: batch.Batch) -> None:
    """One line per server that was down, after the files' own lines."""
    kept = sum(o.state == batch.KEPT for o in sent.outcomes)
    lost = sum(o.state == batch.NOT_STORED for o in sent.outcomes)
    if sent.queue_down:
        click.echo(
            f"error: the job queue (Redis) cannot be reached; {kept} file(s) kept, not processed", err=True
        )
        click.echo(f"fejl:  jobkøen (Redis) kan ikke nås; {kept} fil(er) gemt, ikke behandlet", err=True)
    if sent.database_down:
        click.echo(f"error: the database cannot be reached; {lost} file(s) not stored", err=True)
        click.echo(f"fejl:  databasen kan ikke nås; {lost} fil(er) ikke gemt", err=True)


@click.command("explain")
@with_appcontext
@click.argument("record_id", type=int)
@click.argument("field", required=False)
@bad_input_exits_2
def explain(record_id: int, field: str | None) -> None:
    """Show where each value of a record's current version came from (file, locator, raw value)."""
    row = records.record(db.session, record_id)
    version = row.versions[-1]
    shown = [
        p
        for p in version.provenance
        if not field or p.path == field or p.path.startswith((field + ".", field + "["))
    ]
    if field and not shown:
        paths = ", ".join(sorted({p.path.split("[")[0].split(".")[0] for p in version.provenance}))
        raise HubError(
            f"record {row.id} has no field {field!r}; its fields start: {paths}",
            f"posten {row.id} har intet felt {field!r}; dens felter begynder: {paths}",
        )
    click.echo(f"record {row.id} ({row.form_type}) version {version.version} of {len(row.versions)}")
    for p in shown:
        where = (p.locator.get("text") or {}).get("en") or p.source_key
        steps = " → ".join(str(t) for t in p.transforms) or "as read"
        value = value_at(version.data, p.path)
        click.echo(
            f"{p.path}\n  file {p.document_sha256[:12]}…  {where}\n  raw {p.raw_value!r}  via {steps}"
            f"  → {value!r}"
        )


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def value_at(record: dict[str, Any], path: str) -> Any:
    """The value a provenance path (`entries[2].hours`, `citizen.cpr`) names in a record, or None."""
    node: Any = record
    for name, index in _STEP.findall(path):
        if name and isinstance(node, dict) and name in node:
            node = node[name]
        elif index and isinstance(node, list) and int(index) < len(node):
            node = node[int(index)]
        else:
            return None
    return node


def register(cli: click.Group) -> None:
    """Add the commands to the `hub` command."""
    cli.add_command(ingest_command)
    cli.add_command(explain)
    cli.add_command(requeue)


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
    ids = recovery.release(db.session, recovery.stalled(db.session, timedelta(minutes=minutes)), actor="cli")
    # In batches; a job `started` for longer than a lease, on a submission nobody holds, is a dead worker's.
    enqueue_submissions(ids, stale_after=lease_seconds())
    wait_for(ids, timeout=60)
    db.session.expire_all()
    for submission_id in ids:
        click.echo(f"submission {submission_id}: {records.submission(db.session, submission_id).status}")
    click.echo(f"queued again: {len(ids)}")
