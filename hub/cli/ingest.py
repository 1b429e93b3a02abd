"""`hub ingest`: documents in, read, and each file's outcome told (`hub explain`: `hub.cli.explain`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from flask.cli import with_appcontext

from hub import interrupts
from hub.cli import batch, cpr_lines, ingest_outcomes, ingest_stopped, known
from hub.cli.common import bad_input_exits_2, seals_audit_log
from hub.cli.progress import Progress, on_terminal
from hub.cli.waiting import wait_for
from hub.errors import HubError
from hub.extensions import db
from hub.services import ingest


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
            ingest_outcomes.echo(f"{o.path}: rejected / afvist", err=as_json)
            ingest_outcomes.problems(o.problems, party)
        elif o.state == batch.NOT_STORED:
            ingest_outcomes.not_stored(o)
        else:
            statuses.append(ingest_outcomes.report(o, as_json, wait, out))
    ingest_outcomes.summary(sent, unknown=statuses.count(None))
    if as_json:
        # The records as stored, asked for, with CPR numbers masked: this output may be kept as a log too.
        click.echo(json.dumps(cpr_lines.shown_data(out), ensure_ascii=False, indent=2))
    code = batch.exit_code(sent, statuses)
    if code:
        raise SystemExit(code)


def _stored(line: Progress, stored: int, total: int) -> None:
    """Redraw the storing line; its last count drawn whenever the line was shown at all."""
    line.update(stored, None, None, force=stored == total and line.shown)


def register(cli: click.Group) -> None:
    """Add the commands to the `hub` command."""
    cli.add_command(ingest_command)
