"""What a worker waits for when a batch is tried again (`backoff.with_backoff`), in English and Danish:
the server by name and address ("waiting for PostgreSQL at 127.0.0.1:5432"), or that the database
stopped the batch to let another worker's pass (a deadlock, a serialization failure), which is no server
lost. The worker's log then says what it waits for, as the issue asks, not only an error's class."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from hub.extensions import db
from hub.lazy_names import is_loaded_instance
from hub.queue import queue
from hub.server_names import database_address, database_name, redis_address

# The database cannot be reached (refused, gone mid-statement, restarting): no fault of the work's.
DATABASE_DOWN = (OperationalError, InterfaceError)

# SQLSTATE of errors a busy database raises to break a tie between two transactions: class 40
# (deadlock detected, serialization failure) and lock not available. The server is there.
_TIE_BROKEN = ("40", "55P03")


def waiting_for(exc: BaseException) -> tuple[str, str]:
    """What `exc` means the worker waits for, in English and Danish, never quoting its text."""
    if is_loaded_instance(exc, "redis.exceptions", "RedisError"):
        where = redis_address(queue.state().connection)
        return f"waiting for Redis at {where}", f"venter på Redis på {where}"
    state = getattr(getattr(exc, "orig", None), "sqlstate", None) if isinstance(exc, DBAPIError) else None
    if state and state.startswith(_TIE_BROKEN):
        return (
            "the database stopped it to let another worker's batch pass",
            "databasen stoppede den for at lade en anden workers batch komme først",
        )
    name, where = database_name(db.engine), database_address(db.engine)
    danish = "databasen" if name == "the database" else name
    return f"waiting for {name} at {where}", f"venter på {danish} på {where}"
