"""Several tasks sent to a sandbox worker at once (`sandbox_many.run_many`): each answered in order, each
under its own limits, and a task that fails costs only itself: the tasks after it go to a new worker.

The stand-ins run in the worker, so they are functions of this module (imported there by name).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from hub.adapters.readers import sandbox, sandbox_many, sandbox_pool


@pytest.fixture(autouse=True)
def _fresh_workers() -> Iterator[None]:
    sandbox.shutdown()
    yield
    sandbox.shutdown()


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value


def _die(code: int) -> None:
    os._exit(code)


def _fail() -> None:
    raise ValueError("a broken document")


def _fail_quoting() -> None:
    # As a library words a value it could not take: the document's own text in the message.
    raise ValueError("field 'Navn': cannot convert 'Anna Hansen 010190-1234'")


def test_a_failure_is_named_by_its_class_and_place_never_its_text() -> None:
    # The answer is the cause of the sender's refusal, kept in a failed submission's traceback and rq's
    # failure record: none of the document's words may be in it (decision 0065, stop 54).
    (answer,) = sandbox_many.run_many([(_fail_quoting, ())])
    assert isinstance(answer, sandbox.SandboxError) and answer.kind == "error"
    said = str(answer)
    assert said.startswith("error: builtins.ValueError at hub/")  # the innermost line of the hub's code
    assert "Anna" not in said and "010190" not in said and "Navn" not in said
    with pytest.raises(sandbox.SandboxError) as raised:
        sandbox.run(_fail_quoting)
    assert "Anna" not in str(raised.value) and "010190" not in str(raised.value)


def test_every_answer_comes_in_order_from_one_worker() -> None:
    answers = list(sandbox_many.run_many([(_pid_and, (n,)) for n in range(6)]))
    assert [value for _, value in answers] == list(range(6))
    assert len({pid for pid, _ in answers}) == 1 != os.getpid()
    # The worker stays warm for what comes next.
    assert sandbox.run(os.getpid) == answers[0][0]


@pytest.mark.parametrize(
    ("bad", "kind"),
    [
        ((_die, (70,)), "crash"),
        ((_fail, ()), "error"),
        ((bytearray, (2 * sandbox_pool.MEMORY_BYTES,)), "memory"),
    ],
    ids=["dies", "raises", "too much memory"],
)
def test_a_task_that_fails_costs_only_itself(bad: tuple[object, tuple[object, ...]], kind: str) -> None:
    tasks = [(_pid_and, (1,)), (_pid_and, (2,)), bad, (_pid_and, (4,)), (_pid_and, (5,))]
    answers = list(sandbox_many.run_many(tasks))  # type: ignore[arg-type]
    assert len(answers) == 5
    failed = answers[2]
    assert isinstance(failed, sandbox.SandboxError) and failed.kind == kind
    before, after = answers[:2], answers[3:]
    assert [value for _, value in before + after] == [1, 2, 4, 5]
    # The tasks after the failure were read by a fresh worker, not the one that failed.
    assert {pid for pid, _ in before}.isdisjoint(pid for pid, _ in after)


def _timed(tasks: list[tuple[object, tuple[object, ...]]], timeout: float) -> list[tuple[float, object]]:
    """Each answer of `run_many` with the seconds since the one before was taken (the first: since
    the tasks were sent)."""
    out = []
    last = time.monotonic()
    for answer in sandbox_many.run_many(tasks, timeout=timeout):  # type: ignore[arg-type]
        now = time.monotonic()
        out.append((now - last, answer))
        last = now
    return out


def _ready() -> None:
    """Run in each worker before the timed tasks, so that it has imported this module (their functions')."""


def _two_warm_workers() -> None:
    """Both of the pool's workers started, each with this module imported. The task after one that times
    out then goes to the spare rather than to a new interpreter, whose start-up (over two seconds on a
    loaded machine) would be counted in that task's limit: no task's limit is spent on a start-up."""
    sandbox.shutdown()
    assert sandbox.start(_ready) == sandbox_pool.MAX_WORKERS


def test_each_task_has_its_own_time_limit_counted_from_the_answer_before() -> None:
    """Each of the first two tasks sleeps 0.6 of the limit, 1.2 of it together: had a task's limit run
    from the first send, the second would time out, and less than one limit after it was asked for (it
    was asked for at least 0.6 of a limit after the send), whatever the machine's load. A limit counted
    from the asking never times a task out sooner than a whole limit after (`poll` waits at least that
    long): that is asserted of every timeout, on every try. A loaded machine (seven test suites on two
    cores) can delay an answer past its limit however wide the margin; a try where it did so has not
    shown the second answer coming past one limit, and is tried again with a wider limit. Load never
    fails the test; the fault fails it on the first try."""
    for limit in (2.0, 4.0, 8.0):
        _two_warm_workers()
        tasks = [(time.sleep, (0.6 * limit,)), (time.sleep, (0.6 * limit,)), (time.sleep, (60,))]
        tasks.append((_pid_and, (4,)))
        answers = _timed(tasks, limit)
        for waited, answer in answers:
            if isinstance(answer, sandbox.SandboxError) and answer.kind == "timeout":
                assert waited >= limit  # never sooner than a whole limit after the answer before
        assert answers[2][0] < 30  # the third was stopped at its limit, not slept out
        if answers[0][1] is None and answers[1][1] is None:
            assert answers[0][0] + answers[1][0] > limit  # the second's answer came past one limit
            assert isinstance(answers[2][1], sandbox.SandboxError) and answers[2][1].kind == "timeout"
            # The run goes on after the timeout, on the spare worker (only the third task's was stopped).
            fourth = answers[3][1]
            assert isinstance(fourth, tuple) and fourth[1] == 4
            return
    pytest.fail("the first two tasks timed out at every limit")


def test_a_worker_killed_while_idle_costs_no_task() -> None:
    pid = sandbox.run(os.getpid)
    os.kill(pid, 9)
    time.sleep(0.2)
    answers = list(sandbox_many.run_many([(_pid_and, (1,)), (_pid_and, (2,))]))
    assert [value for _, value in answers] == [1, 2]
    assert answers[0][0] != pid


def test_a_caller_that_stops_listening_leaves_no_busy_worker() -> None:
    answers = sandbox_many.run_many([(_pid_and, (n,)) for n in range(4)])
    pid, _ = next(answers)
    answers.close()  # the batch ended early: the worker, still on the rest, is not handed out again
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped, not put back in the pool with answers still on their way
    fresh = sandbox.run(os.getpid)
    assert isinstance(fresh, int) and fresh not in (pid, os.getpid())
