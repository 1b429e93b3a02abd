"""The dashboards' SQL: a fixed number of aggregate queries over the summaries, whatever the size.

Every function is one statement (decision 0017): sums and counts by GROUP BY, lists with a LIMIT. None
reads a CPR number except `people`, which reads the few placements a page lists.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from hub.models import Placement, PlacementMonth, PlacementSummary, Record, RecordVersion

PS, PM = PlacementSummary, PlacementMonth


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _running(day: date) -> ColumnElement[bool]:
    return and_(PS.start <= day, PS.last_day >= day)


def _own(column: Any, only: str | None) -> ColumnElement[bool]:
    return column == only if only is not None else column.isnot(None)


def groups(session: Session, agreement_id: str, as_of: date, soon: date, chart: list[date]) -> list[Any]:
    """Per municipality and site: placements, running on `as_of`, ending by `soon`, running on each
    chart day, and the first start."""
    columns = [
        PS.municipality_code,
        PS.p_number,
        func.count().label("total"),
        _count_if(_running(as_of)).label("occupied"),
        _count_if(and_(PS.last_day >= as_of, PS.last_day <= soon)).label("ending"),
        func.min(PS.start).label("first"),
        *(_count_if(_running(day)).label(f"day{i}") for i, day in enumerate(chart)),
    ]
    query = (
        select(*columns).where(PS.agreement_id == agreement_id).group_by(PS.municipality_code, PS.p_number)
    )
    return list(session.execute(query))


def emptied(session: Session, agreement_id: str, as_of: date, deepest: int) -> list[Any]:
    """Per site, the last days of the `deepest` placements that ended most recently before `as_of`."""
    rank = func.row_number().over(partition_by=PS.p_number, order_by=(PS.last_day.desc(), PS.placement_id))
    inner = (
        select(PS.p_number, PS.last_day, rank.label("rank"))
        .where(PS.agreement_id == agreement_id, PS.last_day < as_of)
        .subquery()
    )
    query = select(inner.c.p_number, inner.c.last_day).where(inner.c.rank <= deepest)
    return list(session.execute(query.order_by(inner.c.p_number, inner.c.rank)))


def month_totals(session: Session, agreement_id: str, month: date) -> list[Any]:
    """Per municipality for one month: hours granted, delivered and claimable, the amount, and how many
    placements have gaps and missing evidence."""
    query = (
        select(
            PM.municipality_code,
            func.coalesce(func.sum(PM.granted_hours), 0).label("granted"),
            func.coalesce(func.sum(PM.delivered_hours), 0).label("delivered"),
            func.coalesce(func.sum(PM.claimable_hours), 0).label("claimable"),
            func.coalesce(func.sum(PM.amount_dkk), 0).label("amount"),
            _count_if(PM.gaps > 0).label("with_gaps"),
            _count_if(PM.missing > 0).label("with_missing"),
        )
        .where(PM.agreement_id == agreement_id, PM.month == month)
        .group_by(PM.municipality_code)
    )
    return list(session.execute(query))


def ending(
    session: Session, agreement_id: str, as_of: date, soon: date, only: str | None, limit: int
) -> list[Any]:
    """The first placements (by last day) whose last day falls in `as_of..soon`."""
    query = (
        select(PS.placement_id, PS.municipality_code, PS.last_day)
        .where(PS.agreement_id == agreement_id, PS.last_day >= as_of, PS.last_day <= soon)
        .where(_own(PS.municipality_code, only))
        .order_by(PS.last_day, PS.placement_id)
        .limit(limit)
    )
    return list(session.execute(query))


def running(session: Session, agreement_id: str, as_of: date, only: str | None, limit: int) -> list[Any]:
    """The first placements (by start) running on `as_of`."""
    query = (
        select(PS.placement_id, PS.municipality_code, PS.start, PS.last_day)
        .where(PS.agreement_id == agreement_id, _running(as_of), _own(PS.municipality_code, only))
        .order_by(PS.start, PS.placement_id)
        .limit(limit)
    )
    return list(session.execute(query))


def missing(session: Session, agreement_id: str, month: date, only: str | None, limit: int) -> list[Any]:
    """The first placements with missing or wrong evidence in the month, and what."""
    query = (
        select(PM.placement_id, PM.municipality_code, PM.problems)
        .where(PM.agreement_id == agreement_id, PM.month == month, PM.missing > 0)
        .where(_own(PM.municipality_code, only))
        .order_by(PM.municipality_code, PM.placement_id)
        .limit(limit)
    )
    return list(session.execute(query))


def gaps(session: Session, agreement_id: str, month: date, only: str | None, limit: int) -> list[Any]:
    """The first placements with a gap between granted and delivered hours in the month."""
    query = (
        select(
            PM.placement_id,
            PM.municipality_code,
            PM.granted_hours,
            PM.delivered_hours,
            PM.claimable_hours,
            PM.gaps,
        )
        .where(PM.agreement_id == agreement_id, PM.month == month, PM.gaps > 0)
        .where(_own(PM.municipality_code, only))
        .order_by(PM.municipality_code, PM.placement_id)
        .limit(limit)
    )
    return list(session.execute(query))


def outcome_groups(session: Session, agreement_id: str, only: str | None) -> list[Any]:
    """Placements counted by ended, outcome, benefit row, sex and age, with the ended's days summed."""
    keys = (PS.ended, PS.outcome, PS.benefit_row, PS.male, PS.under_30)
    query = (
        select(*keys, func.count().label("count"), func.coalesce(func.sum(PS.days), 0).label("days"))
        .where(PS.agreement_id == agreement_id, _own(PS.municipality_code, only))
        .group_by(*keys)
    )
    return list(session.execute(query))


def people(session: Session, placement_ids: set[int]) -> dict[int, tuple[str, dict[str, Any]]]:
    """Participant id and the placement record's content of each listed placement (a bounded set; run
    even when it is empty, so that a page makes the same statements at every size)."""
    query = (
        select(Placement.id, Placement.participant_id, RecordVersion.data)
        .join(Record, (Record.placement_id == Placement.id) & (Record.form_type == "placement"))
        .join(
            RecordVersion,
            (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
        )
        .where(Placement.id.in_(sorted(placement_ids)))
    )
    return {row.id: (row.participant_id, row.data) for row in session.execute(query)}
