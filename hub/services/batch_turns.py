"""Turns over the citizens' ranges: a later batch never overtakes an earlier one, and follows close
behind it (decision 0030, "Stop 50"; PostgreSQL only, SQLite has one writer).

The citizens' lock numbers (`link_ahead.lock_number`, 60 bits) fall in `RANGES` fixed ranges, their top
three bits. A batch stores its documents range by range, ascending, a commit after each
(`batch_ranges`), and stores range j only while it holds turn j: a session-level advisory lock in a
space of its own (the two-int form, which never meets the citizens' bigint locks), on a connection of
the batch's own, not the session's, which the pool swaps at each commit. After range j's commit it takes
turn j+1 and only then gives up turn j (hand over hand), so a batch behind another can never pass it,
and two workers store batch k's range j+1 and batch k+1's range j at once: different citizens.

A batch waits for a turn only after a commit, holding no row and no citizen's lock, so the batch ahead,
which never waits for a turn held by one behind, cannot be kept waiting on it. The claim has a turn of
its own, `CLAIM`, taken first (`processing.process_batch`); a batch claims, starts reading, and then
takes turn 0 and gives up the claim's: so batches enter range 0 in the order they claim, and the next
batch claims and reads while this one reads and stores. The turns live on the connection: a dead
worker's go with it, and a batch that fails drops that connection rather than giving it back to the
pool holding them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from hub.services import link_ahead

log = logging.getLogger(__name__)

SPACE = 49  # the advisory locks' first int: the turns' own space
RANGES = 8  # the top three bits of a 60-bit lock number
CLAIM = RANGES  # the turn for the claim, before range 0's
_SHIFT = 60 - 3

_TAKE = text("SELECT pg_advisory_lock(:space, :turn)")
_GIVE = text("SELECT pg_advisory_unlock(:space, :turn)")
_GIVE_ALL = text("SELECT pg_advisory_unlock_all()")
# The next turn if it is free, and whether another batch is behind this one: holds or waits for a turn
# up to the one held (in this database: a session's advisory locks are per database).
# Whether another batch holds or waits for a turn in this database.
_OTHERS = text(
    "SELECT EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2 AND classid = :space"
    " AND pid <> pg_backend_pid()"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
)
_TRY = text(
    "SELECT pg_try_advisory_lock(:space, :turn),"
    " EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2 AND classid = :space"
    " AND objid::bigint <= :held AND pid <> pg_backend_pid()"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
)


def range_of(citizen_key: str) -> int:
    """The range of a citizen (its keyed hash): the top bits of its lock number."""
    return link_ahead.lock_number(citizen_key) >> _SHIFT


class Turns:
    """The turns a batch holds, on its own connection (autocommit: it holds no transaction open)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.held: int | None = None

    def take(self, turn: int) -> None:
        """Take `turn` (waiting for the batch ahead to give it up), then give up the one held. Taking
        the turn held does nothing: a session's advisory lock counts how often it was taken, and one
        given up once less than taken would be held until the connection ends."""
        if turn == self.held:
            return
        self._connection.execute(_TAKE, {"space": SPACE, "turn": turn})
        self._give_up(turn)

    def alone(self) -> bool:
        """Whether no other batch holds or waits for a turn: then this one may store as one worker
        always did, in the order read, holding turn 0 to its end (a batch that comes meanwhile claims,
        reads and waits for it), and keep reading and storing at once; a batch with company takes the
        ranges."""
        return not self._connection.execute(_OTHERS, {"space": SPACE}).scalar()

    def step(self, turn: int, commit: Callable[[], None]) -> None:
        """Go on to `turn` with the transaction open, committing it (`commit`) first only when that is
        needed: when another batch is behind this one (it would wait for this one's citizens until the
        commit, rather than store the range given up), or when the next turn is not free (a batch waits
        for a turn only after its commit, holding nothing the batch ahead could wait for: no circle
        PostgreSQL could not see, the turns being on a connection of their own). One worker alone so
        commits once a batch, as without the turns."""
        if turn == self.held:
            return
        held = -1 if self.held is None else self.held
        got, behind = self._connection.execute(_TRY, {"space": SPACE, "turn": turn, "held": held}).one()
        if behind or not got:
            commit()
        if not got:
            self._connection.execute(_TAKE, {"space": SPACE, "turn": turn})
        self._give_up(turn)

    def _give_up(self, taken: int) -> None:
        if self.held is not None:
            self._connection.execute(_GIVE, {"space": SPACE, "turn": self.held})
        self.held = taken


@contextmanager
def turns(session: Session) -> Iterator[Turns | None]:
    """A batch's turns, the claim's taken; None on SQLite (one writer: the batch stores as before)."""
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    if engine.dialect.name != "postgresql":
        yield None
        return
    connection = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    ended = False
    try:
        held = Turns(connection)
        held.take(CLAIM)
        yield held
        ended = True
    finally:
        _end(connection, ended)


def _end(connection: Connection, ended: bool) -> None:
    """Give the turns up. A batch that failed (the server may have cut the connection, a signal may
    have come mid-statement) drops the connection, which gives them up with it, rather than risk handing
    the pool a connection still holding a turn: the next batch would hold it for ever."""
    if ended:
        try:
            connection.execute(_GIVE_ALL)
            connection.close()
            return
        except Exception as exc:
            log.info("turns not given back on their connection (%s): dropped with it", type(exc).__name__)
    try:
        connection.invalidate()
        connection.close()
    except Exception:  # the connection is gone already, and its turns with it
        pass
