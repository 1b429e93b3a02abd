"""A reader child that dies on a document is replaced, the document rejected once, and the pool stays warm."""

from __future__ import annotations

import functools
import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from test_readers_pdf import _form

from hub.adapters.readers import pdf, sandbox, sandbox_pool
from hub.adapters.readers.pdf import read_pdf
from hub.errors import UnreadableDocument


@pytest.fixture(autouse=True)
def _fresh_workers() -> Iterator[None]:
    sandbox.shutdown()
    yield
    sandbox.shutdown()


# Stand-ins for `pdf._read_in_child`, run in the worker: each notes the call in the file named by the
# document's bytes (so the test can count attempts across processes), then kills its own process.
def _exit_at_once(data: bytes, filename: str, with_labels: bool) -> None:
    with Path(data.decode()).open("a") as calls:
        calls.write(f"{filename}\n")
    os._exit(70)


def _segfault(data: bytes, filename: str, with_labels: bool) -> None:
    with Path(data.decode()).open("a") as calls:
        calls.write(f"{filename}\n")
    os.kill(os.getpid(), signal.SIGSEGV)


def _kill_self(data: bytes, filename: str, with_labels: bool) -> None:
    with Path(data.decode()).open("a") as calls:
        calls.write(f"{filename}\n")
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize(
    ("killer", "reason_en", "reason_da"),
    [
        (_exit_at_once, "damaged PDF: the reader stopped on it", "beskadiget PDF: læseren stoppede på den"),
        (_segfault, "damaged PDF: the reader stopped on it", "beskadiget PDF: læseren stoppede på den"),
        # An unexplained SIGKILL is what the kernel's OOM killer sends.
        (
            _kill_self,
            "reading the PDF needed too much memory",
            "læsning af PDF'en krævede for meget hukommelse",
        ),
    ],
    ids=["exit", "SIGSEGV", "SIGKILL"],
)
def test_a_child_that_dies_is_replaced_and_its_document_rejected_once(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    killer: Callable[..., None],
    reason_en: str,
    reason_da: str,
) -> None:
    calls = tmp_path / "calls.txt"
    monkeypatch.setattr(pdf, "_read_in_child", killer)
    for name in ("første.pdf", "anden.pdf"):
        with pytest.raises(UnreadableDocument) as info:
            read_pdf(str(calls).encode(), name)
        (problem,) = info.value.problems
        assert problem.file == name
        assert problem.reason_en.startswith(reason_en) and problem.reason_da.startswith(reason_da)
    # One attempt per document: a document that kills its reader is not tried again.
    assert calls.read_text().splitlines() == ["første.pdf", "anden.pdf"]
    monkeypatch.undo()
    assert {v.key: v.value for v in read_pdf(_form(), "tredje.pdf").values}["ansat"] == "jobcenter"


def test_the_pool_stays_warm_between_documents() -> None:
    first = sandbox.run(os.getpid)
    read_pdf(_form(), "a.pdf")
    read_pdf(_form(), "b.pdf")
    assert sandbox.run(os.getpid) == first != os.getpid()


def test_a_rejected_document_does_not_cost_the_worker() -> None:
    # A damaged file is an answer from the reader, not a failure of the worker: it is kept.
    first = sandbox.run(os.getpid)
    with pytest.raises(UnreadableDocument):
        read_pdf(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R", "skadet.pdf")
    assert sandbox.run(os.getpid) == first


def _killed_while_idle() -> int:
    """Start a worker, then kill it from outside while it waits for a task; its pid."""
    pid = sandbox.run(os.getpid)
    os.kill(pid, signal.SIGKILL)
    (worker,) = sandbox._get_pool().idle
    worker.process.wait(5)
    return pid


def test_a_worker_killed_while_idle_is_replaced_without_costing_the_document() -> None:
    dead = _killed_while_idle()
    assert sandbox.run(os.getpid) not in (dead, os.getpid())
    assert sandbox._get_pool().count == 1


def test_when_no_new_worker_can_start_the_count_stays_true(monkeypatch: pytest.MonkeyPatch) -> None:
    # The dead worker is released once: a replacement that cannot start must not release it again,
    # which would let the pool start more workers than MAX_WORKERS later.
    _killed_while_idle()

    def cannot_start(self: object) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(sandbox_pool.Worker, "__init__", cannot_start)
    with pytest.raises(OSError, match="no more processes"):
        sandbox.run(os.getpid)
    assert sandbox._get_pool().count == 0
    monkeypatch.undo()
    assert sandbox.run(os.getpid) != os.getpid()
    assert sandbox._get_pool().count == 1


def _pids() -> set[int]:
    return {worker.process.pid for worker in sandbox._get_pool().workers}


def _note_ready(path: str) -> None:
    with Path(path).open("a") as calls:
        calls.write(f"{os.getpid()}\n")


def test_started_readers_are_the_ones_the_first_documents_use(tmp_path: Path) -> None:
    # `hub worker` starts the pool with itself: its first documents wait for no reader to start.
    noted = tmp_path / "ready"
    started = sandbox.start(functools.partial(_note_ready, str(noted)))
    assert started == sandbox_pool.MAX_WORKERS
    pids = _pids()
    assert len(pids) == sandbox_pool.MAX_WORKERS
    assert {int(line) for line in noted.read_text().split()} == pids  # each ran `ready` once
    for _ in range(2 * sandbox_pool.MAX_WORKERS):
        assert read_pdf(_form(), "x.pdf").values
    assert _pids() == pids  # no reader started for the documents


def test_a_reader_that_fails_to_get_ready_is_not_kept_and_documents_still_read(tmp_path: Path) -> None:
    calls = tmp_path / "calls"
    calls.write_text("")
    assert sandbox.start(functools.partial(_exit_at_once, str(calls).encode(), "ready", False)) == 0
    assert len(calls.read_text().split()) == sandbox_pool.MAX_WORKERS
    assert _pids() == set()
    assert read_pdf(_form(), "x.pdf").values


def _hang(data: bytes, filename: str, with_labels: bool) -> None:
    time.sleep(60)


def test_a_child_that_hangs_is_replaced_and_its_document_told_it_took_too_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read_pdf(_form(), "først.pdf")  # a warm worker: the short limit is not spent starting one
    # The child that takes the document, known from the pool rather than from the child itself: on a
    # loaded machine the short limit may pass before the child has run a line of it (it is stopped the
    # same).
    given: list[int] = []
    take = sandbox._take

    def noted(pool: Any, message: Any) -> Any:
        worker = take(pool, message)
        given.append(worker.process.pid)
        return worker

    monkeypatch.setattr(sandbox, "_take", noted)
    refused_too_slow(monkeypatch, _hang, "hænger.pdf", 1.0)  # not the 20 s
    (hung,) = given
    with pytest.raises(ProcessLookupError):  # stopped, not left running beside its replacement
        os.kill(hung, 0)
    monkeypatch.undo()
    assert {v.key: v.value for v in read_pdf(_form(), "næste.pdf").values}["ansat"] == "jobcenter"


def refused_too_slow(
    monkeypatch: pytest.MonkeyPatch, read_in_child: Callable[..., Any], filename: str, timeout: float
) -> UnreadableDocument:
    """`read_pdf` of `filename` with `read_in_child` as the reader's task and a wall timeout of `timeout`
    seconds, asserted refused as too slow in both languages; the refusal."""
    monkeypatch.setattr(pdf, "_read_in_child", read_in_child)
    monkeypatch.setattr(sandbox, "run", functools.partial(sandbox.run, timeout=timeout))
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(b"%PDF-1.7 too slow", filename)
    (problem,) = info.value.problems
    # the limit and what to send follow (decision 0061, "Stop 60: limits-71")
    assert problem.file == filename
    assert problem.reason_en.startswith("reading the PDF took too long (more than 15 s of computing")
    assert problem.reason_da.startswith("læsning af PDF'en tog for lang tid (mere end 15 sekunders regnetid")
    return info.value
