"""`hub --help` lists the hub's commands and options, not Flask's or its extensions'."""

from __future__ import annotations

from typing import Any


def test_help_lists_the_hubs_own_commands_only(runner: Any) -> None:
    result = runner.invoke(args=["--help"])
    assert result.exit_code == 0, result.output
    assert "ingest" in result.output and "worker" in result.output and "audit" in result.output
    for foreign in ("--app", "--env-file", "--debug", "limiter", "openapi"):
        assert foreign not in result.output, foreign
    # Left out of the list, not broken: named, they still run.
    assert runner.invoke(args=["openapi", "--help"]).exit_code == 0
