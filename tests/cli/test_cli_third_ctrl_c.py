"""A Ctrl-C after the one that stopped `hub ingest`'s batch (and gave it back) does not cut the clean-up:
rq's record of the stopped job ran unshielded, and a Ctrl-C there escaped rq's job handling into its
loop, which logged "found an unhandled exception, quitting..." with a traceback at ERROR, on the
person's terminal.

The three Ctrl-Cs are sent by the process to itself at the three moments, in the command's main thread
as a terminal's would arrive: two as the batch starts reading (the first asks the embedded queue's
worker to stop after the job, the second stops the job), the third as rq records the stopped job."""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from flask import Flask
from rq import SimpleWorker
from sqlalchemy import select
from test_cli_ingest_interrupt import MENTOR_HOURS

from hub.extensions import db
from hub.models import Submission
from hub.queue_stopping import CommandWorker
from hub.services import batch_reads


def ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


def test_a_third_ctrl_c_while_the_stopped_job_is_recorded_changes_nothing(
    runner: Any, app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0

    @contextmanager
    def reading(*args: Any, **kwargs: Any) -> Iterator[Any]:
        ctrl_c()  # the first: the worker stops after the job under way
        ctrl_c()  # the second: the job under way stops, its batch is given back
        yield {}  # not reached

    def handle_job_failure(self: CommandWorker, *args: Any, **kwargs: Any) -> None:
        ctrl_c()  # the third, while rq records the job the second one stopped
        SimpleWorker.handle_job_failure(self, *args, **kwargs)

    monkeypatch.setattr(batch_reads, "reading", reading)
    monkeypatch.setattr(CommandWorker, "handle_job_failure", handle_job_failure, raising=False)
    with caplog.at_level(logging.DEBUG):
        result = runner.invoke(args=["ingest", "-m", "ballerup", str(MENTOR_HOURS)])
    assert result.exit_code == 130, result.output
    # The command's own line, not a general one: the third Ctrl-C cut nothing.
    assert result.output.splitlines()[-2:] == [
        "Interrupted (Ctrl-C): 1 of 1 file stored; 1 of them not processed yet"
        " (send the same files again, or run hub requeue --minutes 0)",
        "Afbrudt (Ctrl-C): 1 af 1 fil gemt; 1 af dem er ikke behandlet endnu"
        " (send de samme filer igen, eller kør hub requeue --minutes 0)",
    ]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING and r.exc_info]
    assert "unhandled exception" not in caplog.text
    with app.app_context():
        status, lease = db.session.execute(select(Submission.status, Submission.lease_until)).one()
    assert (status, lease) == ("received", None)  # given back, as the second Ctrl-C does
