"""`column IN (a batch's ids)` as one parameter on PostgreSQL (decision 0030, stop 41).

A batch's statements name up to a hundred ids each (the claim, the lock, the lease's renewal, the
placements refreshed). Written as `IN (...)` they bind one parameter an id, and psycopg caches the
parsing of a statement only up to 50 parameters: every such statement was parsed again in Python
(`_query2pg_nocache`, about a seventh of a millisecond a form under the profiler), and reached
PostgreSQL with a shape of its own per batch size, planned again each time. `= ANY(array)` binds one
array whatever the batch's size, so psycopg keeps its parse and PostgreSQL its prepared plan. The rows
it selects are the same as the `IN` list's; SQLite has no arrays and keeps the `IN` list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, any_, func, literal, select, tuple_
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement


def among(
    bind: Session | Connection | Engine,
    column: InstrumentedAttribute[Any] | ColumnElement[Any],
    values: Iterable[Any],
) -> ColumnElement[bool]:
    """`column` is one of `values`: `= ANY(:array)` on PostgreSQL, `IN (...)` elsewhere."""
    listed = list(values)
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    if dialect.name != "postgresql":
        return column.in_(listed)
    return column == any_(literal(listed, ARRAY(column.type)))


SQLITE_PAIRS = 1000  # pairs a statement on SQLite: two parameters each, well under its 32,766


def pairs_among(
    bind: Session | Connection | Engine,
    columns: tuple[InstrumentedAttribute[Any], InstrumentedAttribute[Any]],
    pairs: Sequence[tuple[Any, Any]],
) -> list[ColumnElement[bool]]:
    """`(first, second)` is one of `pairs`, as conditions to run one after the other (a statement each):
    on PostgreSQL one, two arrays unnested side by side (one parameter each, as `among`); elsewhere a
    list of pairs, `SQLITE_PAIRS` a condition."""
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    both = tuple_(*columns)
    if dialect.name != "postgresql":
        return [both.in_(pairs[i : i + SQLITE_PAIRS]) for i in range(0, len(pairs), SQLITE_PAIRS)]
    firsts = literal([p[0] for p in pairs], ARRAY(columns[0].type))
    seconds = literal([p[1] for p in pairs], ARRAY(columns[1].type))
    return [both.in_(select(func.unnest(firsts), func.unnest(seconds)))]


def ids_of(submission_ids: int | Sequence[int]) -> list[int]:
    """One id or a batch's, as a list."""
    return [submission_ids] if isinstance(submission_ids, int) else list(submission_ids)
