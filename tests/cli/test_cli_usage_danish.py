"""Click's own errors reading a command line are said in Danish too, after click's English line, with
click's exit code 2: every error of `hub` is a line in each language. And the help of the operator's
commands says what their arguments take."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask


@pytest.mark.parametrize(
    ("args", "english", "danish"),
    [
        (
            ["claim"],
            "Error: Missing argument 'MUNICIPALITY'.",
            "fejl: 'MUNICIPALITY' mangler; se 'hub claim --help'",
        ),
        (
            ["bundle", "151", "--out", "b.zip"],
            "Error: Missing option '--period'.",
            "fejl: '--period' mangler; se 'hub bundle --help'",
        ),
        (
            ["audit", "check", "151", "--period", "2026-Q3", "--lang", "fr"],
            "Error: Invalid value for '--lang'",
            "fejl: ugyldig værdi for '--lang' (se ovenfor); se 'hub audit check --help'",
        ),
        (
            ["claim", "163", "--bogus"],
            "Error: No such option '--bogus'",
            "fejl: tilvalget --bogus findes ikke; se 'hub claim --help'",
        ),
        (
            ["nosuch"],
            "Error: No such command 'nosuch'.",
            "fejl: kommandoen 'nosuch' findes ikke; se 'hub --help'",
        ),
        (
            ["audit", "nosuch"],
            "Error: No such command 'nosuch'.",
            "fejl: kommandoen 'nosuch' findes ikke; se 'hub audit --help'",
        ),
        (
            ["--bogus"],
            "Error: No such option '--bogus'",
            "fejl: tilvalget --bogus findes ikke; se 'hub --help'",
        ),
    ],
)
def test_a_bad_command_line_is_said_in_english_then_danish(
    app: Flask, runner: Any, args: list[str], english: str, danish: str
) -> None:
    result = runner.invoke(args=args)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    said = next(i for i, line in enumerate(lines) if line.startswith("Error:"))
    assert lines[said].startswith(english)
    assert lines[said + 1] == danish
    assert "Traceback" not in result.output


def test_help_and_a_good_command_line_are_as_before(app: Flask, runner: Any) -> None:
    helped = runner.invoke(args=["claim", "--help"])
    assert (
        helped.exit_code == 0 and helped.output.startswith("Usage: hub claim") and "fejl" not in helped.output
    )
    listed = runner.invoke(args=["agreements", "list"])
    assert listed.exit_code == 0 and "fejl" not in listed.output


@pytest.mark.parametrize("args", [[], ["audit"]])
def test_a_group_named_alone_shows_its_help_and_no_error(app: Flask, runner: Any, args: list[str]) -> None:
    shown = runner.invoke(args=args)
    assert shown.output.startswith("Usage: hub") and "Commands:" in shown.output
    assert "fejl" not in shown.output and "Error" not in shown.output


@pytest.mark.parametrize(
    ("args", "example"),
    [
        (["claim", "--help"], "(herlev)"),
        (["bundle", "--help"], "(ballerup)"),
        (["audit", "check", "--help"], "(ballerup)"),
    ],
)
def test_the_help_says_what_municipality_and_period_take(
    app: Flask, runner: Any, args: list[str], example: str
) -> None:
    # Not "On the municipality's claim period, and over.": the forms each takes, in words.
    helped = " ".join(runner.invoke(args=args).output.split())
    assert "MUNICIPALITY is its code" in helped and example in helped
    assert "of the kind it claims by" in helped and "2026-Q3" in helped
