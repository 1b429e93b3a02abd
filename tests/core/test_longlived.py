"""Long-running commands freeze what they loaded to start; what they make later is collected as before.
A worker starts its reader processes before its first job."""

from __future__ import annotations

import gc
import weakref

import pytest
from flask.testing import FlaskCliRunner

from hub import longlived
from hub.cli import worker as worker_command


class _Node:
    me: _Node | None = None


def test_freeze_exempts_what_is_alive_and_still_collects_what_comes_after() -> None:
    before = gc.get_threshold()
    try:
        frozen = longlived.freeze()
        assert frozen == gc.get_freeze_count() > 10_000  # the modules and the test run's objects
        node = _Node()
        node.me = node  # a cycle: only a collection frees it
        gone = weakref.ref(node)
        del node
        gc.collect()
        assert gone() is None
    finally:
        gc.unfreeze()  # the rest of the test run as it was
        gc.set_threshold(*before)


def test_after_the_freeze_cycles_are_still_collected_by_themselves_only_less_often() -> None:
    before = gc.get_threshold()
    try:
        longlived.freeze()
        node = _Node()
        node.me = node
        gone = weakref.ref(node)
        del node
        few = [[] for _ in range(1_000)]  # past Python's default of 700, short of the worker's threshold
        assert gone() is not None
        many = [[] for _ in range(longlived.THRESHOLDS[0])]  # a batch's worth: a collection runs by itself
        assert gone() is None
        assert len(few) + len(many) > longlived.THRESHOLDS[0]
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


@pytest.mark.parametrize("args", [["reprocess", "-m", "gladsaxe"], ["worker", "--burst"]])
def test_reprocess_and_the_worker_freeze_what_they_loaded(
    runner: FlaskCliRunner, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(longlived, "freeze", lambda: calls.append(1) or 0)
    result = runner.invoke(args=args)
    assert result.exit_code == 0, result.output
    assert calls == [1]


def test_the_worker_starts_its_readers_before_it_takes_a_job(
    runner: FlaskCliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(longlived, "freeze", lambda: calls.append("freeze") or 0)
    monkeypatch.setattr(worker_command, "start_readers", lambda: calls.append("readers") or 2)
    # `run` starts them once the servers answer (tests/ingest/test_worker_waits.py), before its jobs.
    monkeypatch.setattr(
        worker_command.supervise,
        "run",
        lambda app, burst, when_ready: (when_ready(), calls.append("jobs")),
    )
    result = runner.invoke(args=["worker", "--burst"])
    assert result.exit_code == 0, result.output
    assert calls == ["freeze", "readers", "jobs"]
