"""`hub users` and `hub tokens`: add, list, passwd, deactivate, demo; issue, list, revoke."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import ApiToken
from hub.services import api_tokens, users


def _user(app: Flask, name: str) -> Any:
    with app.app_context():
        return users.user_by_name(db.session, name)


def test_add_a_municipality_user_with_a_password_from_stdin(app: Flask, runner: Any) -> None:
    result = runner.invoke(
        args=["users", "add", "sagsbeh", "--role", "lead", "--municipality", "159", "--password-stdin"],
        input="a long password\n",
    )
    assert result.exit_code == 0, result.output
    assert "added sagsbeh (lead, municipality 159)" in result.output
    with app.app_context():
        assert users.authenticate(db.session, "sagsbeh", "a long password", "test") is not None


def test_add_an_auditor_with_its_period(app: Flask, runner: Any) -> None:
    result = runner.invoke(
        args=[
            "users",
            "add",
            "rev",
            "--role",
            "auditor",
            "--audit",
            "151:2026-08-01..2026-10-31",
            "--no-password",
        ]
    )
    assert result.exit_code == 0, result.output
    user = _user(app, "rev")
    assert (user.municipality_code, user.audit_start, user.audit_end) == (
        "151",
        date(2026, 8, 1),
        date(2026, 10, 31),
    )
    assert user.password_hash is None
    # Ballerup claims by quarter: August–October cuts the third and the fourth, which it cannot open.
    assert (
        "warning: the audit period 2026-08-01..2026-10-31 cuts through 2026-Q3, 2026-Q4, claim periods of "
        "municipality 151 (it claims by quarter): the auditor cannot open them" in result.output
    )
    warned = (
        "advarsel: revisionsperioden 1. aug. 2026–31. okt. 2026 skærer 3. kvartal 2026 og 4. kvartal 2026"
        " over"
    )
    assert warned in result.output
    whole = runner.invoke(
        args=[
            "users",
            "add",
            "rev2",
            "--role",
            "auditor",
            "--audit",
            "151:2026-07-01..2026-12-31",
            "--no-password",
        ]
    )
    assert whole.exit_code == 0 and "warning" not in whole.output


def test_bad_audit_period_exits_2_in_both_languages(app: Flask, runner: Any) -> None:
    result = runner.invoke(args=["users", "add", "rev", "--role", "auditor", "--audit", "151:2026-10-31"])
    assert result.exit_code == 2
    assert (
        "expected a municipality code and FIRST..LAST" in result.output
        and "skriv kommunekode og FØRSTE..SIDSTE" in result.output
    )
    assert _user(app, "rev") is None
    # Two good dates the wrong way round are said to be so.
    result = runner.invoke(
        args=["users", "add", "rev", "--role", "auditor", "--audit", "151:2026-10-31..2026-08-01"]
    )
    assert result.exit_code == 2
    assert "error: the audit period's first day 2026-10-31 is after its last day 2026-08-01" in result.output
    assert "fejl: revisionsperiodens første dag 2026-10-31 ligger efter dens sidste dag" in result.output
    assert _user(app, "rev") is None


def test_a_company_user_without_its_cvr_exits_2(app: Flask, runner: Any) -> None:
    result = runner.invoke(args=["users", "add", "x", "--role", "company", "--no-password"])
    assert result.exit_code == 2
    assert "must be bound to its party" in result.output
    assert "a company user must be bound to its party: the company's CVR number" in result.output
    assert _user(app, "x") is None


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["--role", "municipality", "--municipality", "999"], "'999' is not a Danish municipality's code"),
        (["--role", "lead", "--municipality", "0999"], "is not a Danish municipality's code"),
        (["--role", "auditor", "--audit", "998:2026-08-01..2026-10-31"], "'998' is not a Danish"),
        (["--role", "company", "--cvr", "22222229"], "'22222229' is not a valid CVR number"),
    ],
    ids=["unknown code", "unknown four-digit code", "auditor's unknown code", "CVR check digit"],
)
def test_a_party_that_does_not_exist_is_refused(
    app: Flask, runner: Any, args: list[str], reason: str
) -> None:
    # Such a user could see nothing, and the pages that name its party could not be shown.
    result = runner.invoke(args=["users", "add", "x", *args, "--no-password"])
    assert result.exit_code == 2 and reason in result.output, result.output
    assert _user(app, "x") is None


def test_a_municipality_is_bound_by_its_code_however_written(app: Flask, runner: Any) -> None:
    assert (
        runner.invoke(
            args=["users", "add", "a", "--role", "lead", "--municipality", "0159", "--no-password"]
        ).exit_code
        == 0
    )
    assert (
        runner.invoke(
            args=["users", "add", "b", "--role", "municipality", "--municipality", "herlev", "--no-password"]
        ).exit_code
        == 0
    )
    assert (_user(app, "a").municipality_code, _user(app, "b").municipality_code) == ("159", "163")


@pytest.mark.parametrize("name", ["anna jensen", "<script>", ""])
def test_a_username_with_spaces_or_markup_is_refused(app: Flask, runner: Any, name: str) -> None:
    result = runner.invoke(args=["users", "add", name, "--role", "admin", "--no-password"])
    assert result.exit_code == 2 and "no spaces" in result.output


def test_short_password_is_refused(app: Flask, runner: Any) -> None:
    args = ["users", "add", "y", "--role", "admin", "--password-stdin"]
    result = runner.invoke(args=args, input="short\n")
    assert result.exit_code == 2 and "mindst 8 tegn" in result.output
    assert _user(app, "y") is None


def test_list_passwd_and_deactivate(app: Flask, runner: Any) -> None:
    runner.invoke(args=["users", "add", "falck", "--role", "company", "--cvr", "22222228", "--no-password"])
    assert (
        runner.invoke(
            args=["users", "passwd", "falck", "--password-stdin"], input="new password 1\n"
        ).exit_code
        == 0
    )
    with app.app_context():
        assert users.authenticate(db.session, "falck", "new password 1", "test") is not None
    assert runner.invoke(args=["users", "deactivate", "falck"]).exit_code == 0
    listed = runner.invoke(args=["users", "list"]).output
    assert listed.strip() == "falck\tcompany\tcompany 22222228\tdeactivated"
    with app.app_context(), pytest.raises(users.Deactivated):
        users.authenticate(db.session, "falck", "new password 1", "test")
    assert runner.invoke(args=["users", "deactivate", "nobody"]).exit_code == 2
    again = runner.invoke(args=["users", "activate", "falck"])
    assert again.exit_code == 0, again.output
    assert "activated falck; 0 tokens from before revoked" in again.output
    assert "aktiveret falck; 0 nøgler fra før tilbagekaldt" in again.output
    with app.app_context():
        assert users.authenticate(db.session, "falck", "new password 1", "test") is not None
    assert runner.invoke(args=["users", "activate", "nobody"]).exit_code == 2


def test_demo_users_are_the_five_and_idempotent(app: Flask, runner: Any) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    first = runner.invoke(args=["users", "demo"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(args=["users", "demo"])
    assert again.output == first.output
    expected = {
        "lead-gladsaxe": ("lead", "159", None, None, None),
        "kommune-herlev": ("municipality", "163", None, None, None),
        "falck": ("company", None, "22222228", None, None),  # config/agreements/falck-hovedstaden.toml
        # July (the demo's first timesheets) to the end of the quarter of its last month, October: Ballerup
        # claims by quarter, and a quarter cut short could never be opened.
        "revisor-ballerup": ("auditor", "151", None, date(2026, 7, 1), date(2026, 12, 31)),
        "admin": ("admin", None, None, None, None),
    }
    with app.app_context():
        for name, party in expected.items():
            user = users.user_by_name(db.session, name)
            assert user is not None
            assert (
                user.role,
                user.municipality_code,
                user.company_cvr,
                user.audit_start,
                user.audit_end,
            ) == party
            assert users.authenticate(db.session, name, "demo", "test") is not None
    assert "password: demo" in first.output


def test_demo_users_need_the_agreements(app: Flask, runner: Any) -> None:
    result = runner.invoke(args=["users", "demo"])
    assert result.exit_code == 2 and "hub agreements load" in result.output


def test_tokens_issue_list_revoke(app: Flask, runner: Any) -> None:
    runner.invoke(
        args=[
            "users",
            "add",
            "herlev-sys",
            "--role",
            "municipality",
            "--municipality",
            "163",
            "--no-password",
        ]
    )
    issued = runner.invoke(args=["tokens", "issue", "herlev-sys", "Sagssystem"])
    assert issued.exit_code == 0, issued.output
    raw = issued.stdout.strip()
    assert raw.startswith("hub_") and len(raw) > 40
    with app.app_context():
        assert api_tokens.token_principal(db.session, raw) is not None
    listed = runner.invoke(args=["tokens", "list", "herlev-sys"]).output.strip().split("\t")
    token_id = listed[0]
    assert listed[1] == "Sagssystem" and listed[2] == raw[:12] + "…" and listed[-1] == "live"
    # Made now, and said in Danish time as the tokens page says it.
    with app.app_context():
        made = db.session.scalars(select(ApiToken.created_at)).one()
    assert listed[3] == f"{made.astimezone(ZoneInfo('Europe/Copenhagen')):%Y-%m-%d %H:%M}"
    assert raw not in runner.invoke(args=["tokens", "list", "herlev-sys"]).output
    assert runner.invoke(args=["tokens", "revoke", token_id]).exit_code == 0
    with app.app_context():
        assert api_tokens.token_principal(db.session, raw) is None
    assert (
        runner.invoke(args=["tokens", "list", "herlev-sys"])
        .output.strip()
        .split("\t")[-1]
        .startswith("revoked")
    )
    assert runner.invoke(args=["tokens", "revoke", "9999"]).exit_code == 2
    assert runner.invoke(args=["tokens", "issue", "nobody", "x"]).exit_code == 2


def test_no_token_for_a_deactivated_user(app: Flask, runner: Any) -> None:
    runner.invoke(args=["users", "add", "u4", "--role", "admin", "--no-password"])
    assert runner.invoke(args=["users", "deactivate", "u4"]).exit_code == 0
    result = runner.invoke(args=["tokens", "issue", "u4", "system"])
    assert result.exit_code == 2 and "is deactivated" in result.output and "hub_" not in result.output
