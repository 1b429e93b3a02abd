"""The dashboards' SQL: a fixed number of statements, each reading a bounded number of rows.

Sums and counts come from the running totals (`dashboard_totals`), whose size follows days, months and
sites rather than placements; lists read their first rows along an index, with a LIMIT (decision 0017).
The statements are built once, at import (`dashboard_statements`). None reads a CPR number except
`people`, which reads the few placements a page lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session

from hub.services.dashboard_statements import (
    BEFORE,
    EMPTIED,
    ENDING,
    FIRST,
    GAPS_COLUMNS,
    MISSING_COLUMNS,
    MONTH_TOTALS,
    MT,
    OUTCOMES,
    PEOPLE,
    PM,
    RUNNING,
    WINDOW_DAYS,
)


@dataclass(frozen=True)
class Group:
    """A municipality's placements at one site: all, running on the day, ending soon, and running on
    each chart day."""

    municipality_code: str
    p_number: str
    total: int
    occupied: int
    ending: int
    days: tuple[int, ...]


def window_start(chart: list[date]) -> date:
    """The first day of the earliest chart day's month: the days from it on are read one by one."""
    return min(chart).replace(day=1)


def groups(session: Session, agreement_id: str, as_of: date, soon: date, chart: list[date]) -> list[Group]:
    """Per municipality and site: placements, running on `as_of`, ending by `soon`, and running on
    each of the `CHART_DAYS` chart days (two statements: the months before the chart, its days)."""
    window = window_start([*chart, as_of])
    values = {"agreement": agreement_id, "window": window, "as_of": as_of, "soon": soon}
    values.update({f"day{i}": day for i, day in enumerate(chart)})
    before = {(row.municipality_code, row.p_number): row for row in session.execute(BEFORE, values)}
    recent = {(row.municipality_code, row.p_number): row for row in session.execute(WINDOW_DAYS, values)}
    found = []
    for key in sorted(before.keys() | recent.keys()):
        earlier = int(before[key].running) if key in before else 0
        total = int(before[key].total) if key in before else 0
        row = recent.get(key)
        days = tuple(earlier + (int(getattr(row, f"day{i}")) if row else 0) for i in range(len(chart)))
        occupied = earlier + (int(row.occupied) if row else 0)
        found.append(Group(*key, total, occupied, int(row.ending) if row else 0, days))
    return found


def first_start(session: Session, agreement_id: str) -> date | None:
    """The agreement's first placement's start."""
    return session.scalar(FIRST, {"agreement": agreement_id})


def last_month_with_hours(session: Session, agreement_id: str, before: date, only: str | None) -> date | None:
    """The first day of the latest month before `before` in which hours were delivered (to `only`'s
    citizens, when given), or None."""
    query = select(func.max(MT.month)).where(
        MT.agreement_id == agreement_id, MT.month < before, MT.delivered_hours > 0
    )
    if only is not None:
        query = query.where(MT.municipality_code == only)
    return session.scalar(query)


def emptied(session: Session, agreement_id: str, as_of: date, deepest: int) -> dict[str, list[date]]:
    """Per site, the last days of the `deepest` placements that ended most recently before `as_of`,
    most recent first."""
    ends: dict[str, list[date]] = {}
    for row in session.execute(EMPTIED, {"agreement": agreement_id, "as_of": as_of, "limit": deepest}):
        days = ends.setdefault(row.p_number, [])
        days.extend([row.day] * min(int(row.ends), deepest - len(days)))
    return ends


def month_totals(session: Session, agreement_id: str, month: date) -> list[Any]:
    """Per municipality for one month: hours granted, delivered and claimable, the amount, and how many
    placements have gaps and missing evidence."""
    return list(session.execute(MONTH_TOTALS, {"agreement": agreement_id, "month": month}))


def ending(
    session: Session,
    agreement_id: str,
    as_of: date,
    soon: date,
    only: str | None,
    limit: int,
    offset: int = 0,
) -> list[Any]:
    """The placements (by last day) whose last day falls in `as_of..soon`, from the `offset`th."""
    values = {"agreement": agreement_id, "as_of": as_of, "soon": soon, "only": only, "limit": limit}
    values["offset"] = offset
    return list(session.execute(ENDING[only is not None], values))


def running(
    session: Session, agreement_id: str, as_of: date, only: str | None, limit: int, offset: int = 0
) -> list[Any]:
    """The placements running on `as_of`, the latest started first, from the `offset`th."""
    values = {"agreement": agreement_id, "as_of": as_of, "only": only, "limit": limit, "offset": offset}
    return list(session.execute(RUNNING[only is not None], values))


def flagged(
    session: Session,
    agreement_id: str,
    month: date,
    gaps: bool,
    slices: list[tuple[str, int, int]],
) -> list[Any]:
    """The placements with missing or wrong evidence (`gaps` False: what is missing) or with a gap between
    granted and delivered hours (`gaps` True) in the month, in one statement: for each slice
    `(municipality, limit, offset)` in its order, that municipality's rows by placement, read along its
    own index. One statement however many municipalities a page reaches (none: it reads nothing)."""
    columns, wanted = (GAPS_COLUMNS, PM.gaps > 0) if gaps else (MISSING_COLUMNS, PM.missing > 0)
    parts = []
    for i, (code, limit, offset) in enumerate(slices or [("", 0, 0)]):
        part = (
            select(literal(i).label("part"), *columns)
            .where(PM.agreement_id == agreement_id, PM.month == month, wanted, PM.municipality_code == code)
            .order_by(PM.placement_id)
            .limit(limit)
            .offset(offset)
            .subquery()
        )
        parts.append(select(part))
    both = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()
    return list(session.execute(select(both).order_by(both.c.part, both.c.placement_id)))


def outcome_groups(session: Session, agreement_id: str, only: str | None) -> list[Any]:
    """Placements counted by ended, outcome, benefit row, sex and age, with the ended's days summed."""
    return list(session.execute(OUTCOMES[only is not None], {"agreement": agreement_id, "only": only}))


def people(session: Session, placement_ids: set[int]) -> dict[int, tuple[str, dict[str, Any], int]]:
    """Participant id, the placement record's content and its id (the page a name links to) of each
    listed placement (a bounded set; run even when it is empty, so that a page makes the same
    statements at every size)."""
    rows = session.execute(PEOPLE, {"ids": sorted(placement_ids)})
    return {row.id: (row.participant_id, row.data, row.record_id) for row in rows}
