"""A call that may hang in the kernel, waited for at most a timeout, one at a time per key.

`statvfs` on a hung network mount (NFS with `hard`, a dead SMB server) blocks in the kernel and cannot
be interrupted from Python: a probe that made it on its own thread would hold that thread, and the load
balancer's connection, for as long as the mount hangs. So the call runs in a daemon thread that the
caller waits for at most `timeout_s`; a thread stuck in the kernel cannot be killed either, so while it
has not returned, callers of the same key wait for that one call (its answer, once it comes, is theirs
too) instead of starting another: a mount that stays hung holds one thread, not one per probe.

The calls in flight are the process's, not an app's: the thread stuck on the mount is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_in_flight: dict[Hashable, _Call[Any]] = {}


class _Call(Generic[T]):
    """One call on its daemon thread, and its answer (a value or the exception it raised) once done."""

    def __init__(self, key: Hashable, fn: Callable[[], T]) -> None:
        self.key, self.fn = key, fn
        self.done = threading.Event()
        self.value: T | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.value = self.fn()
        except Exception as exc:  # raised again in each caller's thread, where it is handled
            self.error = exc
        finally:
            with _lock:
                if _in_flight.get(self.key) is self:
                    del _in_flight[self.key]
            self.done.set()


def call(key: Hashable, fn: Callable[[], T], timeout_s: float) -> T:
    """`fn()`'s value (or its exception, raised here), or `TimeoutError` when it has not returned within
    `timeout_s`; while an earlier call of `key` has not returned, this waits for that one instead."""
    with _lock:
        running = _in_flight.get(key)
        if running is None:
            running = _Call(key, fn)
            _in_flight[key] = running
            threading.Thread(target=running.run, name=f"hub-bounded-{key}", daemon=True).start()
    if not running.done.wait(timeout_s):
        raise TimeoutError(f"no answer within {timeout_s} s")
    if running.error is not None:
        raise running.error
    return running.value  # type: ignore[return-value]  # T once done without an error
