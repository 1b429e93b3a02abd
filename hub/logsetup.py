"""How the hub's log lines look, and how much of them reaches a person at a terminal.

Workers run on several machines: a line must say when (UTC, so that machines in other zones sort
together), how serious, from which logger and from which process. The hub installs its one handler
only where the host installed none (gunicorn, pytest's caplog keep theirs), as `basicConfig` does.
"""

from __future__ import annotations

import logging
import time

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"
# The handler the hub installed itself, found again by name: a host's handlers are never touched.
HANDLER_NAME = "hub"


class UTCFormatter(logging.Formatter):
    """Timestamps as `2026-08-03T09:15:02.123Z`: UTC, ISO 8601-like, to the millisecond."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        """The record's time in UTC with milliseconds and a `Z`."""
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        return f"{stamp}.{int(record.msecs):03d}Z"


def configure(level: str) -> None:
    """Log at `level` to standard error in the hub's format, unless the root logger has a host's
    handlers (then nothing changes, as with `logging.basicConfig`)."""
    root = logging.getLogger()
    _install(root)
    if _ours(root) is not None:
        root.setLevel(level)


def quiet(threshold: int = logging.ERROR) -> None:
    """Let only records of `threshold` and above through the hub's own handler, installing it now if
    the root logger has none (a host's handlers are left as they are). Called before the app is made,
    so that what it says while starting is held back too."""
    root = logging.getLogger()
    _install(root)
    ours = _ours(root)
    if ours is not None:
        ours.setLevel(threshold)


def _install(root: logging.Logger) -> None:
    """Give the root logger the hub's handler if it has no handler at all."""
    if root.handlers:
        return
    handler = logging.StreamHandler()
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(UTCFormatter(FORMAT))
    root.addHandler(handler)


def _ours(root: logging.Logger) -> logging.Handler | None:
    """The handler the hub installed, if it did."""
    return next((h for h in root.handlers if h.get_name() == HANDLER_NAME), None)
