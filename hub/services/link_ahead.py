"""The citizens' locks and placements a batch links against, taken and read for many documents at once.

Linking a document takes its citizen's lock (on PostgreSQL) and reads the citizen's placements at the
site: two statements a document. A batch knows which citizens its documents are about before it stores
the first of them (`expect`), so the first document that links reads ahead for all of them: every lock
in one statement, every placement in one more (decision 0038). `linking` asks here first, and notes each
placement a document creates.

A savepoint that rolls back (a rejected document) may have created placements whose rows are gone, and
taken locks that went with them: everything known is forgotten then, and the next document reads ahead
again for the documents still expected. Without `knowing` (hub reprocess, a single store), every link
takes its lock and reads its placements itself, as before.

No citizen's lock is waited for while the batch's transaction may hold one (decision 0030, "Stop 57"
and "Stop 59: engine-68"): a lock a read ahead needs then (a row of a document of many records, whose
citizens are not known before it is stored; a citizen read again after a savepoint rolled back) is only
tried, and one another transaction holds raises `CitizenHeld`: the document is put off, and its citizens
are waited for, in order, in a transaction that holds none (`lock_expected`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, event, select, text
from sqlalchemy.orm import Session, SessionTransaction

from hub.models import Placement
from hub.pseudonyms import cpr_key
from hub.services.id_lists import among

KEY = "link_ahead"  # `session.info`: the `Known` of the batch (`records_ahead` reads it too)
Pair = tuple[str, str]  # (the citizen's keyed hash, the site's P-number)

# Built once: a batch links hundreds of documents, and building these statements cost more than running
# them.
_PLACEMENTS_OF = select(Placement).where(
    Placement.cpr_key == bindparam("key"), Placement.p_number == bindparam("p_number")
)
# Run on the connection, not through the session: the ORM's execution of a text statement cost more
# than the lock. The array is unnested in its own order, so the locks are taken in the order given.
_LOCK = text("SELECT pg_advisory_xact_lock(:number)")
_LOCK_MANY = text("SELECT pg_advisory_xact_lock(n) FROM unnest(CAST(:numbers AS bigint[])) AS n")
# A run's locks tried, none waited for: each number with whether it was taken (False: another
# transaction holds it).
_TRY_MANY = text("SELECT n, pg_try_advisory_xact_lock(n) FROM unnest(CAST(:numbers AS bigint[])) AS n")


class CitizenHeld(Exception):
    """A citizen's lock another transaction holds, needed while this one may hold others: the document is
    put off (its savepoint rolled back, or nothing of it written) and stored once its citizens are
    locked in a transaction that holds none (`Known.wanted`, `lock_expected`)."""


@dataclass
class Known:
    """What the batch's transaction holds: the locks taken, the placements read, the pairs expected."""

    expected: set[Pair] = field(default_factory=set)
    locked: set[int] = field(default_factory=set)
    placements: dict[Pair, list[Placement]] = field(default_factory=dict)
    # The placements' records read ahead and not yet handed out, and every placement read so far
    # (`records_ahead`).
    records: dict[int, list[Any]] = field(default_factory=dict)
    records_read: set[int] = field(default_factory=set)
    # Whether the transaction may hold a citizen's lock: a savepoint rolled back forgets `locked`, but
    # the locks taken before it are still held.
    holding: bool = False
    # The pairs a put-off document found held (`CitizenHeld`): locked with those expected, each time
    # no lock is held (`lock_expected`), for the rest of the batch.
    wanted: set[Pair] = field(default_factory=set)

    def forget(self) -> None:
        """Drop the locks, placements and records known (not the pairs expected)."""
        self.locked.clear()
        self.placements.clear()
        self.records.clear()
        self.records_read.clear()

    def committed(self) -> None:
        """The transaction committed (or rolled back whole): its locks went with it."""
        self.forget()
        self.holding = False


@contextmanager
def knowing(session: Session) -> Iterator[Known]:
    """Read ahead for the links made on `session` inside the block."""
    known = session.info[KEY] = Known()
    try:
        yield known
    finally:
        session.info.pop(KEY, None)


def pair_of(record: dict[str, Any], secret: str) -> Pair:
    """The (citizen key, P-number) a canonical record links by."""
    return cpr_key(secret, record["citizen"]["cpr"]), record["site"]["p_number"]


def expect(session: Session, records: Iterable[dict[str, Any]], secret: str) -> None:
    """Note the records about to be linked: the first link reads ahead for all of them."""
    known = session.info.get(KEY)
    if known is not None:
        known.expected = {pair_of(record, secret) for record in records}


def lock_expected(session: Session) -> None:
    """Take the locks of the pairs expected (`expect`) now, every one waited for, in ascending order.

    Only in a transaction that holds no citizen's lock yet: the batch commits what it stored first
    (`processing`). Locks taken in ascending order by every transaction never wait for each other in a
    circle; waiting for a citizen below one already held could close one with another worker that holds
    it and waits for ours (PostgreSQL ends that by failing one batch). A batch's runs, which do hold
    locks, only try theirs (`take_expected`)."""
    known: Known | None = session.info.get(KEY)
    if known is None:
        return
    # Every pair found held so far, not only the last round's: a document put off again (a row further
    # on) finds its earlier rows' citizens locked this time too, so each round locks one more.
    known.expected |= known.wanted
    numbers = sorted({lock_number(key) for key, _ in known.expected} - known.locked)
    _lock(session, numbers)
    known.locked.update(numbers)
    known.holding = known.holding or bool(numbers)


def take_expected(session: Session) -> set[str]:
    """Take the locks of the pairs expected (`expect`) that no other transaction holds, waiting for none;
    the citizen keys another transaction holds, whose pairs are no longer expected.

    Two workers' batches of a year's forms share many citizens: a batch that waited here for another's
    citizen waited for that batch's whole commit, its other documents with it (decision 0030, "Stop
    57"). Its caller puts those documents off to the batch's end instead, and waits for them in a
    transaction of its own (`lock_expected`), so no lock is waited for while this one holds any."""
    known: Known | None = session.info.get(KEY)
    if known is None or session.get_bind().dialect.name != "postgresql":
        return set()
    keys: dict[int, set[str]] = {}
    for key, _ in known.expected:
        keys.setdefault(lock_number(key), set()).add(key)
    numbers = sorted(keys.keys() - known.locked)
    if not numbers:
        return set()
    tried = session.connection().execute(_TRY_MANY, {"numbers": numbers}).all()
    taken = [number for number, ok in tried if ok]
    held = {key for number, ok in tried if not ok for key in keys[number]}
    known.locked.update(taken)
    known.holding = known.holding or bool(taken)
    known.expected = {pair for pair in known.expected if pair[0] not in held}
    return held


def lock_number(key: str) -> int:
    """The advisory lock's number for a citizen key: its first 60 bits (a keyed hash, so spread)."""
    return int(key[:15], 16)


def placements(session: Session, pair: Pair) -> list[Placement]:
    """The citizen's placements at the site, under the citizen's lock (taken now unless held)."""
    known: Known | None = session.info.get(KEY)
    if known is None:
        _lock(session, [lock_number(pair[0])])
        return list(session.scalars(_PLACEMENTS_OF, {"key": pair[0], "p_number": pair[1]}))
    if pair not in known.placements:
        _read_ahead(session, known, {pair} | (known.expected - known.placements.keys()))
    return list(known.placements[pair])


def created(session: Session, pair: Pair, placement: Placement) -> None:
    """Note a placement a document created, for the batch's next documents about the same citizen."""
    known: Known | None = session.info.get(KEY)
    if known is not None and pair in known.placements:
        known.placements[pair].append(placement)


def _read_ahead(session: Session, known: Known, pairs: set[Pair]) -> None:
    # The pairs not locked yet: a row of a document of many records, or those read again after a
    # savepoint rolled back (whose locks the transaction may still hold: trying one it holds succeeds).
    numbers = sorted({lock_number(key) for key, _ in pairs} - known.locked)
    if known.holding and numbers and session.get_bind().dialect.name == "postgresql":
        # Waiting now could close a circle with a worker that holds this citizen and waits for one of
        # ours (decision 0030, "Stop 59: engine-68"): only tried.
        tried = session.connection().execute(_TRY_MANY, {"numbers": numbers}).all()
        known.locked.update(number for number, ok in tried if ok)
        busy = {number for number, ok in tried if not ok}
        if busy:
            known.wanted.update(pair for pair in pairs if lock_number(pair[0]) in busy)
            raise CitizenHeld(f"{len(busy)} citizen(s) held by another transaction")
    else:
        _lock(session, numbers)
        known.locked.update(numbers)
        known.holding = known.holding or bool(numbers)
    for pair in pairs:
        known.placements[pair] = []
    keys = sorted({key for key, _ in pairs})
    for placement in session.scalars(select(Placement).where(among(session, Placement.cpr_key, keys))):
        listed = known.placements.get((placement.cpr_key, placement.p_number))
        if listed is not None:
            listed.append(placement)


def _lock(session: Session, numbers: list[int]) -> None:
    """Take the citizens' advisory locks until the transaction ends (PostgreSQL; SQLite has one writer)."""
    if not numbers or session.get_bind().dialect.name != "postgresql":
        return
    # Two workers taking two forms of one citizen at once must not both create a placement: they take
    # turns per citizen.
    if len(numbers) == 1:
        session.connection().execute(_LOCK, {"number": numbers[0]})
    else:
        session.connection().execute(_LOCK_MANY, {"numbers": numbers})


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, previous: SessionTransaction) -> None:
    """A rolled-back savepoint took its placements' rows and its locks with it: read again when next
    needed. The locks taken before it are still held; a whole transaction rolled back holds none."""
    known: Known | None = session.info.get(KEY)
    if known is not None and previous.nested:
        known.forget()
    elif known is not None:
        known.committed()
