"""What the CPR sweep (tests/privacy) captures while the demo runs, and the text a person could read in
each file. The session's lived demo (conftest) is run under this capture, so the sweep needs no demo of
its own.

Every log record of every logger at DEBUG (rq's worker lines too, which a command's worker would
otherwise hold back at WARNING), and every job as rq stores it in Redis: its arguments, its description
and its serialized hash, the data unpacked. Files are read as their reader would see them: a PDF's page
text, field values and document information, every XML part of a workbook, every member of a zip.
"""

from __future__ import annotations

import functools
import io
import logging
import pickle
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import pytest
from pypdf import PdfReader
from rq import Queue
from rq.job import Job

# Between a CPR number's parts (day, month, year, the four digits) at most one mark: any dash Word puts
# for a hyphen, a dot, a slash or an underscore, with up to two spaces (a non-breaking one, a line break)
# either side of it, or up to two spaces alone. Every spelling `pseudonyms.CPR_LIKE` masks is among these
# ("01 01 90 1234", "01-01-1990-1234", "010190 - 1234", "010190/1234"), and a few it does not need to.
_MARK = r"(?:\s{0,2}[\-\u00ad\u2010\u2011\u2012\u2013\u2014\u2212./_]\s{0,2}|\s{1,2})?"
# Any ten digits so spelled (the year of four digits too), looked for at every place a number starts
# (the lookahead lets one shape's match not hide another that begins inside it). One pattern whatever the
# citizens: an alternation of each of the demo's 81 numbers, tried at every digit of seven million
# characters, took six times as long.
_PARTS = rf"(?P<day>\d\d){_MARK}(?P<month>\d\d){_MARK}(?:19|20)?(?P<year>\d\d){_MARK}(?P<serial>\d{{4}})"
_SHAPE = re.compile(rf"(?<!\d)(?=({_PARTS})(?!\d))")


class Spellings:
    """These CPR numbers as people write them: `0101901234`, `010190-1234`, `01.01.90-1234`,
    `01-01-90-1234`, `01/01/90 1234`, `010190/1234`, `01 01 90 1234`, `01-01-1990-1234`, Word's dashes,
    a non-breaking space."""

    def __init__(self, cprs: Iterable[str]) -> None:
        self.cprs = frozenset(c for c in cprs if len(c) == 10 and c.isdigit())

    def find(self, text: str) -> tuple[int, int] | None:
        """Where in the text the first of these numbers is, however spelled; None if nowhere."""
        for match in _SHAPE.finditer(text):
            # int() reads a digit of any script: `\d` finds fullwidth digits too.
            digits = "".join(str(int(c)) for c in "".join(match.group("day", "month", "year", "serial")))
            if digits in self.cprs:
                return match.span(1)
        return None


def spelled_as_people_write(cpr: str) -> list[str]:
    """A CPR number (ten digits) in each spelling the hub masks (`pseudonyms.CPR_LIKE`)."""
    day, month, year, serial = cpr[:2], cpr[2:4], cpr[4:6], cpr[6:]
    return [
        cpr,
        f"{day}{month}{year}-{serial}",
        f"{day}{month}{year} {serial}",
        f"{day}{month}{year}\u00a0{serial}",
        f"{day}.{month}.{year}-{serial}",
        f"{day}-{month}-{year}-{serial}",
        f"{day}/{month}/{year} {serial}",
        f"{day}/{month}/{year}-{serial}",
        f"{day}{month}{year}/{serial}",
        f"{day}\u2013{month}\u2013{year}\u2013{serial}",  # Word's en dash for each hyphen
        f"{day}{month}{year}\u2011{serial}",  # its non-breaking hyphen
        f"{day} {month} {year} {serial}",  # read aloud on the phone and typed as heard
        f"{day}{month} {year} {serial}",
        f"{day}{month}{year} - {serial}",
        f"{day}-{month}-{_century(year)}{year}-{serial}",  # the year as a date's four digits
        f"{day}{month}{year}-\n{serial}",  # a PDF field's text wrapped at the hyphen
        f"{day}_{month}_{year}_{serial}",  # a file's name, an underscore for each space
    ]


def _century(year: str) -> str:
    """The two digits a four-digit year puts before a CPR number's two (a guess good for the demo's)."""
    return "19" if year > "30" else "20"


@dataclass(frozen=True)
class LetOut:
    """What a run let out: every log line at DEBUG, every job as rq stored it, its commands' output."""

    lines: list[str]
    jobs: list[str]
    output: str


class Lines(logging.Handler):
    """Every record logged while it is attached, formatted with its exception's text and stack."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record as a handler writing a file would."""
        self.lines.append(self.format(record))


@contextmanager
def every_line_at_debug() -> Iterator[Lines]:
    """Every logger at DEBUG, and rq's workers too, into one `Lines`; levels put back afterwards."""
    lines = Lines()
    root = logging.getLogger()
    # SQLAlchemy's engine loggers may not exist yet: made here, so that their levels too are put back
    # (made below at INFO and left so, every later statement of the process was formatted and kept by
    # pytest's handlers: suite-75c measured a walk 23 % slower after a sweep).
    for name in ("sqlalchemy.engine", "sqlalchemy.engine.Engine"):
        logging.getLogger(name)
    loggers = [root, *(v for v in logging.root.manager.loggerDict.values() if isinstance(v, logging.Logger))]
    levels = {logger: logger.level for logger in loggers}
    with pytest.MonkeyPatch.context() as patched:
        # rq's worker sets its logger's level (the hub's command worker asks for WARNING) and stops it
        # propagating: here it logs at DEBUG to the root's handlers like any other.
        patched.setattr("rq.worker.base.setup_loghandlers", lambda *_a, **_k: None)
        for logger in loggers:
            logger.setLevel(logging.DEBUG)
        # But SQLAlchemy's rows: at DEBUG its engine logs each row it reads, which is the database's
        # content, asked for by name (SQLAlchemy keeps its loggers at WARNING whatever the root's level,
        # HUB_LOG_LEVEL=DEBUG included). Its statements at INFO are swept: their values must stay hidden
        # (`hide_parameters`).
        logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
        logging.getLogger("sqlalchemy.engine.Engine").setLevel(logging.NOTSET)
        # The root's own handlers (pytest's, which keep each record for a failing test's report) would be
        # given every DEBUG line too: formatted twice more and kept, for nothing the sweep reads.
        handlers = {handler: handler.level for handler in root.handlers}
        for handler in handlers:
            handler.setLevel(max(handler.level, logging.WARNING))
        root.addHandler(lines)
        try:
            yield lines
        finally:
            root.removeHandler(lines)
            for logger, level in levels.items():
                logger.setLevel(level)
            for handler, level in handlers.items():
                handler.setLevel(level)


@contextmanager
def every_job_stored() -> Iterator[list[str]]:
    """The text of every job as rq stores it when queued: arguments, description, the raw hash."""
    stored: list[str] = []
    enqueue_job = Queue.enqueue_job

    def keep(self: Queue, job: Job, *args: Any, **kwargs: Any) -> Job:
        queued = enqueue_job(self, job, *args, **kwargs)
        raw = self.connection.hgetall(queued.key)
        stored.append(f"{queued.args!r} {queued.kwargs!r} {queued.description} {queued.meta!r}")
        stored.append(" ".join(_readable(k) + " " + _readable(v) for k, v in raw.items()))
        return queued

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(Queue, "enqueue_job", keep)
        yield stored


def everything_in(connection: Any) -> list[str]:
    """Every key of a Redis (the embedded queue's stand-in) and its value as text, whatever its type:
    the jobs' hashes with their results and errors, the registries, the results' streams."""
    found = []
    for key in connection.scan_iter():
        kind = connection.type(key).decode()
        if kind == "hash":
            values = [f"{_readable(k)}={_readable(v)}" for k, v in connection.hgetall(key).items()]
        elif kind == "list":
            values = [_readable(v) for v in connection.lrange(key, 0, -1)]
        elif kind in ("set", "zset"):
            values = [_readable(v) for v in connection.zrange(key, 0, -1)] if kind == "zset" else []
            values += [_readable(v) for v in connection.smembers(key)] if kind == "set" else []
        elif kind == "stream":
            values = [
                f"{_readable(k)}={_readable(v)}" for _, e in connection.xrange(key) for k, v in e.items()
            ]
        else:
            values = [_readable(connection.get(key) or b"")]
        found.append(f"{_readable(key)}: {' '.join(values)}")
    return found


def _readable(value: bytes) -> str:
    """A stored job field as text: the `data` field unpacked (zlib, pickle) to the call it holds."""
    try:
        return repr(pickle.loads(zlib.decompress(value)))  # noqa: S301 - our own test's Redis
    except (zlib.error, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return value.decode("utf-8", "replace")


@functools.lru_cache(maxsize=64)
def readable(data: bytes, media_type: str) -> str:
    """What a person could read in a file the hub sent, by its media type. Kept by content: a company's
    monthly form is the original of every record read from it, and pypdf takes a fifth of a second to
    extract a page's text each time the same file is read again."""
    if media_type.startswith("application/pdf"):
        reader = PdfReader(io.BytesIO(data))
        parts = [page.extract_text() for page in reader.pages]
        for field in (reader.get_fields() or {}).values():
            parts += [str(field.get("/V", "")), str(field.get("/TU", ""))]
        parts += [str(v) for v in (reader.metadata or {}).values()]
        return "\n".join(parts)
    if media_type.startswith(("application/zip", "application/vnd.openxmlformats")):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(readable(archive.read(name), _member_type(name)) for name in archive.namelist())
    return data.decode("utf-8", "replace")


def said_in_headers(headers: Any) -> str:
    """What a person could read in an answer's headers: each as sent and percent-decoded too, since a
    download's `filename*` (`downloads.attachment`) writes a name's spaces and marks as `%20`, `%2D`."""
    lines = [f"{name}: {value}" for name, value in headers.items()]
    return "\n".join(lines + [unquote(line) for line in lines])


def _member_type(name: str) -> str:
    """A zip member's type by its name: a bundle holds PDFs, workbooks and zips among its text."""
    lowered = name.lower()
    if lowered.endswith(".pdf"):
        return "application/pdf"
    if lowered.endswith((".xlsx", ".zip")):
        return "application/zip"
    return "text/plain"
