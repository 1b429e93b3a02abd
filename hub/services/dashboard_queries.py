"""The dashboards' SQL: a fixed number of aggregate queries over the summaries, whatever the size.

Every function is one statement (decision 0017): sums and counts by GROUP BY, lists with a LIMIT. The
statements are built once, at import, with bound parameters: building a statement of a dozen CASE
expressions anew costs more than PostgreSQL takes to run it. None reads a CPR number except `people`,
which reads the few placements a page lists.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Integer, String, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from hub.models import Placement, PlacementMonth, PlacementSummary, Record, RecordVersion

PS, PM = PlacementSummary, PlacementMonth
CHART_DAYS = 12  # the chart's days: the 15th of the eleven months before, and the day itself

AGREEMENT = bindparam("agreement", type_=String)
AS_OF, SOON, MONTH = (bindparam(name, type_=Date) for name in ("as_of", "soon", "month"))
LIMIT = bindparam("limit", type_=Integer)
ONLY = bindparam("only", type_=String)
DAYS = [bindparam(f"day{i}", type_=Date) for i in range(CHART_DAYS)]


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _running(day: Any) -> ColumnElement[bool]:
    return and_(PS.start <= day, PS.last_day >= day)


def _own(column: Any) -> ColumnElement[bool]:
    """The rows of municipality `only`, or every row when `only` is None."""
    return or_(ONLY.is_(None), column == ONLY)


GROUPS = (
    select(
        PS.municipality_code,
        PS.p_number,
        func.count().label("total"),
        _count_if(_running(AS_OF)).label("occupied"),
        _count_if(and_(PS.last_day >= AS_OF, PS.last_day <= SOON)).label("ending"),
        func.min(PS.start).label("first"),
        *(_count_if(_running(day)).label(f"day{i}") for i, day in enumerate(DAYS)),
    )
    .where(PS.agreement_id == AGREEMENT)
    .group_by(PS.municipality_code, PS.p_number)
)
_RANK = func.row_number().over(partition_by=PS.p_number, order_by=(PS.last_day.desc(), PS.placement_id))
_ENDED = (
    select(PS.p_number, PS.last_day, _RANK.label("rank"))
    .where(PS.agreement_id == AGREEMENT, PS.last_day < AS_OF)
    .subquery()
)
EMPTIED = (
    select(_ENDED.c.p_number, _ENDED.c.last_day)
    .where(_ENDED.c.rank <= LIMIT)
    .order_by(_ENDED.c.p_number, _ENDED.c.rank)
)
MONTH_TOTALS = (
    select(
        PM.municipality_code,
        func.coalesce(func.sum(PM.granted_hours), 0).label("granted"),
        func.coalesce(func.sum(PM.delivered_hours), 0).label("delivered"),
        func.coalesce(func.sum(PM.claimable_hours), 0).label("claimable"),
        func.coalesce(func.sum(PM.amount_dkk), 0).label("amount"),
        _count_if(PM.gaps > 0).label("with_gaps"),
        _count_if(PM.missing > 0).label("with_missing"),
    )
    .where(PM.agreement_id == AGREEMENT, PM.month == MONTH)
    .group_by(PM.municipality_code)
)
ENDING = (
    select(PS.placement_id, PS.municipality_code, PS.last_day)
    .where(
        PS.agreement_id == AGREEMENT, PS.last_day >= AS_OF, PS.last_day <= SOON, _own(PS.municipality_code)
    )
    .order_by(PS.last_day, PS.placement_id)
    .limit(LIMIT)
)
RUNNING = (
    select(PS.placement_id, PS.municipality_code, PS.start, PS.last_day)
    .where(PS.agreement_id == AGREEMENT, _running(AS_OF), _own(PS.municipality_code))
    .order_by(PS.start, PS.placement_id)
    .limit(LIMIT)
)
MISSING = (
    select(PM.placement_id, PM.municipality_code, PM.problems)
    .where(PM.agreement_id == AGREEMENT, PM.month == MONTH, PM.missing > 0, _own(PM.municipality_code))
    .order_by(PM.municipality_code, PM.placement_id)
    .limit(LIMIT)
)
GAPS = (
    select(
        PM.placement_id,
        PM.municipality_code,
        PM.granted_hours,
        PM.delivered_hours,
        PM.claimable_hours,
        PM.gaps,
    )
    .where(PM.agreement_id == AGREEMENT, PM.month == MONTH, PM.gaps > 0, _own(PM.municipality_code))
    .order_by(PM.municipality_code, PM.placement_id)
    .limit(LIMIT)
)
_KEYS = (PS.ended, PS.outcome, PS.benefit_row, PS.male, PS.under_30)
OUTCOMES = (
    select(*_KEYS, func.count().label("count"), func.coalesce(func.sum(PS.days), 0).label("days"))
    .where(PS.agreement_id == AGREEMENT, _own(PS.municipality_code))
    .group_by(*_KEYS)
)
PEOPLE = (
    select(Placement.id, Placement.participant_id, RecordVersion.data)
    .join(Record, (Record.placement_id == Placement.id) & (Record.form_type == "placement"))
    .join(
        RecordVersion,
        (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
    )
    .where(Placement.id.in_(bindparam("ids", expanding=True)))
)


def groups(session: Session, agreement_id: str, as_of: date, soon: date, chart: list[date]) -> list[Any]:
    """Per municipality and site: placements, running on `as_of`, ending by `soon`, running on each
    of the `CHART_DAYS` chart days, and the first start."""
    days = {f"day{i}": day for i, day in enumerate(chart)}
    return list(session.execute(GROUPS, {"agreement": agreement_id, "as_of": as_of, "soon": soon, **days}))


def emptied(session: Session, agreement_id: str, as_of: date, deepest: int) -> list[Any]:
    """Per site, the last days of the `deepest` placements that ended most recently before `as_of`."""
    return list(session.execute(EMPTIED, {"agreement": agreement_id, "as_of": as_of, "limit": deepest}))


def month_totals(session: Session, agreement_id: str, month: date) -> list[Any]:
    """Per municipality for one month: hours granted, delivered and claimable, the amount, and how many
    placements have gaps and missing evidence."""
    return list(session.execute(MONTH_TOTALS, {"agreement": agreement_id, "month": month}))


def ending(
    session: Session, agreement_id: str, as_of: date, soon: date, only: str | None, limit: int
) -> list[Any]:
    """The first placements (by last day) whose last day falls in `as_of..soon`."""
    values = {"agreement": agreement_id, "as_of": as_of, "soon": soon, "only": only, "limit": limit}
    return list(session.execute(ENDING, values))


def running(session: Session, agreement_id: str, as_of: date, only: str | None, limit: int) -> list[Any]:
    """The first placements (by start) running on `as_of`."""
    values = {"agreement": agreement_id, "as_of": as_of, "only": only, "limit": limit}
    return list(session.execute(RUNNING, values))


def missing(session: Session, agreement_id: str, month: date, only: str | None, limit: int) -> list[Any]:
    """The first placements with missing or wrong evidence in the month, and what."""
    values = {"agreement": agreement_id, "month": month, "only": only, "limit": limit}
    return list(session.execute(MISSING, values))


def gaps(session: Session, agreement_id: str, month: date, only: str | None, limit: int) -> list[Any]:
    """The first placements with a gap between granted and delivered hours in the month."""
    values = {"agreement": agreement_id, "month": month, "only": only, "limit": limit}
    return list(session.execute(GAPS, values))


def outcome_groups(session: Session, agreement_id: str, only: str | None) -> list[Any]:
    """Placements counted by ended, outcome, benefit row, sex and age, with the ended's days summed."""
    return list(session.execute(OUTCOMES, {"agreement": agreement_id, "only": only}))


def people(session: Session, placement_ids: set[int]) -> dict[int, tuple[str, dict[str, Any]]]:
    """Participant id and the placement record's content of each listed placement (a bounded set; run
    even when it is empty, so that a page makes the same statements at every size)."""
    rows = session.execute(PEOPLE, {"ids": sorted(placement_ids)})
    return {row.id: (row.participant_id, row.data) for row in rows}
