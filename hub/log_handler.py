"""How the hub's log lines look, and how much of them reaches a person at a terminal.

Workers run on several machines: a line must say when (UTC, so that machines in other zones sort
together), how serious, from which logger and from which process. The hub installs its one handler
only where the host installed none (gunicorn, pytest's caplog keep theirs), as `basicConfig` does.
No line it writes holds a CPR number: every CPR-like number in a formatted line (message, arguments,
exception text, stack) is masked as DDMMYY-XXXX (`HubHandler.format`, `pseudonyms.mask_cpr_like`).

Apart from `logsetup`, which says what a line says (in English and Danish, a library's line too): here
only where lines go and how they are written.
"""

from __future__ import annotations

import logging
import time

from hub.logsetup import after_interrupt, frames, in_both_languages
from hub.pseudonyms import mask_cpr_like

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"
# The handler the hub installed itself, found again by name: a host's handlers are never touched.
HANDLER_NAME = "hub"


class UTCFormatter(logging.Formatter):
    """Timestamps as `2026-08-03T09:15:02.123Z`: UTC, ISO 8601-like, to the millisecond."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        """The record's time in UTC with milliseconds and a `Z`."""
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        return f"{stamp}.{int(record.msecs):03d}Z"


# Libraries that say at INFO only that they have started: alembic a line per plugin it sets up (seven,
# each time the schema is looked at), pikepdf that its logger is bridged. Eight lines at every start of
# a worker or of `hub serve` that tell an operator nothing; kept for DEBUG.
STARTUP_CHATTER = ("alembic.runtime.plugins", "pikepdf._core")


def configure(level: str) -> None:
    """Log at `level` to standard error in the hub's format, unless the root logger has a host's
    handlers (then nothing changes, as with `logging.basicConfig`)."""
    root = logging.getLogger()
    _install(root)
    if _ours(root) is not None:
        root.setLevel(level)
        for name in STARTUP_CHATTER:
            logging.getLogger(name).setLevel(logging.DEBUG if level == "DEBUG" else logging.WARNING)


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
    handler = HubHandler()
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(UTCFormatter(FORMAT))
    root.addHandler(handler)


def _ours(root: logging.Logger) -> logging.Handler | None:
    """The handler the hub installed, if it did."""
    return next((h for h in root.handlers if h.get_name() == HANDLER_NAME), None)


class HubHandler(logging.StreamHandler):
    """The hub's own handler: standard error, rq's, waitress's and SQLAlchemy's lines rewritten in a copy
    (`in_both_languages`), and every CPR-like number in what it writes masked (`format`).
    In `emit`, not a filter: a filter can only change the shared record on Python 3.11 (3.12 lets it
    return a copy)."""

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record, an rq, waitress or SQLAlchemy one as `in_both_languages` makes it; a
        library's clean-up cut by Ctrl-C (`after_interrupt`) only at DEBUG, where it was raised."""
        if after_interrupt(record) and record.exc_info and record.exc_info[1] is not None:
            logging.getLogger(record.name).debug("%s", frames(record.exc_info[1]))
            return
        super().emit(in_both_languages(record))

    def format(self, record: logging.LogRecord) -> str:
        """The line as the formatter writes it, every CPR-like number masked as DDMMYY-XXXX: in the
        message, its arguments, an exception's text and a stack alike. The hub logs ids, not values; this
        is the net under a line that quotes a file name, a job's description or a document's value."""
        return mask_cpr_like(super().format(record))
