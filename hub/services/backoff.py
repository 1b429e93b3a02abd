"""Trying work again, with growing pauses, when a server was lost for a moment.

A PostgreSQL restart, a dropped connection or Redis away for a few seconds is not the document's fault:
the batch is tried again on a fresh connection after 0.5, 1, 2, 4 and 8 seconds (about 15 s in all,
inside a lease of 30 s), then given up. A batch given up leaves its submissions `processing` under a
lease that nobody renews: once it runs out a worker's healing queues them again (`healing.heal`), so a
submission never stays `processing` with no one on it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from hub.logsetup import Both

log = logging.getLogger(__name__)
T = TypeVar("T")

DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)
# A server lost for a moment (a restart, a dropped connection, SQLite's lock held too long). A
# document's own errors are never among these: they end in `rejected` or `failed` at once.
TRANSIENT: tuple[type[BaseException], ...] = (
    OperationalError,
    InterfaceError,
    RedisConnectionError,
    RedisTimeoutError,
)


def is_transient(exc: BaseException) -> bool:
    """Whether an error is a server lost for a moment, worth trying again on a fresh connection."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, TRANSIENT)


def with_backoff(
    work: Callable[[], T],
    reset: Callable[[], None],
    what: str | tuple[str, str],
    delays: Sequence[float] = DELAYS,
    sleep: Callable[[float], None] | None = None,
    waiting_for: Callable[[BaseException], tuple[str, str]] | None = None,
) -> T:
    """Run `work`; on a transient error call `reset` (drop the connection), wait, and run it again, at
    most `len(delays)` more times. The last error, or any other, is raised to the caller.

    `what`: the work, in English and Danish (one string: the same in both); `waiting_for`: what an
    error means it waits for, in English and Danish ("waiting for PostgreSQL at host:port"), so that
    the log says what the worker waits for, not only the error's class."""
    what_en, what_da = (what, what) if isinstance(what, str) else what
    for attempt, delay in enumerate([*delays, None], start=1):
        try:
            return work()
        except Exception as exc:
            if delay is None or not is_transient(exc):
                raise
            # The type only: a database error's text quotes the statement's parameters (a CPR number).
            name = type(exc).__name__
            why_en, why_da = waiting_for(exc) if waiting_for else ("", "")
            said_en, said_da = (f"{name} (", f"{name} (")
            if why_en:
                said_en, said_da = f"{why_en} ({name}, ", f"{why_da} ({name}, "
            log.warning(
                Both(
                    f"{what_en}: {said_en}try {attempt}); trying again in {delay:.1f} s",
                    f"{what_da}: {said_da}forsøg {attempt}); prøver igen om {delay:.1f} s",
                )
            )
        try:
            reset()
        except Exception as exc:  # the connection is gone: nothing to roll back on it
            log.debug("%s: reset failed with %s", what_en, type(exc).__name__)
        (sleep or time.sleep)(delay)
    raise AssertionError("unreachable")  # the loop returns or raises
