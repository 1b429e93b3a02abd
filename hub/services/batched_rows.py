"""A batch's new placements, records and first versions written in one statement a table (decision 0030,
stop 43).

A form that creates a citizen's placement and its record was two INSERTs on PostgreSQL (the placement,
then the record with its first version in one CTE), each with its round trip and its execution; held
and written together, the server's CPU a form fell by 12-19 % and the worker's by up to a tenth (decision
0030, stop 43). Their ids are needed at once (the record
names its placement, the provenance its version, the audit entry its record), but every row that names
them is held for the commit too. So on PostgreSQL, for a document the batch stores without a savepoint
(`unguarded`), the ids are taken from the tables' sequences first, a run's worth in one SELECT, and the
rows are held (`held`) until the batch writes them, one COPY a table, before its outcomes and summaries.

What keeps each document all or nothing, and every read as it was:

- The rows are held like the provenance rows: a document that held some and is then rejected or crashes
  makes the batch store everything again with a savepoint per document (`unguarded.Redo`), where nothing
  is deferred. A rolled-back transaction drops them.
- A document whose citizen and site (`link_ahead.Pair`) already has rows held, or a document of many
  items (savepoints of its own, and its participants are read by id), has the held rows written first,
  before it is watched: whatever it reads of that placement (its records, a corrected period) is then in
  the database, and what was written is its neighbours', not its own.
- A held row that the database refuses at the write (a key or a constraint) makes the batch `Redo`, so
  that the document it belongs to fails alone, as an INSERT of it would have.

SQLite, `hub reprocess` and a single upload write as before. Ids taken and not used (a rejected
document) are skipped, as a rolled-back INSERT skips its id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session, SessionTransaction

from hub.models import Placement, Record, RecordVersion
from hub.models.base import table_of, utcnow
from hub.services import bulk, held, unguarded
from hub.services.backoff import is_transient
from hub.services.link_ahead import Pair

LATER = held.key("batched_rows_later")  # held items: (table, row)
_KEY = "batched_rows_run"
# In the order their keys need them.
_TABLES = (table_of(Placement), table_of(Record), table_of(RecordVersion))


@dataclass
class _Run:
    """The documents being stored: how many rows each table may still need, the ids taken, the pairs
    whose rows are held, and the pair of the document storing now (None: nothing is deferred)."""

    wanted: dict[str, int] = field(default_factory=dict)
    ids: dict[str, list[int]] = field(default_factory=dict)
    pairs: set[Pair] = field(default_factory=set)
    storing: Pair | None = None


def _run(session: Session) -> _Run:
    run: _Run | None = session.info.get(_KEY)
    if run is None:
        run = session.info[_KEY] = _Run()
    return run


def expect(session: Session, records: Iterable[dict[str, Any]]) -> None:
    """Note the canonical records a batch is about to store: the ids taken at once for them (a placement
    form makes a placement, every form a record and a version unless it corrects one)."""
    listed = list(records)
    run = _run(session)
    placements = sum(record["form_type"] == "placement" for record in listed)
    run.wanted = {"placements": placements, "records": len(listed), "record_versions": len(listed)}


@contextmanager
def deferring(session: Session, pair: Pair | None) -> Iterator[None]:
    """Store one document with its placement, record and version held (`pair`: its citizen and site),
    or (None: a document of items) written as before. Held rows of the same pair, or any with None, are
    written first."""
    run = _run(session)
    if pair is None or pair in run.pairs:
        write(session)
    if pair is None or session.get_bind().dialect.name != "postgresql":
        yield
        return
    run.storing = pair
    try:
        yield
    finally:
        run.storing = None


def active(session: Session) -> bool:
    """Whether the document storing now holds its new rows (`deferring`)."""
    run: _Run | None = session.info.get(_KEY)
    return run is not None and run.storing is not None


def new_placement(session: Session, row: dict[str, Any]) -> int:
    """Hold a new placement (every column given) for the batch's write; its id."""
    placement_id = _next_id(session, "placements")
    _hold(session, 0, {"id": placement_id, **row})
    return placement_id


def new_record(session: Session, record: dict[str, Any], version: dict[str, Any]) -> tuple[int, int]:
    """Hold a record (`current_version` 1) and its first version; (the record's id, the version's)."""
    now = utcnow()
    record_id = _next_id(session, "records")
    version_id = _next_id(session, "record_versions")
    _hold(session, 1, {"id": record_id, **record, "created_at": now})
    # Every column given, as COPY sets no default of SQLAlchemy's: what made it is None where not said.
    version = {"read_with": None, "mapped_with": None} | version
    _hold(session, 2, {"id": version_id, "record_id": record_id, "version": 1, **version, "created_at": now})
    return record_id, version_id


def _hold(session: Session, table: int, row: dict[str, Any]) -> None:
    run = _run(session)
    assert run.storing is not None
    run.pairs.add(run.storing)
    held.hold(session, LATER, (table, row))


# Ascending, so that ids follow the order the documents are stored in, as the INSERTs' defaults did.
_NEXT_IDS = {
    table.name: text(
        f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
        "FROM generate_series(1, :count) ORDER BY 1"
    )
    for table in _TABLES
}


def _next_id(session: Session, table: str) -> int:
    run = _run(session)
    ids = run.ids.setdefault(table, [])
    if not ids:
        count = max(1, run.wanted.get(table, 0))
        ids.extend(int(i) for i in session.connection().scalars(_NEXT_IDS[table], {"count": count}))
    run.wanted[table] = run.wanted.get(table, 0) - 1
    return ids.pop(0)


def write(session: Session) -> None:
    """Write every row held, one statement a table; a row refused makes the batch `Redo`."""
    run: _Run | None = session.info.get(_KEY)
    if run is not None:
        run.pairs.clear()
    items = held.take(session, LATER)
    if not items:
        return
    tables: list[list[dict[str, Any]]] = [[] for _ in _TABLES]
    for table, row in items:
        tables[table].append(row)
    try:
        for table_rows, table in zip(tables, _TABLES, strict=True):
            bulk.insert_rows(session.connection(), table, table_rows)
    except Exception as exc:
        if is_transient(exc):
            raise
        # Whose row it was is not known here: each document again in a savepoint, written as it goes.
        raise unguarded.Redo(f"{type(exc).__name__} writing a batch's held rows") from exc


def _at_commit(session: Session) -> None:
    """Whatever commits the batch's transaction writes its held rows (the batch does so before its
    summaries, `processing`); the ids taken are not used again."""
    if held.committing(session):
        write(session)
        session.info.pop(_KEY, None)


# First of the commit's hooks: the provenance rows and the summaries written there name these rows.
event.listen(Session, "before_commit", _at_commit, insert=True)


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, previous: SessionTransaction) -> None:
    """A rolled-back transaction took the held rows with it (`held`); its ids are not used again."""
    if not previous.nested:
        session.info.pop(_KEY, None)
