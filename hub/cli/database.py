"""`hub db`: create or migrate the database."""

from __future__ import annotations

import sys

import click
from alembic.util import CommandError
from flask import current_app
from flask.cli import AppGroup

from hub.cli import known
from hub.cli.common import EXIT_FAILED, EXIT_UNAVAILABLE, bad_input_exits_2
from hub.errors import HubError
from hub.extensions import blobs, db
from hub.services import blob_prune, schema, sequencer
from hub.words import FILES, counted

group = AppGroup("db", help="Create or migrate the database.")


@group.command("upgrade")
@click.option("--revision", default="head", show_default=True, help="Target migration.")
@bad_input_exits_2
def upgrade(revision: str) -> None:
    """Create the database or bring it to the newest schema."""
    try:
        schema.upgrade(db.engine, revision)
    except CommandError:
        # Alembic's "Can't locate revision" was "unexpected CommandError", exit 1: a mistyped --revision
        # is bad input, said with the revisions there are (`known`). Nothing was migrated.
        # Every revision, however many: four digits each, the newest last (no command lists them, and
        # cut at `known.SHOWN` the list lost the newest, the one a person most likely meant).
        revisions = sorted(schema._known()[1])
        en, da = known.listed(revisions, "", most=len(revisions))
        raise HubError(
            f"no schema revision {revision!r} {en}; leave out --revision for the newest",
            f"ingen skemaversion {revision!r} {da}; udelad --revision for den nyeste",
        ) from None
    click.echo(_schema_line(db.engine.url.render_as_string(hide_password=True)))
    # The first machine to upgrade stores its pseudonym key's fingerprint; another machine's differing
    # key is refused here, before it serves or works (`hub.services.key_fingerprints`).
    db.ready(current_app._get_current_object())  # type: ignore[attr-defined]
    if revision == "head":
        # The old hash chain's entries wait in the sequencer's inbox after the upgrade to the Merkle log.
        sealed = sequencer.integrate_quietly(current_app._get_current_object())  # type: ignore[attr-defined]
        if not sealed:  # migrated, but the log not sealed: the reason is logged above
            sys.exit(EXIT_UNAVAILABLE if sealed.database_down else EXIT_FAILED)


def _schema_line(where: str) -> str:
    """Where the schema stands now, by its revision ("head" is Alembic's word, not a revision a person
    can compare with `/readyz`'s or a log line's), in English and Danish."""
    with db.engine.connect() as connection:
        verdict, found, _expected = schema.state(connection)
    at = ", ".join(found) or "-"
    if verdict == "current":
        return f"database at {where}: schema {at}, the newest / skema {at}, det nyeste"
    return f"database at {where}: schema {at} / skema {at}"


@group.command("prune-blobs")
@click.option(
    "--hours",
    default=1.0,
    show_default=True,
    # Refused below an hour rather than quietly raised to it: a younger blob may be an upload's whose
    # rows are still being written (`blob_prune.MIN_AGE_SECONDS`).
    type=click.FloatRange(min=blob_prune.MIN_AGE_SECONDS / 3600),
    help="Only blobs older than this many hours (at least 1).",
)
@bad_input_exits_2
def prune_blobs(hours: float) -> None:
    """Remove stored files no document names (left by an upload whose transaction failed)."""
    removed = blob_prune.prune(db.session, blobs.store, hours * 3600)
    en, da = counted(removed, *FILES)
    click.echo(f"removed {en} no document names / fjernede {da} uden dokument")


@group.command("revision")
@click.argument("message")
def make_revision(message: str) -> None:
    """Write a new migration from the models (for developers)."""
    schema.revision(db.engine, message)


def register(cli: click.Group) -> None:
    """Add the group to the `hub` command."""
    cli.add_command(group)
