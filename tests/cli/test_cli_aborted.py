"""Ctrl-C ends a command with a line in English and in Danish saying what was kept, exit 130 (128 +
SIGINT, as a shell reports it: README's exit-code table); a question answered no, or the end of input,
with click's "Aborted!" and the same in Danish, exit 1. Ctrl-C while a command works the embedded queue
reaches it as rq's StopRequested: the same to the person (it was "error: unexpected StopRequested")."""

from __future__ import annotations

from typing import Any

import click
import pytest
from flask import Flask
from rq.exceptions import StopRequested

from hub.cli import agreements
from hub.interrupts import Interrupted


def _stopped_by(monkeypatch: pytest.MonkeyPatch, stop: BaseException) -> None:
    def interrupted(*args: Any) -> None:
        raise stop

    monkeypatch.setattr(agreements.service, "list_agreements", interrupted)


@pytest.mark.parametrize("stop", [EOFError, click.Abort])
def test_an_aborted_command_says_so_in_english_and_danish(
    app: Flask, runner: Any, monkeypatch: pytest.MonkeyPatch, stop: type[BaseException]
) -> None:
    _stopped_by(monkeypatch, stop())
    result = runner.invoke(args=["agreements", "list"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[-2:] == ["Aborted!", "Afbrudt!"]


@pytest.mark.parametrize("stop", [KeyboardInterrupt, StopRequested])
def test_ctrl_c_says_what_was_kept_in_english_and_danish_with_exit_130(
    app: Flask, runner: Any, monkeypatch: pytest.MonkeyPatch, stop: type[BaseException]
) -> None:
    _stopped_by(monkeypatch, stop())
    result = runner.invoke(args=["agreements", "list"])
    assert result.exit_code == 130
    english, danish = [line for line in result.output.splitlines() if line.strip()][-2:]
    assert english.startswith("Interrupted (Ctrl-C): ") and "is kept" in english
    assert danish.startswith("Afbrudt (Ctrl-C): ") and "er gemt" in danish
    # Each says what was not written, too (the Danish lost its last word once, to a line's length).
    assert english.endswith(" is not written") and danish.endswith(" er ikke skrevet")


def test_a_command_that_says_what_it_kept_is_heard(
    app: Flask, runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stopped_by(
        monkeypatch, Interrupted("Interrupted (Ctrl-C): 1 of 2 kept", "Afbrudt (Ctrl-C): 1 af 2 gemt")
    )
    result = runner.invoke(args=["agreements", "list"])
    assert result.exit_code == 130
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[-2:] == ["Interrupted (Ctrl-C): 1 of 2 kept", "Afbrudt (Ctrl-C): 1 af 2 gemt"]
    assert "Traceback" not in result.output
