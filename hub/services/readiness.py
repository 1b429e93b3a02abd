"""Whether this web process can serve: the database answers and is migrated for this code, the job
queue answers, and the document store has room and can be written (`GET /readyz`).

Read-only and safe for anyone to see: no hostnames, no URLs, no personal data. Of a failure only the
exception's class is given, with a short reason in English and Danish, never its message (a driver's
message can quote the URL with its password). The queue's figures are the admin's job monitor's
(`job_monitor.job_counts`).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from redis.exceptions import RedisError
from rq import Queue
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from hub.logsetup import Both
from hub.services import job_monitor, schema, storage_room

log = logging.getLogger(__name__)
REASONS = {
    "database": ("the database did not answer", "databasen svarede ikke"),
    "queue": ("the job queue's server (Redis) did not answer", "jobkøens server (Redis) svarede ikke"),
}
NOT_MIGRATED = (
    "the database is not migrated for this version of the hub: run `hub db upgrade`",
    "databasen er ikke opdateret til denne version af hubben: kør `hub db upgrade`",
)


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 1)


def _failed(check: str, exc: Exception, since: float, **extra: Any) -> dict[str, Any]:
    # The class, not the text: a driver's message may carry the server's address and the URL.
    reason, reason_da = REASONS[check]
    log.warning(Both(f"readiness: {reason} (%s)", f"parathed: {reason_da} (%s)", type(exc).__name__))
    return {
        "ok": False,
        "ms": _ms(since),
        **extra,
        "error": type(exc).__name__,
        "reason": reason,
        "reason_da": reason_da,
    }


def database(engine: Engine, timeout_s: float) -> dict[str, Any]:
    """Ask the database `SELECT 1` and its schema's revision, waiting at most `timeout_s` for each
    statement on PostgreSQL."""
    since = time.perf_counter()
    try:
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                # Per transaction rather than in the connection's options: PgBouncer refuses those.
                connection.execute(text(f"SET LOCAL statement_timeout = {int(timeout_s * 1000)}"))
            connection.execute(text("SELECT 1"))
            verdict, found, expected = schema.state(connection)
    except (SQLAlchemyError, OSError) as exc:
        return _failed("database", exc, since, schema=None)
    # Behind, the pages and workers of this code would fail on a missing table or column, one request
    # at a time: better not sent traffic until `hub db upgrade` has run.
    migrated = verdict in ("current", "newer")
    if not migrated:
        log.warning(
            Both(
                "readiness: the schema is %s (%s; this code needs %s)",
                "parathed: skemaet er %s (%s; denne kode skal bruge %s)",
                verdict,
                found,
                expected,
            )
        )
    reason, reason_da = (None, None) if migrated else NOT_MIGRATED
    return {
        "ok": migrated,
        "ms": _ms(since),
        "schema": {"state": verdict, "revisions": found, "expected": expected},
        "error": None,
        "reason": reason,
        "reason_da": reason_da,
    }


def job_queue(queue: Queue, embedded: bool) -> dict[str, Any]:
    """The queue's depth, its failed jobs and its workers, or why the queue's server did not answer."""
    since = time.perf_counter()
    backend = "embedded" if embedded else "redis"
    try:
        counts = job_monitor.job_counts(queue)
        workers = job_monitor.alive(queue)
    except (RedisError, OSError) as exc:
        return _failed("queue", exc, since, backend=backend, depth=None, failed=None, workers=None)
    return {
        "ok": True,
        "ms": _ms(since),
        "backend": backend,
        "depth": counts["queued"],
        "failed": counts["failed"],
        "workers": workers,  # none is no reason to stop serving: uploads are kept and wait for one
        "error": None,
        "reason": None,
        "reason_da": None,
    }


def check(
    engine: Engine, queue: Queue, embedded: bool, timeout_s: float, store: tuple[Path, int]
) -> tuple[bool, dict[str, Any]]:
    """Whether the process is ready, and the answer `/readyz` gives (`status`, and each check), each
    check waiting at most `timeout_s`; `store` is the blob folder and the free bytes it must have
    (`storage_room`)."""
    checks = {
        "database": database(engine, timeout_s),
        "queue": job_queue(queue, embedded),
        "storage": storage_room.storage(*store, timeout_s),
    }
    ready = all(found["ok"] for found in checks.values())
    return ready, {"status": "ready" if ready else "unavailable", "checks": checks}
