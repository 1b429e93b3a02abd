"""`hub ingest`'s lines once the files are sent: each stored file's outcome, its items and records, its
problems, and a line for each server that was down; CPR-like numbers masked in every line (`echo`)."""

from __future__ import annotations

from typing import Any

import click

from hub.cli import batch, ingest_lines
from hub.cli.batch_files import FileOutcome
from hub.errors import FieldProblem
from hub.extensions import db
from hub.models import FINAL_STATES, Submission
from hub.pseudonyms import mask_cpr_like
from hub.services import awaiting, records, retry, same_bytes_note, stored_notices, uploads
from hub.services.ingest_types import Submitter
from hub.words import FILES, counted

# A file whose bytes the hub already holds: said after the status in each language.
SAME_BYTES = ("same bytes as before", "samme indhold som før")


def report(o: batch.FileOutcome, as_json: bool, wait: float, out: list[dict[str, Any]]) -> str | None:
    """Print one stored file's outcome; return its status (None: the database could not be read)."""
    assert o.submitted is not None
    sub_id = o.submitted.submission_id
    try:
        db.session.expire_all()
        sub = records.submission(db.session, sub_id)
        versions = records.versions_of_submission(db.session, sub.id)
    except batch.DATABASE_DOWN:
        db.session.rollback()
        echo(
            f"{o.path}: stored as submission {sub_id}; its outcome cannot be read, the database cannot be"
            f" reached / gemt som indsendelse {sub_id}; udfaldet kan ikke læses, databasen kan ikke nås",
            err=True,
        )
        _followed_at(sub_id)
        return None
    if o.state == batch.KEPT:
        echo(
            # No person is needed: a worker queues what waits with no job once Redis answers
            # (`healing.heal`). "Send it again or run hub requeue" sent people to do what both need
            # Redis for, while it was down.
            f"{o.path}: submission {sub_id} kept, will be processed when the queue is back"
            f" (hub worker queues it once Redis answers; nothing to send again) / indsendelse {sub_id}"
            " gemt; behandles når køen er tilbage (hub worker sætter den i kø, når Redis svarer;"
            " intet skal sendes igen)",
            err=True,
        )
        _same_bytes(o, sub, err=True)
        _followed_at(sub_id)
        return sub.status
    if sub.waiting_since is not None and sub.status in awaiting.WAITS_IN:
        echo(f"{o.path}: {ingest_lines.waiting_words(sub_id)}", err=True)
        _followed_at(sub_id)
        return sub.status
    if sub.status not in FINAL_STATES:
        echo(
            f"{o.path}: submission {sub_id} {sub.status}: kept, not finished within --wait {wait:g} s;"
            f" a worker will finish it / indsendelse {sub_id} gemt, ikke færdig inden for {wait:g} s;"
            " en worker gør den færdig",
            err=True,
        )
        _followed_at(sub_id)
        return sub.status
    note = SAME_BYTES if o.submitted.duplicate else None
    if sub.status == "failed":
        note = ingest_lines.HUB_FAILED
    if o.submitted.read_again is not None:
        why_en, why_da = retry.WHY[o.submitted.read_again]
        note = (f"{SAME_BYTES[0]}, {why_en}", f"{SAME_BYTES[1]}, {why_da}")
    echo(f"{o.path}: {ingest_lines.status_words(sub.status, note)}", err=as_json)
    _same_bytes(o, sub, err=as_json)
    same = records.version(db.session, sub.unchanged_version_id) if sub.unchanged_version_id else None
    ids = [v.record_id for v in versions] + [same.record_id] if same else [v.record_id for v in versions]
    what = ingest_lines.became(db.session, ids + [i.record_id for i in sub.items if i.record_id])
    for item in sub.items:
        line = ingest_lines.item_line(item, what.get(item.record_id) if item.record_id else None)
        echo(f"  {line}", err=as_json)
    # A duplicate's problems name the file the user sent now, as its first answer named that one.
    sent = o.kept_as if o.submitted.duplicate else sub.filename
    problems(uploads.again_problems(list(sub.problems or []), sub.filename, sent), sub)
    # A document of several names each record on its item's line; a form's one record gets its own.
    on_items = {i.record_id for i in sub.items}
    for version in versions:
        if version.record_id not in on_items:
            echo(f"  {ingest_lines.version_line(what.get(version.record_id), version)}", err=as_json)
        out.append({"record_id": version.record_id, "version": version.version, **version.data})
    if same is not None:
        line = ingest_lines.version_line(what.get(same.record_id), same, unchanged=True)
        echo(f"  {line}", err=as_json)
        out.append({"record_id": same.record_id, "version": same.version, **same.data})
    stored = [v.id for v in versions] + [i for i in (sub.unchanged_version_id,) if i is not None]
    for notice in stored_notices.of_versions(db.session, stored):
        echo(f"  note: {notice['message']}", err=as_json)
        echo(f"  bemærk: {notice['message_da']}", err=as_json)
    return sub.status


def _same_bytes(o: batch.FileOutcome, sub: Submission, err: bool) -> None:
    """For a file whose bytes the hub already held: which earlier file counted, in both languages,
    without repeating this file's name (as kept)."""
    if o.submitted is not None and o.submitted.duplicate:
        name = o.kept_as
        for line in same_bytes_note.same_bytes_note(db.session, sub, name):
            echo(f"  {line.removeprefix(name + ': ')}", err=err)


def _followed_at(sub_id: int) -> None:
    """Where a file not yet finished can be followed: its submission id is of use there, and only there."""
    where = f"GET /api/submissions/{sub_id}"
    echo(f"  its status later: {where} / dens status senere: {where}", err=True)


def problems(problems: list[FieldProblem], sender: Submitter | Submission) -> None:
    """A file's problems, each in English and Danish, its form named by title (`ingest_lines`)."""
    for line in ingest_lines.problem_lines(problems, sender.agreement_id, sender.municipality_code):
        echo(f"  {line}", err=True)


def summary(sent: batch.Batch, unknown: int = 0) -> None:
    """One line per server that was down, after the files' own lines; `unknown`: stored files whose
    outcome could not be read."""
    kept = sum(o.state == batch.KEPT for o in sent.outcomes)
    # Not stored: for want of the database, or because the document store refused it (`not_stored_why`).
    lost = [bool(o.not_stored_why[0]) for o in sent.outcomes if o.state == batch.NOT_STORED]
    if sent.queue_down:
        en, da = counted(kept, *FILES)
        echo(f"error: the job queue (Redis) cannot be reached; {en} kept, not processed", err=True)
        echo(f"fejl: jobkøen (Redis) kan ikke nås; {da} gemt, ikke behandlet", err=True)
    if sent.database_down:
        en, da = counted(lost.count(False), *FILES)
        echo(f"error: the database cannot be reached; {en} not stored", err=True)
        echo(f"fejl: databasen kan ikke nås; {da} ikke gemt", err=True)
    if sent.store_down[0]:
        en, da = counted(lost.count(True), *FILES)
        why, why_da = sent.store_down
        echo(
            f"error: the hub's document store (HUB_BLOB_DIR) cannot be written ({why}); {en} not stored",
            err=True,
        )
        echo(
            f"fejl: hubbens dokumentlager (HUB_BLOB_DIR) kan ikke skrives i ({why_da}); {da} ikke gemt",
            err=True,
        )
    if unknown:
        en, da = counted(unknown, *FILES)
        echo(f"error: {en} stored, outcome unknown: the database did not answer", err=True)
        echo(f"fejl: {da} gemt, udfaldet ukendt: databasen svarede ikke", err=True)


def not_stored(outcome: FileOutcome) -> None:
    """A file nothing of which was kept, and why: the database away, or the document store refusing the
    write (its disk full), in the system's words and in Danish; either way the user sends it again."""
    why, why_da = outcome.not_stored_why
    if why:
        en = f"the hub's document store cannot be written ({why})"
        da = f"hubbens dokumentlager kan ikke skrives i ({why_da})"
    else:
        en, da = "the database cannot be reached", "databasen kan ikke nås"
    echo(f"{outcome.path}: not stored, {en}; send it again / ikke gemt, {da}; send den igen", err=True)


def echo(line: str, err: bool = False) -> None:
    """Print a line of the command's own, CPR-like numbers masked: a file is named as given, and files
    are named after the citizen; a reason may quote a value; this output may be kept as a log (the
    records `--json` asks for are masked by field: `cpr_lines.shown_data`)."""
    click.echo(mask_cpr_like(line), err=err)
