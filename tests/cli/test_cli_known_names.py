"""A name on the command line that names nothing is refused with the names there are (stop 47): a
person who typed `hub ingest --company nope` sees the agreement ids to type instead. English `error:`
then Danish `fejl:`, exit 2, nothing done; a long list shows its first 20 and counts the rest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask

from hub.extensions import db
from hub.services import users
from hub.services.user_parties import Party

GOLDEN = ROOT / "tests" / "golden"
# The seed's four agreements, by the ids their files give them, in order.
AGREEMENT_IDS = "brfkredit, danfoss, falck-hovedstaden, falck-randers"
MUNICIPALITY_CONFIGS = sorted((ROOT / "config" / "municipalities").glob("*.toml"))


def _refused(result: Any) -> tuple[str, str]:
    """The one `error:` line and the one `fejl:` line of a refusal, exit 2, no traceback."""
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    fejl = [line for line in lines if line.startswith("fejl: ")]
    assert len(errors) == 1 and len(fejl) == 1, result.output
    assert "unexpected" not in result.output and "Traceback" not in result.output
    return errors[0], fejl[0]


@pytest.fixture
def loaded(runner: Any) -> Any:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    return runner


def test_ingest_as_an_unknown_company_lists_the_agreements(loaded: Any) -> None:
    result = loaded.invoke(args=["ingest", str(GOLDEN / "herlev" / "placement.csv"), "--company", "nope"])
    assert _refused(result) == (
        f"error: no agreement 'nope' (known: {AGREEMENT_IDS})",
        f"fejl: ingen aftale 'nope' (kendte: {AGREEMENT_IDS})",
    )


@pytest.mark.parametrize(
    "args",
    [
        ["ingest", "x.csv", "--company", "nope"],
        ["payments", "nope", "--period", "2026-08"],
        ["export", "company", "nope", "--format", "json", "--out", "{tmp}/x.json", "--period", "2026-08"],
        ["form", "company", "nope", "--kind", "mentor_hours", "--format", "pdf", "--out", "{tmp}/x.pdf"],
        ["claim", "herlev", "--agreement", "nope", "--period", "2026-08", "--out", "{tmp}/c.csv"],
        ["dashboard", "rebuild", "danfoss", "nope"],
    ],
)
def test_every_agreement_looked_up_by_id_lists_the_ids(loaded: Any, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out"  # beside the app's var/
    out.mkdir()
    result = loaded.invoke(args=[a.replace("{tmp}", str(out)) for a in args])
    english, danish = _refused(result)
    assert english.endswith(f"'nope' (known: {AGREEMENT_IDS})"), english
    assert danish.endswith(f"'nope' (kendte: {AGREEMENT_IDS})"), danish
    assert not list(out.iterdir())  # nothing written


@pytest.mark.parametrize(
    "args",
    [
        ["ingest", "x.csv", "-m", "nope"],
        ["reprocess", "-m", "nope", "--dry-run"],
        ["adapters", "test", "nope"],
        ["claim", "nope", "--agreement", "danfoss", "--period", "2026-08", "--out", "{tmp}/c.csv"],
        ["bundle", "nope", "--period", "2026-Q3", "--out", "{tmp}/b.zip"],
        ["audit", "check", "nope", "--period", "2026-08"],
    ],
)
def test_every_municipality_looked_up_by_name_lists_those_with_a_config(
    runner: Any, tmp_path: Path, args: list[str]
) -> None:
    out = tmp_path / "out"  # beside the app's var/
    out.mkdir()
    result = runner.invoke(args=[a.replace("{tmp}", str(out)) for a in args])
    english, danish = _refused(result)
    assert english.startswith("error: no adapter for municipality 'nope' (known: "), english
    assert danish.startswith("fejl: ingen adapter for kommunen 'nope' (kendte: "), danish
    # Each config as a person may type it, by name or code: Herlev is 163, Gladsaxe 159.
    listed = english.removeprefix("error: no adapter for municipality 'nope' (known: ").removesuffix(")")
    assert "herlev (163)" in listed.split(", ") and "gladsaxe (159)" in listed.split(", ")
    assert len(listed.split(", ")) == len(MUNICIPALITY_CONFIGS)  # fewer than 20: every one
    assert danish.endswith(f"(kendte: {listed})")
    assert not list(out.iterdir())


@pytest.mark.parametrize(
    "args",
    [
        ["users", "passwd", "nobody", "--password-stdin"],
        ["users", "deactivate", "nobody"],
        ["users", "activate", "nobody"],
        ["tokens", "issue", "nobody", "t"],
        ["tokens", "list", "nobody"],
    ],
)
def test_an_unknown_username_lists_the_users(app: Flask, runner: Any, args: list[str]) -> None:
    with app.app_context():
        for name in ("sagsbeh", "it-herlev"):
            users.add_user(db.session, name, "municipality", Party(municipality="163"), "test")
    result = runner.invoke(args=args, input="secret password\n")
    assert _refused(result) == (
        "error: no user 'nobody' (known: it-herlev, sagsbeh)",
        "fejl: brugeren 'nobody' findes ikke (kendte: it-herlev, sagsbeh)",
    )


def test_a_long_list_shows_twenty_names_and_counts_the_rest(app: Flask, runner: Any) -> None:
    names = [f"bruger{n:02}" for n in range(1, 26)]  # 25 users: 20 shown, 5 counted
    with app.app_context():
        for name in names:
            users.add_user(db.session, name, "municipality", Party(municipality="163"), "test")
    english, danish = _refused(runner.invoke(args=["users", "deactivate", "nobody"]))
    first = ", ".join(names[:20])
    assert english == f"error: no user 'nobody' (known: {first} and 5 more: hub users list lists every one)"
    assert danish == (
        f"fejl: brugeren 'nobody' findes ikke (kendte: {first} og 5 til: hub users list viser dem alle)"
    )


def test_an_unknown_token_says_where_the_ids_are(runner: Any) -> None:
    assert _refused(runner.invoke(args=["tokens", "revoke", "99999"])) == (
        "error: no token 99999; hub tokens list USER lists a user's tokens",
        "fejl: nøglen 99999 findes ikke; hub tokens list BRUGER viser en brugers nøgler",
    )


def test_an_unknown_schema_revision_is_bad_input_with_the_revisions(runner: Any) -> None:
    # Was "unexpected CommandError", exit 1 (Alembic's own error).
    english, danish = _refused(runner.invoke(args=["db", "upgrade", "--revision", "nope"]))
    newest = sorted(p.name[:4] for p in (ROOT / "hub" / "migrations" / "versions").glob("0*.py"))[-1]
    assert english.startswith("error: no schema revision 'nope' (known: 0001, 0002, "), english
    assert english.endswith(f", {newest}); leave out --revision for the newest"), english
    assert danish.startswith("fejl: ingen skemaversion 'nope' (kendte: 0001, 0002, "), danish
    assert danish.endswith(f", {newest}); udelad --revision for den nyeste"), danish
