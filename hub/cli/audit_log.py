"""`hub audit log`: the audit log's entries, newest first, as filtered: who read or changed what, when.

Its own read is an entry, as the operator's page's is (`read.audit_log`, actor `cli`, `as` "cli"): the
entries say who read which citizen's record, so the one who read them at a shell is on record too.
"""

from __future__ import annotations

import json
from datetime import datetime

import click
from flask.cli import with_appcontext

from hub.cli.common import bad_input_exits_2, seals_audit_log
from hub.errors import HubError
from hub.extensions import db
from hub.jsoncodec import dumps
from hub.periods import DENMARK
from hub.services import audit_list, audit_log_reads

ACTOR = "cli"


@click.command("log")
@with_appcontext
@click.option("--action", default="", help="Entries whose action starts so: read. (every read), submission.")
@click.option(
    "--actor",
    default="",
    help="Entries of one user: revisor-ballerup (or user:revisor-ballerup); or cli, worker, demo.",
)
@click.option("--subject", default="", help="Entries about one thing: record:42, placement:7.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="From this day (Danish time) on.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="To this day (Danish time), included.")
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@seals_audit_log
@bad_input_exits_2
def log(
    action: str,
    actor: str,
    subject: str,
    since: datetime | None,
    until: datetime | None,
    limit: int,
    as_json: bool,
) -> None:
    """Print the newest entries that match: id, time (Danish), actor, action, subject, detail. No entry
    holds a CPR number. `hub audit log --action read. --actor user:falck` is every read by Falck's user."""
    first, last = (since.date() if since else None), (until.date() if until else None)
    if first is not None and last is not None and first > last:
        raise HubError(
            f"--since {first} is after --until {last}: no day is in both",
            f"--since {first} ligger efter --until {last}: ingen dag er i begge",
        )
    wanted = audit_list.Filter(action, actor, subject, first, last, limit)
    found = audit_list.entries(db.session, wanted)
    for entry in found:
        when = entry.occurred_at.astimezone(DENMARK).isoformat(timespec="seconds")
        row = {"id": entry.id, "occurred_at": when, "actor": entry.actor, "action": entry.action}
        row |= {"subject": entry.subject, "detail": entry.detail}
        if as_json:
            click.echo(dumps(row))
        else:
            detail = json.dumps(entry.detail, ensure_ascii=False)
            click.echo("\t".join([str(entry.id), when, entry.actor, entry.action, entry.subject, detail]))
    # After the printing: the entries shown are those read before this read was written (as the page's).
    audit_log_reads.note(db.session, ACTOR, {}, "cli", wanted, len(found))


def add_to(group: click.Group) -> None:
    """Add `log` to `hub audit`."""
    group.add_command(log)
