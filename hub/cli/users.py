"""`hub users`: people that may sign in, each bound to one party (their API tokens: `hub.cli.tokens`)."""

from __future__ import annotations

import sys

import click
from flask.cli import AppGroup

from hub.access import ROLE_NAMES, ROLES
from hub.cli import known, user_lines
from hub.cli.common import bad_input_exits_2, seals_audit_log
from hub.errors import HubError
from hub.extensions import db
from hub.services import demo_users, user_parties, user_status, users
from hub.services.user_parties import Party
from hub.words import TOKENS, counted

ACTOR = "cli"
group = AppGroup("users", help="Users: one role each, bound to one party.")


# The option that gives each role's party; an administrator is bound to none.
PARTY_OPTION = {
    "lead": "--municipality",
    "municipality": "--municipality",
    "company": "--cvr",
    "auditor": "--audit",
    "admin": None,
}


def _party(role: str, municipality: str | None, cvr: str | None, audit: str | None) -> Party:
    """The party the options give, refusing an option the role has no use for: dropped silently, an
    admin given `--municipality 163` would look bound to Herlev to whoever typed it, and be bound to
    nothing."""
    given = {"--municipality": municipality, "--cvr": cvr, "--audit": audit}
    wanted = PARTY_OPTION[role]
    extra = [option for option, value in given.items() if value is not None and option != wanted]
    if extra:
        da, en = ROLE_NAMES[role]
        leave = " and ".join(extra)
        if wanted is None:
            raise HubError(
                f"an {en} is bound to no party: leave out {leave}",
                f"en {da} bindes ikke til nogen part: udelad {' og '.join(extra)}",
            )
        article = "an" if en[:1] in "aeiou" else "a"
        raise HubError(
            f"{article} {en} user is bound by {wanted} only: leave out {leave}",
            f"en bruger med rollen {da} bindes kun med {wanted}: udelad {' og '.join(extra)}",
        )
    if audit is not None:
        return user_parties.audit_party(audit)
    return Party(municipality=municipality, company_cvr=cvr)


def _read_password(from_stdin: bool, may_have_none: bool = False) -> str:
    """The password from standard input, or asked for twice on the terminal; with no terminal to ask
    on, the command is refused (getpass would warn, echo, and end in "Aborted!")."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise HubError(
            "no terminal to ask for the password: give it on standard input with --password-stdin"
            + (" or add the user with --no-password" if may_have_none else ""),
            "ingen terminal at spørge om adgangskoden på: giv den på standard input med --password-stdin"
            + (" eller tilføj brugeren med --no-password" if may_have_none else ""),
        )
    password: str = click.prompt("password / adgangskode", hide_input=True, confirmation_prompt=True)
    return password


@group.command("add")
@click.argument("username")
@click.option("--role", required=True, type=click.Choice(ROLES))
@click.option("--municipality", help="Municipality code (lead, municipality).")
@click.option("--cvr", help="Company CVR number (company).")
@click.option("--audit", help="Auditor's municipality and period: 151:2026-08-01..2026-10-31.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.option("--no-password", is_flag=True, help="No password: the user signs in by single sign-on only.")
@seals_audit_log
@bad_input_exits_2
def add(
    username: str,
    role: str,
    municipality: str | None,
    cvr: str | None,
    audit: str | None,
    password_stdin: bool,
    no_password: bool,
) -> None:
    """Add a user bound to its party."""
    if password_stdin and no_password:
        raise HubError(
            "give --password-stdin or --no-password, not both",
            "angiv --password-stdin eller --no-password, ikke begge",
        )
    party = _party(role, municipality, cvr, audit)
    # Everything that can be wrong is said before a person is asked to type a password twice.
    users.check_new_user(db.session, username, role, party)
    db.session.rollback()  # a read only: hold no transaction while a person types
    password = None if no_password else _read_password(password_stdin, may_have_none=True)
    user = users.add_user(db.session, username, role, party, ACTOR, password=password)
    click.echo(user_lines.added(user.username, users.principal(user)))
    if (cut := user_parties.cut_claim_periods(party)) is not None:
        click.echo(f"warning: {cut[0]}\nadvarsel: {cut[1]}", err=True)


@group.command("list")
def list_() -> None:
    """Print every user: name, role, party, and whether it may sign in."""
    for user in users.all_users(db.session):
        state = "active" if user.active else "deactivated"
        click.echo(f"{user.username}\t{user.role}\t{users.principal(user).party}\t{state}")


@group.command("passwd")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@seals_audit_log
@bad_input_exits_2
def passwd(username: str, password_stdin: bool) -> None:
    """Set a user's password."""
    known.user(db.session, username)  # "no user 'x'" before a password is asked for, not after
    db.session.rollback()  # a read only: hold no transaction while a person types
    user_status.change_password(db.session, username, _read_password(password_stdin), ACTOR)
    click.echo(user_lines.plain("password changed for", "adgangskoden er skiftet for", username))


@group.command("deactivate")
@click.argument("username")
@seals_audit_log
@bad_input_exits_2
def deactivate(username: str) -> None:
    """Stop a user signing in; its tokens stop working too."""
    known.user(db.session, username)
    user_status.deactivate(db.session, username, ACTOR)
    click.echo(user_lines.plain("deactivated", "deaktiveret", username))


@group.command("activate")
@click.argument("username")
@seals_audit_log
@bad_input_exits_2
def activate(username: str) -> None:
    """Let a deactivated user sign in again; its tokens from before stay refused (revoked)."""
    known.user(db.session, username)
    _user, revoked = user_status.activate(db.session, username, ACTOR)
    en, da = counted(revoked, *TOKENS)
    click.echo(f"activated {username}; {en} from before revoked")
    click.echo(f"aktiveret {username}; {da} fra før tilbagekaldt")


@group.command("demo")
@seals_audit_log
@bad_input_exits_2
def demo() -> None:
    """Create the demo's five users (password `demo`) if they do not exist, and print them."""
    made = demo_users.ensure_demo_users(db.session, ACTOR)
    pw = demo_users.PASSWORD
    click.echo(f"demo users (password: {pw}) / demobrugere (adgangskode: {pw}):")
    for user in made:
        click.echo(f"  {user.username:<18} {user.role:<13} {user.party}")


def register(cli: click.Group) -> None:
    """Add the group to the `hub` command."""
    cli.add_command(group)
