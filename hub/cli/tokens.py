"""`hub tokens`: API tokens for municipal systems, each a user's, bound to that user's party."""

from __future__ import annotations

from datetime import datetime

import click
from flask.cli import AppGroup

from hub.cli import known, user_lines
from hub.cli.common import DATABASE_ID, bad_input_exits_2, seals_audit_log
from hub.errors import NotFound
from hub.extensions import db
from hub.periods import DENMARK
from hub.services import api_tokens, token_expiry

ACTOR = "cli"
tokens = AppGroup("tokens", help="API tokens for municipal systems: stored hashed, revocable, expiring.")


def _when(moment: datetime) -> str:
    """A time in Danish time, as the tokens page shows it."""
    return f"{moment.astimezone(DENMARK):%Y-%m-%d %H:%M}"


@tokens.command("issue")
@click.argument("username")
@click.argument("name")
@click.option(
    "--days",
    type=int,
    default=api_tokens.DEFAULT_DAYS,
    show_default=True,
    help=f"Days the token is valid, at most {api_tokens.MAX_DAYS}; then it is refused (401 token_expired).",
)
@seals_audit_log
@bad_input_exits_2
def issue(username: str, name: str, days: int) -> None:
    """Issue a token for a user's party, valid --days days; it is printed this once and stored only as
    its hash."""
    known.user(db.session, username)
    row, raw = api_tokens.new_token(db.session, username, name, ACTOR, days)
    click.echo(user_lines.token_issued(row.id, username, name, _when(row.expires_at)), err=True)
    click.echo(raw)


@tokens.command("revoke")
@click.argument("token_id", type=DATABASE_ID)
@seals_audit_log
@bad_input_exits_2
def revoke(token_id: int) -> None:
    """Revoke a token: requests with it are refused from now on."""
    try:
        row = api_tokens.revoke(db.session, None, token_id, ACTOR)
    except NotFound as exc:  # an id mistyped: where to find the right one
        raise NotFound(
            f"{exc.message}; hub tokens list USER lists a user's tokens",
            f"{exc.message_da}; hub tokens list BRUGER viser en brugers nøgler",
        ) from None
    click.echo(user_lines.token_revoked(row.id, row.name, row.user.username))


@tokens.command("list")
@click.argument("username")
@bad_input_exits_2
def list_tokens(username: str) -> None:
    """Print a user's tokens: id, name, prefix, created, last used, expires, and live, expired or revoked
    (in Danish time, as the tokens page shows them)."""
    known.user(db.session, username)
    rows = api_tokens.user_tokens(db.session, username)
    for row in rows:
        used = _when(row.last_used_at) if row.last_used_at else "-"
        state = "expired" if token_expiry.expired(row) else "live"
        state = f"revoked {_when(row.revoked_at)}" if row.revoked_at else state
        made, ends = _when(row.created_at), _when(row.expires_at)
        click.echo(f"{row.id}\t{row.name}\t{row.prefix}…\t{made}\t{used}\t{ends}\t{state}")
    if not rows:
        # Nothing printed read as a command that did nothing: said on standard error, so that standard
        # output stays the table, empty, for a script.
        click.echo(user_lines.plain("no tokens for", "ingen nøgler til", username), err=True)


def register(cli: click.Group) -> None:
    """Add the group to the `hub` command."""
    cli.add_command(tokens)
