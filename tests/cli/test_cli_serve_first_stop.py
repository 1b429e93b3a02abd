"""A stop that reaches `hub serve` while it is still saying where it is (a script or systemd sends it as
soon as that line is read; on a loaded machine the hub is often still inside the line when it comes) is
the first stop: the worker thread's job under way is finished, as for a stop that comes once it serves.
It was taken for a second one, which stops the job and gives its batch back to the queue."""

from __future__ import annotations

import signal
from types import FrameType
from typing import Any

import click
import pytest
from flask import Flask

from hub.cli import serve as serve_command


class ReachedTheTest(Exception):
    """SIGTERM got past the command to the test's own handler (Python's default would end pytest)."""


def _to_the_test(signum: int, frame: FrameType | None) -> None:
    raise ReachedTheTest


class Server:
    """waitress's server: never reached here, the stop comes before its loop."""

    def run(self) -> None:
        raise AssertionError("the server ran: the stop was meant to come before its loop")


def test_a_sigterm_while_the_hub_says_where_it_is_finishes_the_job_under_way(
    app: Flask, runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.config["WORKER_THREAD"] = True  # the embedded queue's worker thread, as `hub serve` runs it
    monkeypatch.setattr(serve_command.queue, "start_thread", lambda app: None)
    cuts: list[bool] = []

    def stop_thread(app: Flask, cut: bool = False) -> tuple[str, int]:
        cuts.append(cut)
        return ("stopped" if cut else "finished"), 0  # what `ThreadWorker.stop` says of a job under way

    monkeypatch.setattr(serve_command.queue, "stop_thread", stop_thread)
    monkeypatch.setattr(serve_command, "create_server", lambda *args, **kwargs: Server())
    real_echo = click.echo

    def echo(message: Any = None, *args: Any, **kwargs: Any) -> None:
        real_echo(message, *args, **kwargs)
        if str(message).startswith("the hub is at"):
            signal.raise_signal(signal.SIGTERM)  # its handler runs here, as the line is said

    monkeypatch.setattr(click, "echo", echo)
    before = signal.signal(signal.SIGTERM, _to_the_test)
    try:
        result = runner.invoke(args=["serve", "--port", "5077"])
    finally:
        signal.signal(signal.SIGTERM, before)
    assert cuts == [False]  # one stop: the job under way is finished, not cut
    assert result.exit_code == 143, (result.output, result.exception)
    assert result.output.splitlines()[-2:] == [
        "Stopped (SIGTERM): the hub no longer serves; the job under way was finished; no job was waiting",
        "Stoppet (SIGTERM): hubben svarer ikke længere; jobbet, der var i gang, blev gjort færdigt;"
        " intet job ventede",
    ]
