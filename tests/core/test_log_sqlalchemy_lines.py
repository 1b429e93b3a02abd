"""SQLAlchemy's own ERROR lines carry a traceback (`exc_info=True`): on a person's terminal the hub's
handler writes them as one line in English and Danish, the exception's class named, and a clean-up
that failed because a second Ctrl-C cut a statement not at all (stop 57's CI: `hub ingest` stopped
twice printed SQLAlchemy's "Error closing cursor" traceback, a `ProgrammingError` on a connection the
KeyboardInterrupt had closed)."""

from __future__ import annotations

import io
import logging
import sqlite3
import sys
from types import TracebackType

from hub import log_handler

ExcInfo = tuple[type[BaseException], BaseException, TracebackType]


def _written(record: logging.LogRecord) -> str:
    root = logging.Logger("a fresh root")
    log_handler._install(root)
    [ours] = root.handlers
    assert isinstance(ours, logging.StreamHandler)
    ours.setStream(io.StringIO())
    root.handle(record)
    return str(ours.stream.getvalue())


def _closing_cursor_failed(cut_by_ctrl_c: bool) -> ExcInfo:
    """A cursor's close failing as SQLAlchemy meets it: raised while handling what cut the statement."""
    try:
        try:
            raise KeyboardInterrupt if cut_by_ctrl_c else OSError("disk I/O error")
        except BaseException:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")  # noqa: B904 - as the driver
    except sqlite3.ProgrammingError:
        info = sys.exc_info()
    assert info[0] is not None and info[1] is not None and info[2] is not None
    return info[0], info[1], info[2]


def _record(exc_info: ExcInfo) -> logging.LogRecord:
    name = "sqlalchemy.pool.impl.QueuePool"
    return logging.LogRecord(name, logging.ERROR, __file__, 1, "Error closing cursor", (), exc_info)


def test_a_cursor_left_by_a_second_ctrl_c_is_not_told() -> None:
    assert _written(_record(_closing_cursor_failed(cut_by_ctrl_c=True))) == ""


def test_another_sqlalchemy_error_is_one_line_in_both_languages_without_a_traceback() -> None:
    written = _written(_record(_closing_cursor_failed(cut_by_ctrl_c=False)))
    said = "Error closing cursor (ProgrammingError) / en markør kunne ikke lukkes (ProgrammingError)"
    assert said in written
    assert "Traceback" not in written
    assert len(written.strip().splitlines()) == 1
