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

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, any_, literal
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
