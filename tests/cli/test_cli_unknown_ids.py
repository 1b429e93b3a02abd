"""A municipality, agreement, record, user or token that does not exist is bad input: one line in
English and one in Danish, `error:` / `fejl:`, exit 2, never "unexpected" (README, "The `hub` command")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"


def _said_both(result: Any, en: str, da: str) -> None:
    assert result.exit_code == 2, result.output
    # A name that names nothing is followed by the names there are (`test_cli_known_names.py`).
    lines = [line.split(" (known: ")[0].split(" (kendte: ")[0] for line in result.output.splitlines()]
    assert f"error: {en}" in lines, result.output
    assert f"fejl: {da}" in lines, result.output
    assert "unexpected" not in result.output


def test_adapters_test_names_an_unknown_municipality(runner: Any) -> None:
    result = runner.invoke(args=["adapters", "test", "nope"])
    _said_both(result, "no adapter for municipality 'nope'", "ingen adapter for kommunen 'nope'")


@pytest.mark.parametrize(
    ("given", "en", "da"),
    [
        # Digits that are no municipality's code: "no adapter for municipality '999'" read as a
        # municipality the hub lacks an adapter for.
        ("999", "'999' is not a Danish municipality code", "'999' er ikke en dansk kommunekode"),
        ("0999", "'0999' is not a Danish municipality code", "'0999' er ikke en dansk kommunekode"),
        # København (101) is a municipality; this hub has no config for it.
        ("101", "no adapter for municipality '101'", "ingen adapter for kommunen '101'"),
    ],
)
def test_a_code_that_is_no_municipality_is_said_to_be_none(runner: Any, given: str, en: str, da: str) -> None:
    result = runner.invoke(args=["adapters", "test", given])
    _said_both(result, en, da)


def test_reprocess_names_an_unknown_municipality_in_both_languages(runner: Any) -> None:
    result = runner.invoke(args=["reprocess", "-m", "nope", "--dry-run"])
    _said_both(result, "no adapter for municipality 'nope'", "ingen adapter for kommunen 'nope'")


def test_ingest_as_an_unknown_agreement_is_the_whole_commands_bad_input(runner: Any) -> None:
    result = runner.invoke(args=["ingest", str(GOLDEN / "herlev" / "placement.pdf"), "--company", "nope"])
    _said_both(result, "no agreement 'nope'", "ingen aftale 'nope'")
    assert "rejected" not in result.output  # not one line per file


@pytest.mark.parametrize(
    "args",
    [
        ["adapters", "test", "nope"],
        ["reprocess", "-m", "nope"],
        ["ingest", "x.pdf", "-m", "nope"],
        ["ingest", "x.pdf", "--company", "nope"],
        ["explain", "99999"],
        ["payments", "nope", "--period", "2026-08"],
        ["export", "company", "nope", "--format", "json", "--out", "{tmp}/x.json", "--period", "2026-08"],
        ["form", "company", "nope", "--kind", "mentor_hours", "--format", "pdf", "--out", "{tmp}/x.pdf"],
        ["claim", "nope", "--agreement", "falck-hovedstaden", "--period", "2026-Q3", "--out", "{tmp}/c"],
        ["claim", "herlev", "--agreement", "nope", "--period", "2026-08", "--out", "{tmp}/c.csv"],
        ["audit", "check", "nope", "--period", "2026-08"],
        ["bundle", "nope", "--period", "2026-Q3", "--out", "{tmp}/b.zip"],
        ["dashboard", "rebuild", "nope"],
        ["users", "deactivate", "nobody"],
        ["users", "passwd", "nobody", "--password-stdin"],
        ["tokens", "issue", "nobody", "t"],
        ["tokens", "list", "nobody"],
        ["tokens", "revoke", "99999"],
    ],
)
def test_every_command_taking_an_id_says_an_unknown_one_in_both_languages(
    runner: Any, tmp_path: Path, args: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(args=[a.replace("{tmp}", str(out)) for a in args], input="")
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert sum(line.startswith("error: ") for line in lines) == 1, result.output
    assert sum(line.startswith("fejl: ") for line in lines) == 1, result.output
    assert "unexpected" not in result.output and "Traceback" not in result.output
    assert not list(out.iterdir())  # nothing written


def test_adapters_check_refuses_a_golden_folder_that_is_not_there(runner: Any, tmp_path: Path) -> None:
    missing = tmp_path / "does-not-exist"
    result = runner.invoke(args=["adapters", "check", "--golden", str(missing)])
    _said_both(
        result, f"no folder {missing} (the golden files)", f"mappen {missing} findes ikke (golden-filerne)"
    )
    assert "ok " not in result.output  # refused before any config is called "ok"


def test_adapters_test_refuses_a_golden_folder_that_is_not_there(runner: Any, tmp_path: Path) -> None:
    result = runner.invoke(args=["adapters", "test", "herlev", "--golden", str(tmp_path)])
    folder = tmp_path / "herlev"
    _said_both(
        result, f"no folder {folder} (the golden files)", f"mappen {folder} findes ikke (golden-filerne)"
    )


def test_adapters_check_says_a_folder_without_configs_in_both_languages(runner: Any, tmp_path: Path) -> None:
    result = runner.invoke(args=["adapters", "check", "--dir", str(tmp_path)])
    _said_both(
        result,
        f"no municipality configs (*.toml) in {tmp_path}",
        f"ingen kommunekonfigurationer (*.toml) i {tmp_path}",
    )


@pytest.mark.parametrize("args", [["explain"], ["tokens", "revoke"]])
def test_an_id_beyond_the_databases_integers_is_bad_input_not_an_overflow(
    runner: Any, args: list[str]
) -> None:
    # 2**63 is one past the largest id the database holds; it was "unexpected OverflowError", exit 1.
    result = runner.invoke(args=[*args, str(2**63)])
    assert result.exit_code == 2, result.output
    assert "is not in the range" in result.output and "fejl: ugyldig værdi for" in result.output
    assert "unexpected" not in result.output and "Overflow" not in result.output
