"""The storage floor for `tools.bench`: what ingestion wrote, written again by a bare bulk insert.

After a real ingestion run the rows it left are read back (`read_back`): every row whose primary key
was not there before the run, in every table but the sequencer's tree (`SEQUENCER_TABLES`: integrating
the log is not ingestion's work), plus the `audit_pending` row `audit.append` writes for each audit entry
(the sequencer deleted them since). `insert_floor` writes exactly those rows into a database set up the
same way (same schema, same agreements): SQLAlchemy Core `insert(table)` with the rows prepared up
front (executemany), one transaction per 100 documents. Documents per second of that is the floor no
pipeline that stores the same rows on the same database can beat by much.

Which transaction a row goes in follows its document: rows are spread over the transactions in the
order they were written (their primary key), and a row never goes before a row it references (a foreign
key), so the same rows insert on PostgreSQL, which checks every reference, as they do on SQLite.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, insert, select

from hub.models.base import Base

SEQUENCER_TABLES = frozenset({"audit_leaves", "audit_nodes", "audit_checkpoints"})
PER_TRANSACTION = 100  # documents per transaction


@dataclass(frozen=True)
class Written:
    """The rows an ingestion run left, table by table in dependency order, and for how many documents."""

    documents: int
    tables: dict[str, list[dict[str, Any]]]

    def counts(self) -> str:
        """Rows per table, per document, for the bench's notes."""
        per = max(1, self.documents)
        return ", ".join(f"{name} {len(rows) / per:.2g}" for name, rows in self.tables.items() if rows)

    @property
    def rows(self) -> int:
        """Rows in all tables."""
        return sum(len(rows) for rows in self.tables.values())


def keys(engine: Engine) -> dict[str, set[tuple[Any, ...]]]:
    """The primary keys of every row in every table: the baseline `read_back` leaves out."""
    with engine.connect() as conn:
        return {
            table.name: {tuple(row) for row in conn.execute(select(*table.primary_key.columns))}
            for table in Base.metadata.sorted_tables
        }


def read_back(engine: Engine, before: dict[str, set[tuple[Any, ...]]], documents: int) -> Written:
    """The rows written since `before` (every row whose primary key it does not hold) in every table
    but the sequencer's, in primary-key order; and one `audit_pending` row per new audit entry when the
    sequencer has emptied that inbox since."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in SEQUENCER_TABLES:
                continue
            columns = [c.name for c in table.primary_key.columns]
            query = select(table).order_by(*table.primary_key.columns)
            old = before.get(table.name, set())
            rows = [
                dict(row)
                for row in conn.execute(query).mappings()
                if tuple(row[c] for c in columns) not in old
            ]
            if rows:
                tables[table.name] = rows
    events = tables.get("audit_events", [])
    if events and not tables.get("audit_pending"):
        # Dependency order: the inbox right after the entries it points at.
        ordered = {}
        for name, rows in tables.items():
            ordered[name] = rows
            if name == "audit_events":
                ordered["audit_pending"] = [{"event_id": event["id"]} for event in events]
        tables = ordered
    return Written(documents, tables)


Key = tuple[tuple[str, ...], tuple[Any, ...]]  # (columns, their values in one row)


def _key(row: dict[str, Any], columns: tuple[str, ...]) -> Key:
    return columns, tuple(row[c] for c in columns)


def batches(written: Written, per: int = PER_TRANSACTION) -> list[dict[str, list[dict[str, Any]]]]:
    """The rows split into one batch per `per` documents, each row in the batch of its place in its
    table's order or later, never before a row it references."""
    count = max(1, math.ceil(written.documents / per))
    out: list[dict[str, list[dict[str, Any]]]] = [{} for _ in range(count)]
    placed: dict[str, dict[Key, int]] = {}  # table -> (columns, values) another table refers to -> batch
    metadata = Base.metadata.tables
    referred: dict[str, set[tuple[str, ...]]] = {name: set() for name in written.tables}
    links: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = {}
    for name in written.tables:
        links[name] = []
        for fk in metadata[name].foreign_key_constraints:
            other = fk.referred_table.name
            if other in written.tables and other != name:
                columns = tuple(element.column.name for element in fk.elements)
                links[name].append((tuple(element.parent.name for element in fk.elements), other, columns))
                referred[other].add(columns)
    for name, rows in written.tables.items():
        seen: dict[Key, int] = {}
        for rank, row in enumerate(rows):
            batch = rank * count // len(rows)
            for columns, other, their in links[name]:
                values = tuple(row[c] for c in columns)
                if None not in values:
                    batch = max(batch, placed[other].get((their, values), 0))
            out[batch].setdefault(name, []).append(row)
            for columns in referred[name]:
                seen[_key(row, columns)] = batch
        placed[name] = seen
    return out


def insert_floor(engine: Engine, prepared: list[dict[str, list[dict[str, Any]]]]) -> float:
    """Seconds to insert the prepared batches, one transaction each (Core executemany per table)."""
    metadata = Base.metadata.tables
    start = time.perf_counter()
    for batch in prepared:
        with engine.begin() as conn:
            for name, rows in batch.items():
                conn.execute(insert(metadata[name]), rows)
    return time.perf_counter() - start


def floor(engine: Engine, written: Written, per: int = PER_TRANSACTION) -> float:
    """Documents per second of the bare bulk insert of `written` into `engine` (set up, still empty of
    these rows)."""
    prepared = batches(written, per)
    seconds = insert_floor(engine, prepared)
    return written.documents / seconds if seconds else math.nan
