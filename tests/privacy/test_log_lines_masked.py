"""What the hub's own log handler writes holds no CPR number, however it got into the record: the
message, its arguments, an exception's text (the hub's own records keep their traceback), a stack, or an
rq line quoting a job's description (docs/decisions/0065). The hub logs ids, not values; this is the net
under a line that quotes a file name or a document's value by mistake."""

from __future__ import annotations

import io
import logging
import sys

from hub import log_handler
from hub.logsetup import Both


def written_by_the_hubs_handler(*records: logging.LogRecord) -> str:
    """The text the hub's handler writes for `records`, on a fresh root logger."""
    root = logging.Logger("a fresh root")
    log_handler._install(root)
    [ours] = root.handlers
    assert isinstance(ours, logging.StreamHandler)
    ours.setStream(io.StringIO())
    for record in records:
        root.handle(record)
    return str(ours.stream.getvalue())


def record(
    name: str, level: int, msg: object, args: tuple[object, ...], **kwargs: object
) -> logging.LogRecord:
    """A record as a logger makes it."""
    made = logging.LogRecord(name, level, __file__, 1, msg, args, None)
    made.__dict__.update(kwargs)
    return made


def test_a_message_and_its_arguments_are_masked() -> None:
    text = written_by_the_hubs_handler(
        record("hub.services.ingest", logging.INFO, "stored %s", ("Anna 01 01 90 1234.pdf",)),
        record("hub.cli", logging.WARNING, Both("skipped %s", "sprang %s over", "cpr 010190-4321"), ()),
        record("hub.web", logging.INFO, "note 15.03.2003-4321 read", ()),
    )
    assert "stored Anna 010190-XXXX.pdf" in text
    assert "skipped cpr 010190-XXXX / sprang cpr 010190-XXXX over" in text
    assert "note 150303-XXXX read" in text
    for planted in ("01 01 90 1234", "010190-4321", "15.03.2003-4321"):
        assert planted not in text


STACK = "Stack (most recent call last):\n  010190 1234"


def test_an_exceptions_text_and_a_stack_are_masked() -> None:
    try:
        raise ValueError("not a date: 0101901234")
    except ValueError:
        exc_info = sys.exc_info()
    text = written_by_the_hubs_handler(
        record("hub.jobs", logging.ERROR, "failed", (), exc_info=exc_info),
        record("hub.jobs", logging.DEBUG, "here", (), stack_info=STACK),
    )
    assert "ValueError: not a date: 010190-XXXX" in text
    assert "  010190-XXXX" in text
    assert "0101901234" not in text and "010190 1234" not in text


FAILED = "Worker %s: job %s failed (%s)"  # rq's, which the hub also writes in Danish (`RQ_DANISH`)


def test_an_rq_line_quoting_a_job_is_masked() -> None:
    """rq names a job by its description in some lines ("Job OK (...)"): the hub's descriptions hold ids,
    and the handler masks one that would not."""
    text = written_by_the_hubs_handler(
        record("rq.worker", logging.WARNING, FAILED, ("w1", "ingest 010190-1234", "x")),
        record("rq.worker", logging.INFO, "%s: %s (%s)", ("default", "ingest 01 01 90 1234.pdf", "j1")),
    )
    assert "job ingest 010190-XXXX failed" in text and "job ingest 010190-XXXX fejlede" in text
    assert "ingest 010190-XXXX.pdf" in text
    assert "010190-1234" not in text and "01 01 90 1234" not in text
