"""`hub dashboard rebuild`: compute the dashboards' summaries again from the canonical store."""

from __future__ import annotations

import click
from flask.cli import AppGroup
from sqlalchemy import select

from hub.cli import known
from hub.cli.common import bad_input_exits_2
from hub.extensions import db
from hub.models import Agreement
from hub.services import dashboard_summary
from hub.words import PLACEMENTS, counted

group = AppGroup("dashboard", help="The dashboards' summaries.")


@group.command("rebuild")
@click.argument("agreement_ids", nargs=-1)
@bad_input_exits_2
def rebuild(agreement_ids: tuple[str, ...]) -> None:
    """Rebuild the summaries of the given agreements (default: all): after `hub db upgrade` to 0006, or a
    change of an agreement's payment terms or of a municipality's audit rules."""
    for wanted in agreement_ids:
        known.agreement(db.session, wanted)
    every = list(db.session.scalars(select(Agreement.id).order_by(Agreement.id)))
    for agreement_id in agreement_ids or every:
        count = dashboard_summary.rebuild(db.session, agreement_id)
        en, da = counted(count, *PLACEMENTS)
        click.echo(f"{agreement_id}: {en} summarised / {da} opsummeret")


def register(cli: click.Group) -> None:
    """Add the group to the `hub` command."""
    cli.add_command(group)
