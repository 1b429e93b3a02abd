"""The sandbox's wall clock judges the child's work, not the host's load: a child that outlives the
wall timeout without having used its CPU budget (starved by a busy host, or stopped) is waited for, up
to a backstop of several timeouts; a child that burns CPU is still stopped by its CPU limit, and one
that hangs without CPU by the backstop.

The stand-ins run in the worker, so they are functions of this module (imported there by name).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Iterator

import pytest
from test_readers_pdf import _form
from test_readers_pdf_sandbox import refused_too_slow

from hub.adapters.readers import sandbox, sandbox_many, sandbox_pool
from hub.adapters.readers.pdf import read_pdf

LIMIT = 0.25  # the lowered wall timeout of these tests (the real one is sandbox.WALL_SECONDS)


@pytest.fixture(autouse=True)
def _fresh_workers() -> Iterator[None]:
    sandbox.shutdown()
    yield
    sandbox.shutdown()


def _slept(seconds: float) -> str:
    time.sleep(seconds)  # no CPU used: what a child the host does not schedule looks like from outside
    return "answered"


def _spin(*_args: object) -> None:
    while True:
        pass


def _warm() -> int:
    """A worker started (its start-up not counted in a task's limit); its pid."""
    pid = sandbox.run(os.getpid)
    assert pid != os.getpid()
    return pid


def test_a_child_slower_than_the_wall_timeout_without_using_its_cpu_is_answered(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Six timeouts of sleep, well within a wide backstop: a busy host, not a hostile file.
    monkeypatch.setattr(sandbox, "BACKSTOP_TIMES", 400, raising=False)
    _warm()
    with caplog.at_level(logging.WARNING, logger=sandbox.__name__):
        assert sandbox.run(_slept, 6 * LIMIT, timeout=LIMIT) == "answered"
    # The operator is told the host is too busy for its readers, in both languages.
    (said,) = [record.getMessage() for record in caplog.records]
    english, danish = said.split(" / ")
    assert english.startswith("a reader answered after more than ") and english.endswith(
        " s (its limit: 0.25 s): the host is too busy for its readers"
    )
    assert danish.startswith("en læser svarede efter mere end ") and danish.endswith(
        " s (grænsen: 0.25 s): maskinen er for travl til sine læsere"
    )
    # The same for tasks sent to a worker at once.
    answers = list(sandbox_many.run_many([(_slept, (6 * LIMIT,)), (_slept, (0,))], timeout=LIMIT))
    assert answers == ["answered", "answered"]


def test_a_child_stopped_past_the_wall_timeout_and_continued_is_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sandbox, "BACKSTOP_TIMES", 400, raising=False)
    pid = _warm()
    os.kill(pid, signal.SIGSTOP)  # not scheduled at all, as on a host with twenty runnable processes
    resume = threading.Timer(8 * LIMIT, os.kill, (pid, signal.SIGCONT))
    resume.start()
    try:
        assert sandbox.run(os.getpid, timeout=LIMIT) == pid
    finally:
        resume.cancel()
        with contextlib.suppress(ProcessLookupError):  # a worker stopped on the timeout is gone
            os.kill(pid, signal.SIGCONT)


def test_a_child_that_burns_cpu_is_still_stopped_by_its_cpu_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox_pool, "CPU_SECONDS", 1)  # sent to the workers started from here on
    # The CPU limit, not the backstop, must stop it.
    monkeypatch.setattr(sandbox, "BACKSTOP_TIMES", 4000, raising=False)
    _warm()
    with pytest.raises(sandbox.SandboxError) as raised:
        sandbox.run(_spin, timeout=LIMIT)
    assert raised.value.kind == "timeout"
    assert raised.value.detail == f"exit code {-signal.SIGXCPU}"  # the kernel stopped it, not the clock
    # The caseworker is told what she was told before.
    refusal = refused_too_slow(monkeypatch, _spin, "drejer.pdf", LIMIT)
    assert isinstance(refusal.__cause__, sandbox.SandboxError)
    assert refusal.__cause__.detail == f"exit code {-signal.SIGXCPU}"


def test_a_child_that_hangs_without_cpu_is_stopped_at_the_backstop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "BACKSTOP_TIMES", 4, raising=False)
    pid = _warm()
    with pytest.raises(sandbox.SandboxError) as raised:
        sandbox.run(_slept, 60, timeout=LIMIT)
    assert raised.value.kind == "timeout"
    assert raised.value.detail == "no answer within 1 s"  # four timeouts of 0.25 s
    with pytest.raises(ProcessLookupError):  # stopped, not left sleeping beside its replacement
        os.kill(pid, 0)
    assert {v.key: v.value for v in read_pdf(_form(), "næste.pdf").values}["ansat"] == "jobcenter"


def test_where_the_cpu_time_cannot_be_read_the_wall_timeout_decides_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = _warm()
    (worker,) = sandbox._get_pool().idle
    assert (worker.cpu_used() or 0) > 0  # read on Linux: the interpreter's start-up used some
    monkeypatch.setattr(sandbox_pool.Worker, "cpu_used", lambda self: None)  # no /proc
    with pytest.raises(sandbox.SandboxError) as raised:
        sandbox.run(_slept, 60, timeout=LIMIT)
    assert raised.value.detail == f"no answer within {LIMIT:g} s"
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
