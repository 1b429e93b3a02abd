"""`hub agreements`: load and list partnership agreements."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from hub.cli import agreement_changes
from hub.cli.common import bad_input_exits_2, seals_audit_log
from hub.extensions import db
from hub.interrupts import Interrupted
from hub.services import agreements as service

group = AppGroup("agreements", help="Partnership agreements.")


@group.command("load")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@seals_audit_log
@bad_input_exits_2
def load(files: tuple[Path, ...]) -> None:
    """Validate and store agreement files (default: every file in HUB_AGREEMENTS_DIR); all or nothing."""
    paths = list(files) or service.agreement_files(Path(current_app.config["AGREEMENTS_DIR"]))
    before = agreement_changes.snapshot(db.session)
    try:
        ids = service.load_files(db.session, paths, actor="cli")
    except KeyboardInterrupt:
        # All or nothing: stopped while validating or storing, no agreement is stored; stopped after the
        # commit (while the dashboards are rebuilt), every one is, and a dashboard rebuilds itself.
        db.session.rollback()
        raise Interrupted(
            "Interrupted (Ctrl-C): the agreements are loaded all or nothing; run hub agreements list to"
            " see whether they were",
            "Afbrudt (Ctrl-C): aftalerne indlæses alle eller ingen; kør hub agreements list for at se,"
            " om de blev",
        ) from None
    for agreement_id in ids:
        click.echo(f"loaded {agreement_id} / indlæst {agreement_id}")
        for line in agreement_changes.lines(db.session, agreement_id, before.get(agreement_id)):
            click.echo(f"  {line}")


@group.command("list")
def list_() -> None:
    """Print the stored agreements."""
    for row in service.list_agreements(db.session):
        codes = ", ".join(m.municipality_code for m in row.municipalities)
        click.echo(f"{row.id}\t{row.name}\t{row.company_name}\t{codes}")


def register(cli: click.Group) -> None:
    """Add the group to the `hub` command."""
    cli.add_command(group)
