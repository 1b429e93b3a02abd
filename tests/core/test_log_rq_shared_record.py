"""rq's record is shared by every handler of the root logger: the hub's own handler writes it in English
and Danish without its traceback (`logsetup.in_both_languages`), and a handler after it (an
operator's file, a test's capture, an error reporter) gets rq's own message and exception, as logged.
Rewritten in place, as stop 41's filter did, the later handler lost the traceback and got the hub's
words instead of rq's."""

from __future__ import annotations

import io
import logging
import logging.handlers
import sys

from hub import log_handler


def test_rqs_record_is_rewritten_for_the_hubs_handler_only() -> None:
    root = logging.Logger("a fresh root")
    log_handler._install(root)
    [ours] = root.handlers
    assert isinstance(ours, logging.StreamHandler)
    ours.setStream(io.StringIO())
    after = logging.handlers.BufferingHandler(10)
    root.addHandler(after)
    try:
        raise ValueError("lost")
    except ValueError:
        exc_info = sys.exc_info()
    message = "Worker %s: found an unhandled exception, quitting..."
    record = logging.LogRecord("rq.worker", logging.ERROR, __file__, 1, message, ("w1",), exc_info)
    root.handle(record)
    written = ours.stream.getvalue()
    assert "Worker w1: found an unhandled exception, quitting... (ValueError) / worker w1:" in written
    assert "Traceback" not in written
    [seen] = after.buffer
    assert (seen.msg, seen.args, seen.exc_info) == (message, ("w1",), exc_info)
    assert seen.getMessage() == "Worker w1: found an unhandled exception, quitting..."
