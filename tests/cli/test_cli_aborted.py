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


def test_ctrl_c_while_click_reads_the_command_line_is_130_not_aborted(
    app: Flask, runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hub.cli import cli  # noqa: PLC0415 - the group whose own options are read first

    def reading(*args: Any) -> list[str]:
        raise KeyboardInterrupt  # as Ctrl-C arrives while click parses `hub`'s options

    monkeypatch.setattr(cli, "parse_args", reading)
    result = runner.invoke(args=["agreements", "list"])
    assert result.exit_code == 130, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [
        "Interrupted (Ctrl-C) before the command started: nothing was done",
        "Afbrudt (Ctrl-C) før kommandoen gik i gang: intet er gjort",
    ]


@pytest.mark.parametrize(
    ("pressed", "code", "said"),
    [
        (KeyboardInterrupt, 130, ("Interrupted (Ctrl-C): ", "Afbrudt (Ctrl-C): ")),
        (EOFError, 1, ("Aborted!", "Afbrudt!")),
    ],
)
def test_ctrl_c_at_a_question_is_ctrl_c_and_end_of_input_is_aborted(
    app: Flask,
    runner: Any,
    monkeypatch: pytest.MonkeyPatch,
    pressed: type[BaseException],
    code: int,
    said: tuple[str, str],
) -> None:
    def answering(*args: Any) -> str:
        raise pressed  # as the terminal's read ends (the runner sets its own `visible_prompt_func`)

    def asking(*args: Any) -> None:
        click.prompt("password / adgangskode")  # click makes Ctrl-C and end of input both an Abort

    monkeypatch.setattr(click.termui, "_readline_prompt", answering)
    monkeypatch.setattr(agreements.service, "list_agreements", asking)
    result = runner.invoke(args=["agreements", "list"])
    assert result.exit_code == code, result.output
    # The question is on standard output, the answer to it on standard error: their order is the runner's.
    lines = [line for line in result.output.splitlines() if line.strip() and "password" not in line]
    english, danish = lines[-2:]
    assert english.startswith(said[0]) and danish.startswith(said[1])
