"""What the hub's log lines say: a line in English and Danish (`Both`), where an exception was raised
without its text (`frames`), and rq's, waitress's and SQLAlchemy's own lines said so too
(`in_both_languages`), or held back when a person's Ctrl-C cut their clean-up (`after_interrupt`).

Apart from `log_handler`, the hub's handler and how much of what is logged reaches a terminal, which
writes the lines as this module says them (no line it writes holds a CPR number).
"""

from __future__ import annotations

import logging
import traceback

from hub.log_waitress import waitress_words


class Both:
    """A log message in English and Danish on one line, `english / danish`, both formatted with the same
    arguments when the record is written: `log.warning(Both("lost %s", "mistede %s", where))`. Every
    line of WARNING and above is one (`tests/core/test_log_lines.py`): such lines reach the terminal
    of a person who may read only Danish, as the commands' own lines do."""

    __slots__ = ("args", "danish", "english")

    def __init__(self, english: str, danish: str, *args: object) -> None:
        self.english, self.danish, self.args = english, danish, args

    def __str__(self) -> str:
        if not self.args:  # as logging itself: a message without arguments is not a format
            return f"{self.english} / {self.danish}"
        return f"{self.english % self.args} / {self.danish % self.args}"


def frames(exc: BaseException) -> str:
    """Where `exc` was raised, as a traceback without the exceptions' text: their classes only, since
    a message may quote a document's value (a CPR number), which no log line may hold. For DEBUG."""
    lines = ["Traceback (exception text left out; it may quote a document):"]
    seen: set[int] = set()
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for link in reversed(chain):  # the first raised first, as Python prints a chain
        lines.extend(line.rstrip("\n") for line in traceback.format_tb(link.__traceback__))
        lines.append(f"{type(link).__module__}.{type(link).__qualname__}")
    return "\n".join(lines)


# rq's own lines of WARNING and above that a hub worker or command can meet, in Danish (rq's format
# strings, as rq 3 writes them). The job's exception is the hub's own line (`HubWorker.handle_exception`),
# a lost Redis the supervisor's (`hub.cli.supervise.RedisLost`).
RQ_DANISH = {
    "Worker %s: cold shut down": "worker %s: stopper straks",
    "Worker %s: found an unhandled exception, quitting...": "worker %s: en uventet fejl; stopper ...",
    "Worker %s: Redis connection timeout, quitting...": "worker %s: Redis svarede ikke i tide; stopper ...",
    "Worker %s: job %s has exceeded maximum retry attempts (%d)": (
        "worker %s: job %s har brugt alle sine forsøg (%d)"
    ),
    "Worker %s: job %s failed (%s)": "worker %s: job %s fejlede (%s)",
    "Worker %s: job %s stopped by user, moving job to FailedJobRegistry": (
        "worker %s: job %s stoppet af en bruger; flyttet til de fejlede job"
    ),
    "Worker %s: failed to persist failure of job %s": "worker %s: fejlen i job %s kunne ikke gemmes",
    "Worker %s: failed to enqueue dependents of job %s": (
        "worker %s: de job, der venter på job %s, kunne ikke sættes i kø"
    ),
}


# SQLAlchemy's own lines of ERROR a hub command can meet (its pool's and connection's clean-up), in Danish.
SQLALCHEMY_DANISH = {
    "Error closing cursor": "en markør kunne ikke lukkes",
    "Exception during reset or similar": "en forbindelse kunne ikke nulstilles",
    "Exception closing connection %r": "forbindelsen %r kunne ikke lukkes",
    "Exception terminating connection %r": "forbindelsen %r kunne ikke afbrydes",
}
_LIBRARIES = ("rq", "waitress", "sqlalchemy")


def _theirs(record: logging.LogRecord) -> bool:
    """Whether `record` is rq's, waitress's or SQLAlchemy's (not the hub's own, nor another library's)."""
    return any(record.name == name or record.name.startswith(name + ".") for name in _LIBRARIES)


def after_interrupt(record: logging.LogRecord) -> bool:
    """Whether `record` is a library's clean-up failing because a person stopped the command (Ctrl-C)
    in the middle of it: a second Ctrl-C cuts a statement, SQLAlchemy closes the connection and then
    cannot close its cursor ("Error closing cursor", a `ProgrammingError` whose context is the
    KeyboardInterrupt). The command says what became of its files; that line would only alarm."""
    exc = record.exc_info[1] if record.exc_info and _theirs(record) else None
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, KeyboardInterrupt):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def in_both_languages(record: logging.LogRecord) -> logging.LogRecord:
    """rq's, waitress's and SQLAlchemy's record of WARNING and above as the hub's own handler writes it:
    a known line in Danish too (`Both`; waitress's from `hub.log_waitress`), and never a traceback (the
    exception's class is named; where it was raised goes to DEBUG without its text, `frames`). A copy:
    the record logged is shared by every handler of the root logger (one added after the hub's, a test's
    capture, an operator's file), which must see it as it was logged. Any other record is returned
    itself. A host's handlers (gunicorn's) are left as they are."""
    if not _theirs(record) or record.levelno < logging.WARNING or isinstance(record.msg, Both):
        return record
    exc = record.exc_info[1] if record.exc_info else None
    english = record.getMessage()
    if record.name.startswith(("rq", "sqlalchemy")):
        table = RQ_DANISH if record.name.startswith("rq") else SQLALCHEMY_DANISH
        danish = table.get(str(record.msg))
        if danish is not None:
            danish %= record.args if isinstance(record.args, tuple) else ()
    else:
        words = waitress_words(english)
        english, danish = words if words is not None else (english, None)
    copy = logging.makeLogRecord(record.__dict__)
    if exc is not None:
        copy.exc_info, copy.exc_text = None, None
        logging.getLogger(record.name).debug("%s", frames(exc))
        english += f" ({type(exc).__name__})"
        danish = danish and f"{danish} ({type(exc).__name__})"
    if danish is not None:
        copy.msg, copy.args = Both(english, danish), ()
    elif exc is not None or english != record.getMessage():
        copy.msg, copy.args = english, ()  # a line the tables do not have: English, still
    return copy
