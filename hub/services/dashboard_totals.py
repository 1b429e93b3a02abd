"""The dashboards' running totals: kept by the difference each placement's new summary makes.

`dashboard_summary.refresh` knows a placement's summary rows before and after a record changes them and
hands both to `note`; the difference is held on the session and written at its commit, all of it in one
sorted batch of upserts (`apply_pending`, called by `dashboard_refresh`'s `before_commit` hook after it
has refreshed the placements marked in the transaction). Sorted, so that two workers committing
placements of the same agreement lock the same rows in the same order and never deadlock; at the commit,
so that the rows are locked for the length of a few statements, not of a whole document. A savepoint that
rolls back takes its differences with it. An agreement's totals computed again from its summaries are
`dashboard_totals_rebuild`'s (decision 0017).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from hub.models import (
    MonthTotal,
    OccupancyDay,
    OccupancyMonth,
    OutcomeTotal,
)
from hub.models.base import Base
from hub.services import held
from hub.services.dashboard_emptied import drop_emptied

PENDING = held.key("dashboard_totals")  # held items: (table, key, sums)
# Each table's key columns and summed columns, in the order the batch writes them.
TABLES: tuple[tuple[type[Base], tuple[str, ...], tuple[str, ...]], ...] = (
    (OccupancyDay, ("agreement_id", "municipality_code", "p_number", "day"), ("starts", "ends")),
    (OccupancyMonth, ("agreement_id", "municipality_code", "p_number", "month"), ("starts", "ends")),
    (
        MonthTotal,
        ("agreement_id", "municipality_code", "month"),
        (
            "granted_hours",
            "delivered_hours",
            "claimable_hours",
            "amount_dkk",
            "with_gaps",
            "with_missing",
        ),
    ),
    (
        OutcomeTotal,
        ("agreement_id", "municipality_code", "ended", "outcome", "benefit_row", "male", "under_30"),
        ("count", "days"),
    ),
)
Changes = dict[tuple[int, tuple[Any, ...]], list[Any]]  # (table index, key) -> sums


def _summary_changes(row: dict[str, Any], sign: int, into: Changes) -> None:
    where = (row["agreement_id"], row["municipality_code"], row["p_number"])
    for index, first in ((0, row["start"]), (1, row["start"].replace(day=1))):
        add(into, index, (*where, first), [sign, 0])
    for index, last in ((0, row["last_day"]), (1, row["last_day"].replace(day=1))):
        add(into, index, (*where, last), [0, sign])
    outcome_key = (
        row["agreement_id"],
        row["municipality_code"],
        row["ended"],
        row["outcome"] or "",
        row["benefit_row"],
        row["male"],
        row["under_30"],
    )
    add(into, 3, outcome_key, [sign, sign * (row["days"] or 0)])


def _month_changes(row: dict[str, Any], sign: int, into: Changes) -> None:
    key = (row["agreement_id"], row["municipality_code"], row["month"])
    sums = [
        sign * Decimal(row["granted_hours"]),
        sign * Decimal(row["delivered_hours"]),
        sign * Decimal(row["claimable_hours"]),
        sign * Decimal(row["amount_dkk"]),
        sign * (row["gaps"] > 0),
        sign * (row["missing"] > 0),
    ]
    add(into, 2, key, sums)


def add(into: Changes, table: int, key: tuple[Any, ...], sums: list[Any]) -> None:
    """Add `sums` to what `into` holds for the row `key` of table number `table`."""
    held = into.get((table, key))
    into[(table, key)] = sums if held is None else [a + b for a, b in zip(held, sums, strict=True)]


Rows = tuple[dict[str, Any] | None, list[dict[str, Any]]]  # a placement's (summary, month rows)


def note(session: Session, before: Rows, after: Rows) -> None:
    """Hold the difference between a placement's (summary, month rows) before and after, for the commit."""
    note_many(session, [(before, after)])


def note_many(session: Session, placements: Iterable[tuple[Rows, Rows]]) -> None:
    """Hold the difference between each placement's rows before and after, summed over them all: one item
    a row of the totals, not one a placement's (some ten a placement in a refresh of a hundred, each
    summed again by `apply_pending`: decision 0030, stop 50). The same sums reach the commit."""
    changes: Changes = {}
    for before, after in placements:
        for (summary, months), sign in ((before, -1), (after, 1)):
            if summary is not None:
                _summary_changes(summary, sign, changes)
            for month in months:
                _month_changes(month, sign, changes)
    for (table, key), sums in changes.items():
        if any(sums):
            held.hold(session, PENDING, (table, key, sums))


def forget(session: Session, agreement_id: str) -> None:
    """Drop the differences held for an agreement whose totals are about to be computed anew."""
    held.keep_only(session, PENDING, lambda item: item[1][0] != agreement_id)


def apply_pending(session: Session) -> None:
    """Write the differences held on the session: summed per row, sorted, one upsert per table."""
    if not held.committing(session):
        # A savepoint released (each document of a batch has one) is not the commit: the differences
        # stay held, with the savepoint they came from, and a batch writes them all at its commit.
        return
    pending = held.take(session, PENDING)
    if not pending:
        return
    merged: Changes = {}
    for table, key, sums in pending:
        add(merged, table, key, sums)
    rows: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for (table, key), sums in sorted(merged.items(), key=lambda item: (item[0][0], _order(item[0][1]))):
        model, keys, summed = TABLES[table]
        if any(sums):
            rows[table].append({**dict(zip(keys, key, strict=True)), **dict(zip(summed, sums, strict=True))})
    for table, values in sorted(rows.items()):
        _upsert(session, *TABLES[table], values)
        drop_emptied(session, *TABLES[table], values)  # a row back at zero goes, as if never written


def _order(key: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(str(part) for part in key)


def _upsert(
    session: Session, model: type[Base], keys: tuple[str, ...], summed: tuple[str, ...], rows: list[Any]
) -> None:
    """Add `rows`' sums to the rows with their keys, inserting those not there yet."""
    dialect = session.get_bind().dialect.name
    statement = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)
    table = model.__table__
    increments = {name: table.c[name] + statement.excluded[name] for name in summed}
    session.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=increments), rows)
