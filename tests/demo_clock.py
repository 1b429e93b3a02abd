"""The demo's day for tests: 1 December 2026, on a clock that never runs backwards within a process.

Each test under `demo_today` used to start again at 10:00:00. What one test stamps with the clock and a
later test reads back then came from that later test's future: a module's signed-in client (the access
matrix keeps one per user) carries a session cookie stamped with the second it signed in, and a cookie
from the future is no session at all (itsdangerous refuses a negative age). A first sign-in past
10:00:01 (a cold process under load: templates compiled, argon2 hashing on a busy core) so signed its
user out for the rest of the module. The clock now starts where the last journey ended.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import time_machine

DEMO_MORNING = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
_left_at = [DEMO_MORNING]  # where the last journey of this process ended


@contextmanager
def demo_clock() -> Iterator[None]:
    """Travel to the demo's day, ticking on from where the previous journey ended (at first 10:00)."""
    start = _left_at[0]
    # A process would need fourteen hours of tests under the demo's clock to reach the next day.
    assert start.date() == DEMO_MORNING.date(), f"the demo's day has run out: {start}"
    with time_machine.travel(start, tick=True):
        try:
            yield
        finally:
            _left_at[0] = max(_left_at[0], datetime.now(UTC))
