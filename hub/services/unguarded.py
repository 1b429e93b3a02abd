"""A document stored without a savepoint of its own, and the batch redone with savepoints when that was
not safe (decision 0039).

A batch used to store each document in a SAVEPOINT, so that a rejected or crashing one is rolled back
alone. Nearly every document is accepted, and nearly every rejection (no placement fits, the form would
correct two at once) is found before the document writes anything: the two statements and the
session's bookkeeping a savepoint costs were an eighth of a worker's time for nothing. So the batch
stores documents unguarded, and `guarded` watches each one:

- it finished: nothing to do;
- it was rejected (or put off: a citizen another transaction holds, `link_ahead.CitizenHeld`) before it
  wrote a row or held one for the commit: that stands, and the database holds nothing of it (as a
  rolled-back savepoint would leave it);
- anything else (rejected after it wrote, crashed, a statement failed, which on PostgreSQL aborts the
  whole transaction): `Redo`. The batch rolls back and stores every document again in a savepoint of its
  own, as before, where the document is rolled back alone.

A lost server is not a reason to redo: it is raised as it is, for the batch's back-off (`backoff`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from hub.errors import Rejection
from hub.services import held, link_ahead
from hub.services.backoff import is_transient

T = TypeVar("T")

_WRITES = "hub_writes"  # on the connection's `info`: statements run that may have changed a row


class Redo(Exception):
    """A document failed after it wrote: the batch must be stored again with a savepoint per document."""


@event.listens_for(Engine, "before_cursor_execute")
def _count(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
    # Counted by the statement's text, not its construct: a text() UPDATE is a write too. A SELECT that
    # locks (FOR UPDATE, an advisory lock) changes no row.
    if not statement.lstrip()[:6].upper().startswith("SELECT"):
        conn.info[_WRITES] = conn.info.get(_WRITES, 0) + 1


def _mark(session: Session) -> tuple[int, int]:
    """How much the session has written and held so far; equal marks: nothing in between."""
    return session.connection().info.get(_WRITES, 0), held.count(session)


def guarded(session: Session, store: Callable[[], T]) -> T:
    """Run `store` (one document's writes) without a savepoint; its `Rejection` when it left nothing
    behind, else `Redo` (or a lost server's error, as it is)."""
    before = _mark(session)
    try:
        return store()
    except Exception as exc:
        if is_transient(exc):
            raise
        if isinstance(exc, Rejection | link_ahead.CitizenHeld) and _mark(session) == before:
            raise
        raise Redo(f"{type(exc).__name__} after the document wrote: stored again with savepoints") from exc
