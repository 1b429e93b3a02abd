"""Whether the request that claimed an `Idempotency-Key` is still alive, by what the database knows
(`hub.services.idempotency`; decision 0016, "Stop 66: api-100").

On PostgreSQL a claim is held by a transaction-scoped advisory lock on a connection of its own, opened
for it and closed when the request is answered: the server drops the lock with the connection, so a
claim whose process died (killed, out of memory, its machine gone) is free as soon as the server sees
the connection go. A lock nobody holds on an unanswered claim means its request is
gone. The connection is not the app's pool's (`_holder`: no pool): a request holding a pooled connection
and waiting for a second could starve the pool, every slot taken by requests waiting for another.

SQLite has no lock that outlives a statement per key: the process holding a claim renews it while its
upload is stored (`claim_renewal`), and a claim not renewed for `HUB_IDEMPOTENCY_HOLD_SECONDS` is free,
whichever process on the file holds it (decision 0016, "Stop 67: api-104").
"""

from __future__ import annotations

import math
import threading
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from hub.services import claim_renewal

# Seconds a retry is asked to wait (`Retry-After`) while the claim's request is known to be alive: an
# upload is stored in seconds, as a submission being processed is read (`following.POLL_AFTER`).
ALIVE_WAIT = 2
# The first of the two 32-bit keys of the advisory locks (the second is the claim's id): "IK". The
# single 64-bit keys of `link_ahead` and `sequencer` are another key space (PostgreSQL 9.27.10).
_SPACE = 0x494B
_TRY = text("SELECT pg_try_advisory_xact_lock(:space, :id), pg_backend_pid()")
# Whether the backend `pid` (the hold's connection) still holds the claim's lock: a two-key advisory
# lock is listed with its keys in `classid` and `objid`, `objsubid` 2 (PostgreSQL's `pg_locks`).
# A connection gone (ended, the server restarted) has no backend, so none of its locks is listed.
_STILL = text(
    "SELECT EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' AND classid = :space "
    "AND objid = :id AND objsubid = 2 AND pid = :pid AND granted)"
)

_HOLDERS_LOCK = threading.Lock()
# PostgreSQL: the engine (no pool) of the holds' connections, by the app's engine's URL.
_HOLDERS: dict[str, Engine] = {}


class Hold:
    """A claim held by this request until `release` (after its answer is kept, or it is let go)."""

    def __init__(self, engine: Engine, claim_id: int, connection: Connection | None, pid: int | None) -> None:
        self._engine, self._claim_id, self._connection, self._pid = engine, claim_id, connection, pid

    def still_held(self, session: Session) -> bool:
        """Whether the claim is still this request's, read in `session`'s transaction (so that the
        answer it writes there is written only by its holder: a take-over's update of the row waits on
        the writer's row lock). On PostgreSQL its connection may have been lost (the server restarted,
        the connection ended) and the claim then taken over by a retry. SQLite has no lock to ask: False,
        so that the row's own stamp tells (a take-over stamps its own `created_at`: `idempotency_keep`)."""
        if self._pid is None:
            return False
        found = session.scalar(_STILL, {"space": _SPACE, "id": self._claim_id, "pid": self._pid})
        return bool(found)

    def release(self) -> None:
        """Let the claim's lock go: its connection is closed (no pool), its transaction with it."""
        if self._connection is not None:
            connection, self._connection = self._connection, None
            try:
                connection.close()
            except DBAPIError as exc:
                # Lost (the server restarted, the connection ended): its lock went with it, and the
                # rollback that closing tries has nothing to roll back.
                if not exc.connection_invalidated:
                    raise
        else:
            claim_renewal.let_go(self._engine, self._claim_id)


def fresh(session: Session, claim_id: int, seconds: int) -> Hold:
    """Hold the claim `claim_id` this request has just made (before it is committed, so that no other
    request ever sees it unheld); on SQLite renewed every third of `seconds`."""
    hold = _hold(session, claim_id, seconds)
    assert hold is not None, "a new claim's id is held by nobody"
    return hold


def take(session: Session, claim_id: int, last_word: datetime, now: datetime, seconds: int) -> Hold | int:
    """Hold the claim `claim_id` for this request if the request that made it is gone; else the seconds
    to wait before asking again (`Retry-After`). On SQLite it is gone once its `last_word` (made, or last
    renewed) is `seconds` old."""
    engine = _engine(session)
    if engine.dialect.name != "postgresql":
        if claim_renewal.held_here(engine, claim_id):
            return ALIVE_WAIT
        quiet = timedelta(seconds=seconds)
        if last_word > now - quiet:  # renewed lately: its process may be storing it
            return max(1, math.ceil((last_word + quiet - now).total_seconds()))
    hold = _hold(session, claim_id, seconds)
    return ALIVE_WAIT if hold is None else hold


def _hold(session: Session, claim_id: int, seconds: int) -> Hold | None:
    """The claim held for this request, or None when a live request holds it."""
    engine = _engine(session)
    if engine.dialect.name == "postgresql":
        connection = _holder(engine).connect()
        locked, pid = connection.execute(_TRY, {"space": _SPACE, "id": claim_id}).one()
        if locked:
            return Hold(engine, claim_id, connection, pid)
        connection.close()
        return None
    if not claim_renewal.hold(engine, claim_id, seconds):
        return None
    return Hold(engine, claim_id, None, None)


def _engine(session: Session) -> Engine:
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    return engine


def _holder(engine: Engine) -> Engine:
    """The engine of the holds' own connections to `engine`'s database: each opened for one claim and
    closed at its release, outside `engine`'s pool."""
    url = engine.url.render_as_string(hide_password=False)
    with _HOLDERS_LOCK:
        if url not in _HOLDERS:
            _HOLDERS[url] = create_engine(engine.url, poolclass=NullPool, hide_parameters=True)
        return _HOLDERS[url]
