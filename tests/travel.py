"""A pytest plugin that runs the whole suite on another day: `pytest -p travel` with `HUB_TEST_TODAY`
(`2027-02-15`, `2028-07-03 09:00`), the clock ticking on from there in this process only.

Not loaded by default. It finds the tests that assume today's date (decision 0043): run it now and
then with a day in the next years; a failure that is not about subprocesses, which keep the real time
(the OIDC provider, the fault test's workers, files' modification times), is such a test.
"""

from __future__ import annotations

import os
from datetime import datetime

import pytest
import time_machine

_travel: time_machine.travel | None = None


def pytest_configure(config: pytest.Config) -> None:
    """Start the journey before any test module is imported."""
    global _travel
    day = os.environ.get("HUB_TEST_TODAY", "2027-02-15 10:00")
    _travel = time_machine.travel(datetime.fromisoformat(day).astimezone(), tick=True)
    _travel.start()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Back to today."""
    if _travel is not None:
        _travel.stop()
