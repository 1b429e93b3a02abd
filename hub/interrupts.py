"""Ctrl-C noted as well as raised, for a command that must stop every time it is pressed (every command
that writes: `hub.cli.common.seals_audit_log`; `hub demo`, `hub ingest` and `hub reprocess` check for
it too), and how such a command says what it kept (`Interrupted`).

Python raises KeyboardInterrupt wherever the main thread is when the signal arrives; when that is a
weakref callback or a `__del__` (SQLAlchemy and the PDF libraries run many), Python prints "Exception
ignored in ..." and drops it, and the command goes on. A handler installed by `noted()` raises the same
KeyboardInterrupt but notes the request first: a dropped raise is raised again by the next `check()`
(between documents, between rounds, when the embedded queue's worker returns).

Which signal asked is kept (`stopped_by`): SIGTERM (systemd, `kill`, a container's stop) is said as
"stopped", exit 143, Ctrl-C as "interrupted", exit 130 (`hub.cli.usage.interrupted`). A step that must
not be cut by a second signal (giving back a lease) runs `shielded()`.
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
_signals: list[int] = []  # the signal that asked to stop first, while `noted()` watched (kept after it)
# How a command's Ctrl-C line begins, and what a SIGTERM's says instead (`worded`).
CTRL_C = ("Interrupted (Ctrl-C)", "Afbrudt (Ctrl-C)")
SIGTERM = ("Stopped (SIGTERM)", "Stoppet (SIGTERM)")


def ask(signum: int = signal.SIGINT) -> None:
    """Note a request to stop (a signal handler's first step), inside `noted()`; the first signal is
    kept for `stopped_by`."""
    if _watching.is_set():
        _asked.set()
        if not _signals:
            _signals.append(signum)


def stopped_by() -> int:
    """The signal that stopped the command last watched by `noted()`, read once (SIGINT when none was
    noted: a KeyboardInterrupt outside it is Python's own Ctrl-C)."""
    return _signals.pop() if _signals else signal.SIGINT


def worded(english: str, danish: str, signum: int) -> tuple[str, str]:
    """A command's Ctrl-C lines, said as a SIGTERM's when that is what stopped it: the commands write
    their lines once, from `CTRL_C`, and only the words of the signal differ."""
    if signum != signal.SIGTERM:
        return english, danish
    return (
        english.replace(CTRL_C[0], SIGTERM[0], 1),
        danish.replace(CTRL_C[1], SIGTERM[1], 1),
    )


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
    ask(signum)
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
    are put back after. Outside the main thread (where no handler can be set) it changes nothing.

    Inside another `noted()` (every command that writes is watched as a whole, `seals_audit_log`, and
    `hub ingest` watches its files again) the outer one keeps its handlers and the signal noted; a
    request already noted is raised as the inner one starts, and it ends with none pending, as on its
    own."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if _watching.is_set():
        # A stop noted before this step (its raise dropped in a library's callback) stops it here, not
        # cleared by it: the step would otherwise run to its end as if nothing had been pressed.
        check()
        try:
            yield
        finally:
            _asked.clear()
        return
    _asked.clear()
    _signals.clear()
    _watching.set()
    previous: dict[int, Any] = {signum: signal.signal(signum, _raise) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _watching.clear()
        _asked.clear()


@contextmanager
def shielded() -> Iterator[None]:
    """SIGINT and SIGTERM that arrive inside are held, and raised again once the block has ended (to
    the handlers in place then), so that a short step that puts right what a stop left (a lease given
    back) is never cut by a second Ctrl-C; also when the block raises (the signal is not lost with
    it). Outside the main thread it changes nothing (signals reach
    only the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous: dict[int, Any] = {
        signum: signal.signal(signum, lambda signum, frame: held.append(signum)) for signum in SIGNALS
    }
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        # Raised whether the step ended or failed: a step that failed (a claim's lost server) must not
        # swallow a Ctrl-C, and its failure stays the KeyboardInterrupt's context.
        for signum in held:
            signal.raise_signal(signum)  # its handler runs here, as if it had come now


class Interrupted(KeyboardInterrupt):
    """Ctrl-C, said by the command that was stopped: what it kept and what it did not, in English and
    Danish (`hub.cli.usage.interrupted` prints it, exit 130). A bare KeyboardInterrupt gets a general
    line instead."""

    def __init__(self, english: str, danish: str) -> None:
        super().__init__(english)
        self.english, self.danish = english, danish
