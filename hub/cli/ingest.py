"""`hub ingest` and `hub explain`: documents in, and where every canonical value came from."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from hub.cli.common import EXIT_BAD_INPUT, bad_input_exits_2, seals_audit_log
from hub.errors import FieldProblem, HubError
from hub.extensions import db
from hub.jobs import enqueue_submission, lease_seconds
from hub.models import FINAL_STATES
from hub.queue import queue
from hub.services import ingest, records, recovery, retry

FINAL = FINAL_STATES


def wait_for(ids: list[int], timeout: float) -> None:
    """Work the embedded queue here, or wait for `hub worker` processes to finish the jobs."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if queue.embedded:
        queue.run_burst(app)
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        db.session.expire_all()
        if all(records.submission(db.session, i).status in FINAL for i in ids):
            return
        time.sleep(0.2)


@click.command("ingest")
@with_appcontext
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--municipality", "-m", help="Slug or code of the sending municipality.")
@click.option("--company", "agreement_id", help="Send as the company of this agreement (its one form).")
@click.option("--json", "as_json", is_flag=True, help="Print the canonical records as JSON.")
@click.option("--wait", default=60.0, show_default=True, help="Seconds to wait for `hub worker` processes.")
@seals_audit_log
@bad_input_exits_2
def ingest_command(
    files: tuple[Path, ...], municipality: str | None, agreement_id: str | None, as_json: bool, wait: float
) -> None:
    """Submit documents as one municipality (or a company's filled-in one form) and process them."""
    if (municipality is None) == (agreement_id is None):
        raise HubError(
            "say who sends the files: --municipality SLUG or --company AGREEMENT (one of them)",
            "angiv afsenderen: --municipality SLUG eller --company AFTALE (én af dem)",
        )
    submitted = []
    for path in files:
        data = path.read_bytes()
        if agreement_id is not None:
            result = ingest.submit_company(db.session, data, path.name, agreement_id, "cli", "cli")
        else:
            result = ingest.submit(db.session, data, path.name, str(municipality), "cli", "cli")
        if result.needs_queueing:
            enqueue_submission(result.submission_id)
        submitted.append((path, result))
    wait_for([s.submission_id for _, s in submitted], wait)
    out, failed = [], False
    for path, result in submitted:
        db.session.expire_all()
        sub = records.submission(db.session, result.submission_id)
        versions = records.versions_of_submission(db.session, sub.id)
        note = " (same bytes as before)" if result.duplicate else ""
        if result.read_again is not None:
            note = f" (same bytes as before, {retry.WHY[result.read_again][0]})"
        click.echo(f"{path}: submission {sub.id} {sub.status}{note}", err=as_json)
        for item in sub.items:
            click.echo(f"  {item.label}: {item.status}", err=as_json)
        for problem in sub.problems or []:
            p = FieldProblem(**problem)
            click.echo(f"  error: {p.describe('en')}", err=True)
            click.echo(f"  fejl:  {p.describe('da')}", err=True)
        for version in versions:
            click.echo(f"  record {version.record_id} version {version.version}", err=as_json)
            out.append({"record_id": version.record_id, "version": version.version, **version.data})
        failed = failed or sub.status != "accepted"
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    if failed:
        raise SystemExit(EXIT_BAD_INPUT)


@click.command("explain")
@with_appcontext
@click.argument("record_id", type=int)
@click.argument("field", required=False)
@bad_input_exits_2
def explain(record_id: int, field: str | None) -> None:
    """Show where each value of a record's current version came from (file, locator, raw value)."""
    row = records.record(db.session, record_id)
    version = row.versions[-1]
    click.echo(f"record {row.id} ({row.form_type}) version {version.version} of {len(row.versions)}")
    for p in version.provenance:
        if field and not (
            p.path == field or p.path.startswith(field + ".") or p.path.startswith(field + "[")
        ):
            continue
        where = (p.locator.get("text") or {}).get("en") or p.source_key
        steps = " → ".join(str(t) for t in p.transforms) or "as read"
        click.echo(f"{p.path}\n  file {p.document_sha256[:12]}…  {where}\n  raw {p.raw_value!r}  via {steps}")


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
    help="How long queued/processing means stuck; a submission under a live worker lease is never taken.",
)
@with_appcontext
@seals_audit_log
def requeue(minutes: int) -> None:
    """Queue again the submissions no worker will finish: never queued, failed, or left by a dead worker.

    Workers do this themselves for a dead worker's work once its lease runs out; this is for an operator
    (say, failed submissions after a fix)."""
    ids = recovery.release(db.session, recovery.stalled(db.session, timedelta(minutes=minutes)), actor="cli")
    for submission_id in ids:
        # A job `started` for longer than a lease, on a submission nobody holds, is a dead worker's.
        enqueue_submission(submission_id, stale_after=lease_seconds())
    wait_for(ids, timeout=60)
    db.session.expire_all()
    for submission_id in ids:
        click.echo(f"submission {submission_id}: {records.submission(db.session, submission_id).status}")
    click.echo(f"queued again: {len(ids)}")
