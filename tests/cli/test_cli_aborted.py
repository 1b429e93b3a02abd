"""Ctrl-C, or a question answered no, ends a command with click's "Aborted!" and the same in Danish, as
every other line of `hub` is said in both; the exit code stays click's 1 (README: any other failure).
Ctrl-C while a command works the embedded queue reaches it as rq's StopRequested: the same to the person
(it was "error: unexpected StopRequested")."""

from __future__ import annotations

from typing import Any

import click
import pytest
from flask import Flask
from rq.exceptions import StopRequested

from hub.cli import agreements


@pytest.mark.parametrize("stop", [KeyboardInterrupt, EOFError, click.Abort, StopRequested])
def test_an_aborted_command_says_so_in_english_and_danish(
    app: Flask, runner: Any, monkeypatch: pytest.MonkeyPatch, stop: type[BaseException]
) -> None:
    def interrupted(*args: Any) -> None:
        raise stop()

    monkeypatch.setattr(agreements.service, "list_agreements", interrupted)
    result = runner.invoke(args=["agreements", "list"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[-2:] == ["Aborted!", "Afbrudt!"]
