"""What each setting's text may be: one kind per type, which reads the environment's text or refuses it.

An environment variable is text. Flask's `from_prefixed_env` reads it as JSON, so only `false` and `0`
were false (`False`, `no`, `off` stayed text, and text is true), and `50MB` stayed text until a page or
a job used it as a number: an "unexpected ValueError" far from its cause, or, for a rate limit, the
limit silently off. Each setting of `hub.config.SETTINGS` names its kind, and every value is read by it
once, at start (`hub.config_env.from_environment`); what the kind does not take stops the start.
`Setting`, one row of that table, is defined here beside the kinds it names, so that the table
(`config`) and its reading (`config_env`) both build on this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from hub.checkpoint import CheckpointError, check_name


@dataclass(frozen=True)
class Kind:
    """How one type of setting is read: `parse` turns the text into the value or raises `ValueError`;
    the expectation says, in English and Danish, what it takes."""

    parse: Callable[[str], Any]
    expected_en: str
    expected_da: str
    # Where the value may hold a password (a server's URL): an error shows it with the password hidden.
    has_password: bool = False


_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


def _flag(text: str) -> bool:
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError(text)


def _iso_date(text: str) -> str:
    # Kept as the text: the statement shows the day as written, once it is known to be a real day.
    date.fromisoformat(text.strip())
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip()):
        raise ValueError(text)
    return text.strip()


def _whole(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        # Digits only: int() would also take "+5", "5_000" and digits of other scripts.
        if not re.fullmatch(r"[0-9]+", text.strip()) or int(text) < minimum:
            raise ValueError(text)
        return int(text)

    return parse


def _seconds(text: str) -> float:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value <= 0:
        raise ValueError(text)
    return float(value)


def _log_level(text: str) -> str:
    name = text.strip().upper()
    if name not in LOG_LEVELS:
        raise ValueError(text)
    return name


def _rate_limit(text: str) -> str:
    # Flask-Limiter's own parser: a limit it cannot read would be dropped at the first request, with a
    # line in the log, and the limit off. Imported here: only a limit set in the environment is read.
    from limits import parse_many  # noqa: PLC0415

    if not text.strip() or not parse_many(text):
        raise ValueError(text)
    return text


def _database_url(text: str) -> str:
    try:
        url = make_url(text)
    except ArgumentError:
        raise ValueError(text) from None
    # Heroku and libpq write `postgres://` (or `postgresql://`): SQLAlchemy 2 refuses the first and
    # takes psycopg2 for the second, which the hub does not install. Its driver is psycopg 3.
    if url.drivername in ("postgres", "postgresql"):
        return "postgresql+psycopg" + text[len(url.drivername) :]
    # A database SQLAlchemy does not know (`nonsense://`), or one whose driver is not installed
    # (`mysql://`): a setting to correct, said now, not a failure on the first statement.
    try:
        url.get_dialect().import_dbapi()
    except (NoSuchModuleError, ImportError):
        raise ValueError(text) from None
    return text


def _server_url(schemes: tuple[str, ...]) -> Callable[[str], str]:
    def parse(text: str) -> str:
        try:
            parts = urlsplit(text)
            parts.port  # noqa: B018 - raises ValueError for a port that is not a number
        except ValueError:
            raise ValueError(text) from None
        if parts.scheme not in schemes or not (parts.hostname or parts.scheme == "unix"):
            raise ValueError(text)
        return text

    return parse


def _log_name(text: str) -> str:
    try:
        return check_name(text)
    except CheckpointError:
        raise ValueError(text) from None


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")

TEXT = Kind(str, "text", "tekst")
ISO_DATE = Kind(_iso_date, "a date written YYYY-MM-DD", "en dato skrevet ÅÅÅÅ-MM-DD")
FLAG = Kind(
    _flag,
    "true, false, yes, no, on, off, 1 or 0, in any case",
    "true, false, yes, no, on, off, 1 eller 0, med store eller små bogstaver",
)
COUNT = Kind(_whole(0), "a whole number, 0 or more", "et helt tal, 0 eller mere")
WHOLE = Kind(_whole(1), "a whole number, 1 or more", "et helt tal, 1 eller mere")
BYTES = Kind(_whole(1), "a whole number of bytes, 1 or more", "et helt antal bytes, 1 eller mere")
SECONDS = Kind(_seconds, "a number of seconds above 0", "et antal sekunder over 0")
LOG_LEVEL = Kind(_log_level, "one of " + ", ".join(LOG_LEVELS), "en af " + ", ".join(LOG_LEVELS))
RATE_LIMIT = Kind(
    _rate_limit,
    "limits such as 5/minute;20/hour",
    "grænser som 5/minute;20/hour",
)
DATABASE_URL = Kind(
    _database_url,
    "an SQLAlchemy URL of PostgreSQL or SQLite such as postgresql+psycopg://user:pass@host/db",
    "en SQLAlchemy-URL til PostgreSQL eller SQLite som postgresql+psycopg://bruger:kode@vært/db",
    has_password=True,
)
REDIS_URL = Kind(
    _server_url(("redis", "rediss", "unix")),
    "a Redis URL such as redis://host:6379/0",
    "en Redis-URL som redis://vært:6379/0",
    has_password=True,
)
WEB_URL = Kind(_server_url(("https", "http")), "an https:// URL", "en https://-URL")
LOG_NAME = Kind(
    _log_name,
    "a name without spaces or '+', such as hub.example.dk/audit",
    "et navn uden mellemrum eller '+', som hub.example.dk/audit",
)

# user:password@ in a URL: what an error must not repeat.
_PASSWORD = re.compile(r"(//[^/@:]*:)[^/@]*@")


def shown(kind: Kind, text: str) -> str:
    """The value as an error may show it: quoted, any password of a URL hidden."""
    return repr(_PASSWORD.sub(r"\1***@", text) if kind.has_password else text)


@dataclass(frozen=True)
class Setting:
    """One setting: its name without the `HUB_` prefix, its default, its meaning and how its text is
    read (its `Kind`)."""

    name: str
    default: Any
    help: str
    kind: Kind = TEXT

    @property
    def env(self) -> str:
        """The environment variable that sets it."""
        return f"HUB_{self.name}"
