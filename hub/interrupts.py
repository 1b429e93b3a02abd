"""Ctrl-C noted as well as raised, for a command that must stop every time it is pressed (`hub demo`,
`hub ingest`, `hub reprocess`), and how such a command says what it kept (`Interrupted`).

Python raises KeyboardInterrupt wherever the main thread is when the signal arrives; when that is a
weakref callback or a `__del__` (SQLAlchemy and the PDF libraries run many), Python prints "Exception
ignored in ..." and drops it, and the command goes on. A handler installed by `noted()` raises the same
KeyboardInterrupt but notes the request first: a dropped raise is raised again by the next `check()`
(between documents, between rounds, when the embedded queue's worker returns).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")
SIGNALS = (signal.SIGINT, signal.SIGTERM)
_asked = threading.Event()
_watching = threading.Event()  # inside `noted()`: outside, nothing is noted and `check()` never raises
_deferring = threading.Event()  # inside `deferred()`: a Ctrl-C is noted only, and raised at its end


def ask() -> None:
    """Note a request to stop (a signal handler's first step), inside `noted()`."""
    if _watching.is_set():
        _asked.set()


def check() -> None:
    """Raise KeyboardInterrupt when a stop was asked for (and its own raise may have been dropped)."""
    if _asked.is_set():
        raise KeyboardInterrupt


def checked(items: Iterable[T]) -> Iterator[T]:
    """`items`, with a `check()` before each."""
    for item in items:
        check()
        yield item


def _raise(signum: int, frame: FrameType | None) -> None:
    ask()
    if not _deferring.is_set():
        raise KeyboardInterrupt


@contextmanager
def deferred() -> Iterator[None]:
    """Inside `noted()`: a Ctrl-C while inside is noted, not raised, and raised when the block ends, so
    that a short step is never cut between its commit and the command noting what it committed (what
    `hub ingest` then says it stored). Outside `noted()` it changes nothing."""
    _deferring.set()
    try:
        yield
    finally:
        _deferring.clear()
    check()


@contextmanager
def noted() -> Iterator[None]:
    """While inside, SIGINT and SIGTERM note the request and raise KeyboardInterrupt; the handlers before
    are put back after. Outside the main thread (where no handler can be set) it changes nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _asked.clear()
    _watching.set()
    previous: dict[int, Any] = {signum: signal.signal(signum, _raise) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _watching.clear()
        _asked.clear()


class Interrupted(KeyboardInterrupt):
    """Ctrl-C, said by the command that was stopped: what it kept and what it did not, in English and
    Danish (`hub.cli.usage.interrupted` prints it, exit 130). A bare KeyboardInterrupt gets a general
    line instead."""

    def __init__(self, english: str, danish: str) -> None:
        super().__init__(english)
        self.english, self.danish = english, danish
