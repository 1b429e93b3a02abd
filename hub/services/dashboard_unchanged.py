"""Which of a refresh's rows are stored already as it would write them: those are kept, not deleted and
written again (decision 0030, "Stop 59: pg-68").

A refresh recomputes every month of every placement a batch touched, though a form changes one or two
of them: on a year's mix, more than half of the month rows and most summaries came out as they were
stored, and each was deleted and copied in again (its heap row, four or six index entries, the key's
check on `placements`, their WAL, and the dead rows for vacuum). A row is kept when the row it would
write holds the same columns and each column would be stored as it is:

- a JSON column by its text: the text the write would send (`bulk.copy_processor`, the same for COPY
  and for SQLite's executemany) against the text of the stored value read back, which the serializer
  gives back as it was written;
- a Numeric column on PostgreSQL by value (`numeric(p, s)` stores the value rounded to its scale, so two
  equal values are stored alike). SQLite keeps a Numeric as a REAL and reads it back rounded to the
  column's scale: equal read back is not equal as stored, so there a row with a Numeric column is
  always written again, as before;
- any other column by value (`==`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import JSON, Dialect, Numeric, Table

from hub.services import bulk

Row = dict[str, Any]
Rows = tuple[Row | None, list[Row]]  # a placement's summary row and month rows


@cache
def _comparers(table: Table, dialect: Dialect) -> dict[str, Callable[[Any], Any] | None]:
    """Each column's way to the value compared: its text for JSON, the value itself otherwise; a column
    whose stored value cannot be told from what is read back has none (its rows are never kept)."""
    found: dict[str, Callable[[Any], Any] | None] = {}
    for column in table.columns:
        impl = column.type.dialect_impl(dialect)
        if isinstance(impl, JSON):
            found[column.name] = bulk.copy_processor(column.type, dialect)
        elif isinstance(impl, Numeric) and dialect.name != "postgresql":
            found[column.name] = None
        else:
            found[column.name] = _itself
    return found


def _itself(value: Any) -> Any:
    return value


def same(table: Table, dialect: Dialect, stored: Row, new: Row) -> bool:
    """Whether writing `new` would store what `stored` (as read back) holds already."""
    if stored.keys() != new.keys():
        return False
    comparers = _comparers(table, dialect)
    for name, value in new.items():
        compare = comparers[name]
        if compare is None or compare(value) != compare(stored[name]):
            return False
    return True


def split(
    summaries: Table,
    months: Table,
    dialect: Dialect,
    placements: Iterable[tuple[int, Rows, Rows]],
) -> tuple[list[int], list[tuple[int, date]], list[Row], list[Row]]:
    """For each (placement id, its rows stored, its rows computed): the placements whose stored summary
    goes, the (placement id, month) keys of the stored months that go, and the summaries and months to
    write. A stored row computed alike stays and is not written; every other stored row goes, and every
    other computed row is written."""
    gone_summaries: list[int] = []
    gone_months: list[tuple[int, date]] = []
    new_summaries: list[Row] = []
    new_months: list[Row] = []
    for placement_id, (summary, stored_months), (computed, computed_months) in placements:
        if summary is not None and computed is not None and same(summaries, dialect, summary, computed):
            pass
        else:
            if summary is not None:
                gone_summaries.append(placement_id)
            if computed is not None:
                new_summaries.append(computed)
        stored_by_month = {row["month"]: row for row in stored_months}
        kept = set()
        for row in computed_months:
            old = stored_by_month.get(row["month"])
            if old is not None and same(months, dialect, old, row):
                kept.add(row["month"])
            else:
                new_months.append(row)
        gone_months += [(placement_id, month) for month in stored_by_month if month not in kept]
    return gone_summaries, gone_months, new_summaries, new_months
