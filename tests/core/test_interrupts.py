"""Ctrl-C while a command works the embedded queue, or while Python runs a weakref callback: the command
stops, every time (`hub.interrupts`, `queue_stopping.CommandWorker`)."""

from __future__ import annotations

import os
import signal
import weakref
from pathlib import Path

import pytest
from flask import Flask

from hub import interrupts
from hub.queue import queue


def interrupted(path: str) -> None:
    """A job during which Ctrl-C is pressed: it notes that it ran, then signals its own process."""
    with Path(path).open("a", encoding="utf-8") as out:
        out.write("ran\n")
    os.kill(os.getpid(), signal.SIGINT)


def test_ctrl_c_during_a_job_stops_the_burst_after_it_and_raises(app: Flask, tmp_path: Path) -> None:
    ran = tmp_path / "ran.txt"
    before = signal.getsignal(signal.SIGINT)
    with app.app_context():
        first = queue.enqueue(interrupted, str(ran), description="the first")
        second = queue.enqueue(interrupted, str(ran), description="the second")
        with pytest.raises(KeyboardInterrupt):
            queue.run_burst(app)
        # The job under way finished; the next was left in the queue for another time.
        assert first.get_status(refresh=True) == "finished"
        assert second.get_status(refresh=True) == "queued"
    assert ran.read_text(encoding="utf-8") == "ran\n"
    assert signal.getsignal(signal.SIGINT) is before  # the command's own handler is back


# The drop itself is what the test makes happen: pytest reports it as an unraisable exception.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_ctrl_c_python_drops_in_a_weakref_callback_is_raised_at_the_next_check() -> None:
    class Thing:
        pass

    def gone(_ref: object) -> None:
        # The handler raises here, inside the callback, where Python prints the exception and drops it.
        os.kill(os.getpid(), signal.SIGINT)

    with interrupts.noted():
        thing = Thing()
        ref = weakref.ref(thing, gone)
        try:
            del thing  # the callback runs, and the KeyboardInterrupt raised in it goes nowhere
        except KeyboardInterrupt:  # raised here after all: a failure of this test, not the end of the run
            pytest.fail("the interrupt was raised outside the weakref callback")
        assert ref() is None
        with pytest.raises(KeyboardInterrupt):
            interrupts.check()
    interrupts.check()  # outside `noted()` nothing is noted: a later command starts afresh


def test_ctrl_c_inside_a_deferred_step_is_raised_when_the_step_ends() -> None:
    steps: list[str] = []
    with pytest.raises(KeyboardInterrupt), interrupts.noted():
        with interrupts.deferred():
            os.kill(os.getpid(), signal.SIGINT)  # the handler runs here, before the next line
            steps.append("the step went on to its end")
        steps.append("the command went on after the step")
    assert steps == ["the step went on to its end"]


def test_signals_inside_a_shielded_step_reach_their_handler_once_it_ends() -> None:
    # As a third Ctrl-C while a stopped batch gives its submissions back: the step is not cut.
    steps: list[str] = []
    heard: list[int] = []
    before = signal.signal(signal.SIGTERM, lambda signum, frame: heard.append(signum))
    # Python's own SIGINT handler, whatever an earlier test in this process left (an rq worker's).
    before_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            with interrupts.shielded():
                os.kill(os.getpid(), signal.SIGTERM)
                os.kill(os.getpid(), signal.SIGINT)  # Python's own handler would raise here
                steps.append("the step went on to its end")
                assert heard == []
            steps.append("the command went on after the step")
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
    finally:
        signal.signal(signal.SIGTERM, before)
        signal.signal(signal.SIGINT, before_int)
    assert steps == ["the step went on to its end"]
    # Raised again in the order they came, each to the handler in place after the step.
    assert heard == [signal.SIGTERM]


def test_a_noted_step_inside_another_leaves_the_outer_one_watching() -> None:
    # Every command that writes is watched as a whole (`seals_audit_log`); `hub ingest` watches its files
    # again inside: a SIGTERM after that inner step is still noted as SIGTERM, and the handler before
    # the outer step is back once it ends.
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt), interrupts.noted():
        with interrupts.noted():
            pass
        signal.raise_signal(signal.SIGTERM)
    assert interrupts.stopped_by() == signal.SIGTERM
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_signal_held_by_a_shielded_step_that_fails_is_still_raised() -> None:
    # As a Ctrl-C during a batch's claim whose UPDATE then fails (a lost server): the failure must not
    # swallow the Ctrl-C, or the command (or worker) goes on as if it had never been pressed.
    before_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt) as stopped:
            with interrupts.shielded():
                os.kill(os.getpid(), signal.SIGINT)
                raise RuntimeError("the step failed")
        assert isinstance(stopped.value.__context__, RuntimeError)  # the failure is kept, as its context
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before_int)


def test_a_stop_noted_before_an_inner_noted_step_is_not_forgotten() -> None:
    # `hub ingest` under `seals_audit_log`: a Ctrl-C whose raise Python dropped (inside a library's
    # callback) between the command's start and its files' step must stop that step at its first check,
    # not be cleared by it and the files stored as if it had never been pressed.
    steps: list[str] = []
    with pytest.raises(KeyboardInterrupt), interrupts.noted():
        interrupts.ask(signal.SIGINT)  # what the handler notes before a raise that Python then drops
        with interrupts.noted():
            interrupts.check()
            steps.append("the inner step went on")
    assert steps == []
    assert interrupts.stopped_by() == signal.SIGINT
