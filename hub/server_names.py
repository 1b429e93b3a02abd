"""How a log line names a server and where it is ("PostgreSQL at 127.0.0.1:5432", "Redis at
/run/redis.sock"), never with a password. Outside `hub.cli`, whose package imports the app: the worker's
retries (`server_lost`) name the server too, and the jobs the app imports import that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:  # imported by every `hub` command through `server_lost`; redis only where used
    from redis import Redis


def redis_address(connection: Redis) -> str:
    """host:port (or the socket path) of a Redis connection, for a log line."""
    kwargs = connection.connection_pool.connection_kwargs
    if "path" in kwargs:
        return str(kwargs["path"])
    return f"{kwargs.get('host', 'localhost')}:{kwargs.get('port', 6379)}"


def database_address(engine: Engine) -> str:
    """host:port of the database (the file for SQLite), for a log line; never the password."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def database_name(engine: Engine) -> str:
    """How a log line names the database server."""
    return "PostgreSQL" if engine.url.get_backend_name() == "postgresql" else "the database"
