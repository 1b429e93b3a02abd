"""The sweep's capture leaves every logger's level as it found it, SQLAlchemy's engine loggers too.

Left at INFO, `sqlalchemy.engine` had every later statement of the test process formatted and kept by
pytest's log handlers (suite-75c: a walk 23 % slower after a sweep). It is run in a fresh interpreter,
where that logger does not exist yet before the capture, as at the start of a test process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent

PROBE = """
import logging, sys
sys.path.insert(0, sys.argv[1])
import sqlalchemy.engine  # noqa: F401 - as the app imports it, before any sweep
from sweep_capture import every_line_at_debug
with every_line_at_debug():
    pass
print(logging.getLogger("sqlalchemy.engine").level, logging.getLogger("sqlalchemy.engine.Engine").level)
"""


def test_the_capture_puts_sqlalchemys_engine_loggers_back_as_it_found_them() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(TESTS)], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["0", "0"]  # NOTSET: they take their level from "sqlalchemy" again
