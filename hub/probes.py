"""Connections of their own for the readiness probe, with short timeouts, kept per app.

The app's own engine waits for a pooled connection (30 s when the pool is spent) and on SQLite for the
write lock (every transaction takes it, `hub.extensions`); its Redis client has no socket timeout and
retries. A probe that hung as long would be killed by its load balancer instead of saying "unavailable",
so it connects afresh each time (no pool: that is what the next request would have to do) and gives up
after `TIMEOUT_S`.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask
from redis import Redis
from redis.backoff import NoBackoff
from redis.retry import Retry
from rq import Queue
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from hub.queue import queue

TIMEOUT_S = 2  # libpq's connect_timeout takes whole seconds, at least 2


@dataclass(frozen=True)
class Probes:
    """What the readiness probe asks: an engine and the app's queue on short-timeout connections."""

    engine: Engine
    queue: Queue
    embedded: bool


def probe_engine(url: str, timeout_s: int = TIMEOUT_S) -> Engine:
    """An engine without a pool that gives up connecting after `timeout_s` (the statement's own timeout
    is set per transaction by the caller, `readiness.database`, which works through PgBouncer too)."""
    if make_url(url).get_backend_name() == "sqlite":
        # The file exists already (`make_engine` made it private); no BEGIN IMMEDIATE: SELECT 1 locks nothing.
        connect_args: dict[str, object] = {"timeout": timeout_s}
    else:
        connect_args = {"connect_timeout": max(2, timeout_s)}
    return create_engine(url, poolclass=NullPool, connect_args=connect_args, hide_parameters=True)


def probe_queue(app: Flask, timeout_s: int = TIMEOUT_S) -> Queue:
    """The app's queue on a Redis client that times out after `timeout_s` and does not retry; the
    embedded queue as it is (it lives in this process and cannot hang)."""
    state = queue.state(app)
    if state.embedded:
        return state.queue
    connection = Redis.from_url(
        app.config["REDIS_URL"],
        socket_connect_timeout=timeout_s,
        socket_timeout=timeout_s,
        retry=Retry(NoBackoff(), 0),
    )
    return Queue(state.queue.name, connection=connection)


def probes(app: Flask) -> Probes:
    """The app's probe connections, made on first use (nothing connects until a probe asks)."""
    found = app.extensions.get("hub.probes")
    if found is None:
        # Two first probes at once may each make one; the spare is dropped, nothing is leaked but a client.
        found = Probes(probe_engine(app.config["DATABASE_URL"]), probe_queue(app), queue.state(app).embedded)
        app.extensions["hub.probes"] = found
    return found
