"""`hub users` says what is wrong before it asks for a password, refuses a party option the role has no
use for, and `hub tokens revoke` speaks to an operator, not to a signed-in owner."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from hub.extensions import db
from hub.services import users


def _user(app: Flask, name: str) -> Any:
    with app.app_context():
        return users.user_by_name(db.session, name)


def _refused(result: Any, en: str, da: str) -> None:
    assert result.exit_code == 2, result.output
    assert f"error: {en}" in result.output.splitlines(), result.output
    assert f"fejl: {da}" in result.output.splitlines(), result.output
    assert "password / adgangskode" not in result.output  # never asked
    assert "Aborted" not in result.output


def test_an_unknown_municipality_is_said_before_the_password_is_asked_for(runner: Any) -> None:
    result = runner.invoke(args=["users", "add", "x", "--role", "municipality", "--municipality", "999"])
    _refused(
        result,
        "'999' is not a Danish municipality's code (three digits, e.g. 159 for Gladsaxe)",
        "'999' er ikke en dansk kommunekode (tre cifre, fx 159 for Gladsaxe)",
    )


def test_a_username_taken_is_said_before_the_password_is_asked_for(app: Flask, runner: Any) -> None:
    assert runner.invoke(args=["users", "add", "x", "--role", "admin", "--no-password"]).exit_code == 0
    result = runner.invoke(args=["users", "add", "X", "--role", "admin"])
    _refused(result, "user 'x' exists", "brugeren 'x' findes allerede")


@pytest.mark.parametrize(
    ("args", "en", "da"),
    [
        (
            ["--role", "admin", "--municipality", "163"],
            "an administrator is bound to no party: leave out --municipality",
            "en administrator bindes ikke til nogen part: udelad --municipality",
        ),
        (
            ["--role", "lead", "--municipality", "159", "--cvr", "22222228"],
            "a lead job centre user is bound by --municipality only: leave out --cvr",
            "en bruger med rollen tovholder bindes kun med --municipality: udelad --cvr",
        ),
        (
            ["--role", "company", "--cvr", "22222228", "--municipality", "163"],
            "a company user is bound by --cvr only: leave out --municipality",
            "en bruger med rollen virksomhed bindes kun med --cvr: udelad --municipality",
        ),
        (
            ["--role", "auditor", "--audit", "151:2026-07-01..2026-12-31", "--municipality", "163"],
            "an auditor user is bound by --audit only: leave out --municipality",
            "en bruger med rollen revisor bindes kun med --audit: udelad --municipality",
        ),
    ],
    ids=["admin with a municipality", "lead with a CVR", "company with a municipality", "auditor"],
)
def test_a_party_option_the_role_does_not_use_is_refused(
    app: Flask, runner: Any, args: list[str], en: str, da: str
) -> None:
    # Before, `--role admin --municipality 163` said "added x7 (admin, admin)", the option dropped.
    result = runner.invoke(args=["users", "add", "x7", *args, "--no-password"])
    _refused(result, en, da)
    assert _user(app, "x7") is None


def test_without_a_terminal_the_password_is_not_asked_for(app: Flask, runner: Any) -> None:
    result = runner.invoke(args=["users", "add", "x", "--role", "admin"], input="")
    _refused(
        result,
        "no terminal to ask for the password: give it on standard input with --password-stdin or add the "
        "user with --no-password",
        "ingen terminal at spørge om adgangskoden på: giv den på standard input med --password-stdin eller "
        "tilføj brugeren med --no-password",
    )
    assert _user(app, "x") is None


def test_password_stdin_and_no_password_together_are_refused(runner: Any) -> None:
    result = runner.invoke(args=["users", "add", "x", "--role", "admin", "--password-stdin", "--no-password"])
    _refused(
        result,
        "give --password-stdin or --no-password, not both",
        "angiv --password-stdin eller --no-password, ikke begge",
    )


@pytest.mark.parametrize("how", [["--password-stdin"], []], ids=["stdin", "prompt"])
def test_passwd_of_a_user_that_does_not_exist_says_so(runner: Any, how: list[str]) -> None:
    # Before: "a password needs at least 8 characters" for an empty standard input.
    result = runner.invoke(args=["users", "passwd", "nobody", *how], input="")
    # No user at all: the list of the known ones says so (`test_cli_known_names.py`).
    _refused(result, "no user 'nobody' (known: none)", "brugeren 'nobody' findes ikke (kendte: ingen)")


def test_passwd_still_refuses_a_short_password(app: Flask, runner: Any) -> None:
    assert runner.invoke(args=["users", "add", "y", "--role", "admin", "--no-password"]).exit_code == 0
    result = runner.invoke(args=["users", "passwd", "y", "--password-stdin"], input="short\n")
    assert result.exit_code == 2 and "fejl: en adgangskode skal have mindst 8 tegn" in result.output


def test_revoking_an_unknown_token_at_the_command_line_says_no_token(runner: Any) -> None:
    result = runner.invoke(args=["tokens", "revoke", "99999"])
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "error: no token 99999; hub tokens list USER lists a user's tokens",
        "fejl: nøglen 99999 findes ikke; hub tokens list BRUGER viser en brugers nøgler",
    ]
