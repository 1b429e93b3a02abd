"""Helpers for tests that need a real PostgreSQL, Redis or Chromium.

`scripts/servers.sh start` runs private servers on loopback and `scripts/servers.sh env` prints the
variables read here: HUB_TEST_DATABASE_URL, HUB_TEST_REDIS_URL and HUB_TEST_CHROMIUM. On a laptop
without them a test that needs one is skipped; in CI (`CI=true`) it fails instead, because a skipped
server test there means the suite silently never ran against the real thing.

    def test_upgrade(tmp_path):
        url = require(postgres_url(), "postgres")
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
import redis
from sqlalchemy.engine import make_url

DATABASE_ENV = "HUB_TEST_DATABASE_URL"
REDIS_ENV = "HUB_TEST_REDIS_URL"
CHROMIUM_ENV = "HUB_TEST_CHROMIUM"
DEFAULT_CHROMIUM = Path("/usr/bin/chromium")
TIMEOUT_S = 2
HINT = 'start them with `scripts/servers.sh start && eval "$(scripts/servers.sh env)"`'


def in_ci() -> bool:
    """Whether we run in CI, where a missing server is an error rather than a reason to skip."""
    return os.environ.get("CI", "").strip().lower() == "true"


def _env(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


def worker_index() -> int | None:
    """This process's number under pytest-xdist (`gw1` is 1), or None when the suite runs in one process."""
    name = os.environ.get("PYTEST_XDIST_WORKER", "")
    return int(name.removeprefix("gw")) if name.startswith("gw") else None


@functools.cache
def _worker_database(url: str, index: int) -> str:
    """`url` renamed to a database of worker `index`'s own, made on the server if it is missing.

    Tests drop and re-create their database (tests/fresh_app.py): two workers on one name would pull
    it from under each other. A server that does not answer is left to `require` to report."""
    own = make_url(url).set(database=f"{make_url(url).database}_gw{index}")
    admin = own.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    try:
        with psycopg.connect(admin, connect_timeout=TIMEOUT_S, autocommit=True) as conn:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (own.database,)).fetchone()
            if found is None:
                conn.execute(f'CREATE DATABASE "{own.database}"')
    except psycopg.Error:
        pass
    return own.render_as_string(hide_password=False)


def postgres_url() -> str | None:
    """The SQLAlchemy URL of the test PostgreSQL database, or None when not configured: under
    pytest-xdist, a database of this worker's own on the same server."""
    url, index = _env(DATABASE_ENV), worker_index()
    return url if url is None or index is None else _worker_database(url, index)


def redis_url() -> str | None:
    """The URL of the test Redis server, or None when not configured: under pytest-xdist, a database
    number of this worker's own (1, 2, …), so that two workers' queues of one name never meet."""
    url, index = _env(REDIS_ENV), worker_index()
    if url is None or index is None:
        return url
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{index + 1}"))


# Debian's chromium under Playwright: without these it keeps trying the network (STACK-NOTES.md).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str | None:
    """The Chromium executable for browser tests: $HUB_TEST_CHROMIUM, else /usr/bin/chromium if present."""
    configured = _env(CHROMIUM_ENV)
    if configured:
        return configured
    return str(DEFAULT_CHROMIUM) if DEFAULT_CHROMIUM.exists() else None


def unavailable(reason: str) -> NoReturn:
    """Skip the current test, or fail it when running in CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: a missing server fails the build; {HINT})", pytrace=False)
    pytest.skip(f"{reason}; {HINT}")


def _redact(url: str) -> str:
    """The URL with any password replaced, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _check_postgres(url: str) -> None:
    # psycopg wants a libpq URL: drop SQLAlchemy's "+psycopg" driver suffix.
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, connect_timeout=TIMEOUT_S) as conn:
        conn.execute("SELECT 1")


def _check_redis(url: str) -> None:
    client = redis.Redis.from_url(url, socket_connect_timeout=TIMEOUT_S, socket_timeout=TIMEOUT_S)
    try:
        client.ping()
    finally:
        client.close()


def _check_chromium(path: str) -> None:
    if not os.access(path, os.X_OK) or not Path(path).is_file():
        raise FileNotFoundError(f"not an executable file: {path}")


_CHECKS = {"postgres": _check_postgres, "redis": _check_redis, "chromium": _check_chromium}
_ALIASES = {"postgresql": "postgres", "database": "postgres", "chrome": "chromium"}


@functools.cache
def _problem(what: str, target: str) -> str | None:
    """Why `target` is not usable, or None when it answers. Cached: one probe per target and session."""
    try:
        _CHECKS[what](target)
    except (psycopg.Error, redis.RedisError, OSError, ValueError) as exc:
        return f"{what} at {_redact(target)} does not answer: {type(exc).__name__}: {exc}".strip()
    return None


def require(url: str | None, what: str) -> str:
    """Return `url` once the server behind it answers; otherwise skip the test (fail it in CI).

    `what` names the kind of server: "postgres", "redis" or "chromium" (then `url` is a path).
    """
    kind = _ALIASES.get(what.lower(), what.lower())
    if kind not in _CHECKS:
        raise ValueError(f"unknown server kind {what!r}; expected one of {sorted(_CHECKS)}")
    if not url:
        env = {"postgres": DATABASE_ENV, "redis": REDIS_ENV, "chromium": CHROMIUM_ENV}[kind]
        unavailable(f"no {kind} for this test: {env} is not set")
    problem = _problem(kind, url)
    if problem:
        unavailable(problem)
    return url
