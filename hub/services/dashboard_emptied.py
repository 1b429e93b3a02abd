"""The running totals' rows that a commit brings back to nothing are deleted (decision 0017, "Stop 59:
refresh-69").

A row of the totals is written when a placement's summary first counts something under its key, and
its sums follow each difference after that. A placement form and its correction refreshed in one commit
never write the rows of what the correction undid (the differences cancel before the upsert), while
refreshed in two commits (a batch commits early when a reader stalls, `batch_outcome.STALL_SECONDS`) they
left those rows behind at zero: what was stored depended on the host's load. The dashboards read the
totals as sums, so a zero row and no row read alike; deleting it makes the tables alike too. Only a row
that some difference lowered can have come to zero, so only those keys are looked at, after the upsert
and in the same transaction (their rows are locked already, in the batch's sorted order).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Numeric, and_, delete, func, tuple_
from sqlalchemy.orm import Session

from hub.models.base import Base, table_of

KEYS_A_STATEMENT = 500  # keys of up to seven columns: well under SQLite's 32,766 parameters


def drop_emptied(
    session: Session, model: type[Base], keys: tuple[str, ...], summed: tuple[str, ...], rows: list[Any]
) -> None:
    """Delete the rows of `rows`' keys (the differences just added) whose every sum is now zero."""
    lowered = [tuple(row[k] for k in keys) for row in rows if any(row[name] < 0 for name in summed)]
    if not lowered:
        return
    table = table_of(model)
    empty = and_(*(_is_zero(table.c[name]) for name in summed))
    key = tuple_(*(table.c[k] for k in keys))
    for start in range(0, len(lowered), KEYS_A_STATEMENT):
        session.execute(delete(table).where(key.in_(lowered[start : start + KEYS_A_STATEMENT]), empty))


def _is_zero(column: Any) -> Any:
    # SQLite keeps a Numeric as a REAL: sums of hours added and taken away can leave a remainder far below
    # the column's scale, which is zero as read back (and on PostgreSQL the value is exact).
    if isinstance(column.type, Numeric) and column.type.scale is not None:
        return func.round(column, column.type.scale) == 0
    return column == 0


def nonzero(row: dict[str, Any], summed: tuple[str, ...]) -> bool:
    """Whether a row of the totals counts anything (a rebuild writes only those, as the refresh keeps)."""
    return any(row[name] for name in summed)
