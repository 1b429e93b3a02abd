"""`hub ingest`: documents in, read, and each file's outcome told (`hub explain`: `hub.cli.explain`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from flask.cli import with_appcontext

from hub import interrupts
from hub.cli import batch, cpr_lines, ingest_lines, ingest_stopped, known
from hub.cli.common import bad_input_exits_2, seals_audit_log
from hub.cli.progress import Progress, on_terminal
from hub.cli.waiting import wait_for
from hub.errors import FieldProblem, HubError
from hub.extensions import db
from hub.models import FINAL_STATES, Submission
from hub.pseudonyms import mask_cpr_like
from hub.services import awaiting, ingest, records, retry, site_notices, submission_status, uploads
from hub.services.ingest_types import Submitter
from hub.words import FILES, counted

# A file whose bytes the hub already holds: said after the status in each language.
SAME_BYTES = ("same bytes as before", "samme indhold som før")


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
    not finished (or the database not answering) before --wait ran out (the README's table)."""
    if (municipality is None) == (agreement_id is None):
        raise HubError(
            "say who sends the files: --municipality SLUG or --company AGREEMENT (one of them)",
            "angiv afsenderen: --municipality SLUG eller --company AFTALE (én af dem)",
        )
    # An unknown sender (municipality or agreement) is the whole command's bad input, not each file's,
    # said with the names there are (`known`).
    if agreement_id is not None:
        known.agreement(db.session, agreement_id)
    else:
        known.municipality(str(municipality))
    party = ingest.party_of(db.session, municipality, agreement_id)
    db.session.rollback()  # a read only: end its transaction before the files are stored
    sent = batch.Batch()
    shown = on_terminal(progress)
    # Storing thousands of files takes seconds before any is processed: counted too, not silence.
    line = Progress(len(files), shown, done="stored")
    # Ctrl-C while storing or waiting: say what was stored and what was not (`ingest_stopped`); noted, so
    # that one Python drops inside a library's callback stops it at the next check all the same.
    try:
        with interrupts.noted():
            batch.send(files, municipality, agreement_id, sent, lambda n: _stored(line, n, len(files)))
            line.close()
            # Once each: the same bytes twice in one call are one submission.
            queued = list(
                dict.fromkeys(o.submitted.submission_id for o in sent.outcomes if o.submitted and o.queued)
            )
            line = Progress(len(queued), shown)
            try:
                wait_for(queued, wait, line)
            except batch.DATABASE_DOWN:
                # The embedded queue's own look at its work: the files are stored all the same, and each
                # one's line below says whether its outcome can be read (not "not stored": they are).
                db.session.rollback()
            interrupts.check()
    except KeyboardInterrupt:
        line.close()
        raise ingest_stopped.interrupted(sent) from None
    line.close()
    out: list[dict[str, Any]] = []
    statuses = []  # each stored file's status as read now, in file order
    for o in sent.outcomes:
        if o.state == batch.REFUSED:
            _echo(f"{o.path}: rejected / afvist", err=as_json)
            _problems(o.problems, party)
        elif o.state == batch.NOT_STORED:
            _echo(
                f"{o.path}: not stored, the database cannot be reached; send it again"
                " / ikke gemt, databasen kan ikke nås; send den igen",
                err=True,
            )
        else:
            statuses.append(_report(o, as_json, wait, out))
    _summary(sent, unknown=statuses.count(None))
    if as_json:
        # The records as stored, asked for, with CPR numbers masked: this output may be kept as a log too.
        click.echo(json.dumps(cpr_lines.shown_data(out), ensure_ascii=False, indent=2))
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
        _echo(
            f"{o.path}: stored as submission {sub_id}; its outcome cannot be read, the database cannot be"
            f" reached / gemt som indsendelse {sub_id}; udfaldet kan ikke læses, databasen kan ikke nås",
            err=True,
        )
        _followed_at(sub_id)
        return None
    if o.state == batch.KEPT:
        _echo(
            f"{o.path}: submission {sub_id} kept, will be processed when the queue is back"
            f" (send it again or run hub requeue) / indsendelse {sub_id} gemt; behandles når køen er tilbage"
            " (send den igen eller kør hub requeue)",
            err=True,
        )
        _same_bytes(o, sub, err=True)
        _followed_at(sub_id)
        return sub.status
    if sub.waiting_since is not None and sub.status in awaiting.WAITS_IN:
        _echo(f"{o.path}: {ingest_lines.waiting_words(sub_id)}", err=True)
        _followed_at(sub_id)
        return sub.status
    if sub.status not in FINAL_STATES:
        _echo(
            f"{o.path}: submission {sub_id} {sub.status}: kept, not finished within --wait {wait:g} s;"
            f" a worker will finish it / indsendelse {sub_id} gemt, ikke færdig inden for {wait:g} s;"
            " en worker gør den færdig",
            err=True,
        )
        _followed_at(sub_id)
        return sub.status
    note = SAME_BYTES if o.submitted.duplicate else None
    if o.submitted.read_again is not None:
        why_en, why_da = retry.WHY[o.submitted.read_again]
        note = (f"{SAME_BYTES[0]}, {why_en}", f"{SAME_BYTES[1]}, {why_da}")
    _echo(f"{o.path}: {ingest_lines.status_words(sub.status, note)}", err=as_json)
    _same_bytes(o, sub, err=as_json)
    same = records.version(db.session, sub.unchanged_version_id) if sub.unchanged_version_id else None
    ids = [v.record_id for v in versions] + [same.record_id] if same else [v.record_id for v in versions]
    what = ingest_lines.became(db.session, ids + [i.record_id for i in sub.items if i.record_id])
    for item in sub.items:
        line = ingest_lines.item_line(item, what.get(item.record_id) if item.record_id else None)
        _echo(f"  {line}", err=as_json)
    # A duplicate's problems name the file the user sent now, as its first answer named that one.
    sent = o.kept_as if o.submitted.duplicate else sub.filename
    _problems(uploads.again_problems(list(sub.problems or []), sub.filename, sent), sub)
    # A document of several names each record on its item's line; a form's one record gets its own.
    on_items = {i.record_id for i in sub.items}
    for version in versions:
        if version.record_id not in on_items:
            _echo(f"  {ingest_lines.version_line(what.get(version.record_id), version)}", err=as_json)
        out.append({"record_id": version.record_id, "version": version.version, **version.data})
    if same is not None:
        line = ingest_lines.version_line(what.get(same.record_id), same, unchanged=True)
        _echo(f"  {line}", err=as_json)
        out.append({"record_id": same.record_id, "version": same.version, **same.data})
    stored = [v.id for v in versions] + [i for i in (sub.unchanged_version_id,) if i is not None]
    for notice in site_notices.overbooked(db.session, stored) if stored else []:
        _echo(f"  note: {notice['message']}", err=as_json)
        _echo(f"  bemærk: {notice['message_da']}", err=as_json)
    return sub.status


def _same_bytes(o: batch.FileOutcome, sub: Submission, err: bool) -> None:
    """For a file whose bytes the hub already held: which earlier file counted, in both languages,
    without repeating this file's name (as kept)."""
    if o.submitted is not None and o.submitted.duplicate:
        name = o.kept_as
        for line in submission_status.same_bytes_note(db.session, sub, name):
            _echo(f"  {line.removeprefix(name + ': ')}", err=err)


def _stored(line: Progress, stored: int, total: int) -> None:
    """Redraw the storing line; its last count drawn whenever the line was shown at all."""
    line.update(stored, None, None, force=stored == total and line.shown)


def _followed_at(sub_id: int) -> None:
    """Where a file not yet finished can be followed: its submission id is of use there, and only there."""
    where = f"GET /api/submissions/{sub_id}"
    _echo(f"  its status later: {where} / dens status senere: {where}", err=True)


def _problems(problems: list[FieldProblem], sender: Submitter | Submission) -> None:
    """A file's problems, each in English and Danish, its form named by title (`ingest_lines`)."""
    for line in ingest_lines.problem_lines(problems, sender.agreement_id, sender.municipality_code):
        _echo(f"  {line}", err=True)


def _summary(sent: batch.Batch, unknown: int = 0) -> None:
    """One line per server that was down, after the files' own lines; `unknown`: stored files whose
    outcome could not be read."""
    kept = sum(o.state == batch.KEPT for o in sent.outcomes)
    lost = sum(o.state == batch.NOT_STORED for o in sent.outcomes)
    if sent.queue_down:
        en, da = counted(kept, *FILES)
        _echo(f"error: the job queue (Redis) cannot be reached; {en} kept, not processed", err=True)
        _echo(f"fejl: jobkøen (Redis) kan ikke nås; {da} gemt, ikke behandlet", err=True)
    if sent.database_down:
        en, da = counted(lost, *FILES)
        _echo(f"error: the database cannot be reached; {en} not stored", err=True)
        _echo(f"fejl: databasen kan ikke nås; {da} ikke gemt", err=True)
    if unknown:
        en, da = counted(unknown, *FILES)
        _echo(f"error: {en} stored, outcome unknown: the database did not answer", err=True)
        _echo(f"fejl: {da} gemt, udfaldet ukendt: databasen svarede ikke", err=True)


def _echo(line: str, err: bool = False) -> None:
    """Print a line of the command's own, CPR-like numbers masked: a file is named as given, and files
    are named after the citizen; a reason may quote a value; this output may be kept as a log (the
    records `--json` asks for are masked by field: `cpr_lines.shown_data`)."""
    click.echo(mask_cpr_like(line), err=err)


def register(cli: click.Group) -> None:
    """Add the commands to the `hub` command."""
    cli.add_command(ingest_command)
