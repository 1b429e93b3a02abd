"""The dashboards' SQL statements, built once, at import, with bound parameters: building a statement of
a dozen CASE expressions anew costs more than PostgreSQL takes to run it. Run by `dashboard_queries`,
which says what each reads; only `PEOPLE` reads a CPR number.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    String,
    and_,
    bindparam,
    case,
    func,
    select,
    true,
)

from hub.models import (
    MonthTotal,
    OccupancyDay,
    OccupancyMonth,
    OutcomeTotal,
    Placement,
    PlacementMonth,
    PlacementSummary,
    Record,
    RecordVersion,
)

PS, PM = PlacementSummary, PlacementMonth
OD, OM, MT, OT = OccupancyDay, OccupancyMonth, MonthTotal, OutcomeTotal
CHART_DAYS = 12  # the chart's days: the 15th of the eleven months before, and the day itself

AGREEMENT = bindparam("agreement", type_=String)
AS_OF, SOON, MONTH, WINDOW = (bindparam(name, type_=Date) for name in ("as_of", "soon", "month", "window"))
LIMIT = bindparam("limit", type_=Integer)
OFFSET = bindparam("offset", type_=Integer)  # a later page of a list: its rows before are skipped
ONLY = bindparam("only", type_=String)
DAYS = [bindparam(f"day{i}", type_=Date) for i in range(CHART_DAYS)]


def _sum_if(column: Any, condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, column), else_=0)), 0)


def _running(day: Any) -> Any:
    """How many of the group's placements run on `day`, counting only the days from `WINDOW` on (the
    months before are `BEFORE`'s): started by then, minus those whose last day was before."""
    return _sum_if(OD.starts, OD.day <= day) - _sum_if(OD.ends, OD.day < day)


def _scoped(build: Callable[[Any], Any], column: Any) -> tuple[Any, Any]:
    """A list's statement for the whole agreement and for one municipality (`only`): two statements,
    so that each reads its own index in order instead of filtering an OR."""
    return build(true()), build(column == ONLY)


# Per municipality and site, from the running totals: the months before the window, then its days.
BEFORE = (
    select(
        OM.municipality_code,
        OM.p_number,
        func.coalesce(func.sum(OM.starts), 0).label("total"),
        (_sum_if(OM.starts, OM.month < WINDOW) - _sum_if(OM.ends, OM.month < WINDOW)).label("running"),
    )
    .where(OM.agreement_id == AGREEMENT)
    .group_by(OM.municipality_code, OM.p_number)
)
WINDOW_DAYS = (
    select(
        OD.municipality_code,
        OD.p_number,
        _running(AS_OF).label("occupied"),
        _sum_if(OD.ends, and_(OD.day >= AS_OF, OD.day <= SOON)).label("ending"),
        *(_running(day).label(f"day{i}") for i, day in enumerate(DAYS)),
    )
    .where(OD.agreement_id == AGREEMENT, OD.day >= WINDOW)
    .group_by(OD.municipality_code, OD.p_number)
)
FIRST = select(func.min(OD.day)).where(OD.agreement_id == AGREEMENT, OD.starts > 0)
_BY_DAY = (
    select(OD.p_number, OD.day, func.sum(OD.ends).label("ends"))
    .where(OD.agreement_id == AGREEMENT, OD.day < AS_OF, OD.ends > 0)
    .group_by(OD.p_number, OD.day)
    .subquery()
)
_RANK = func.row_number().over(partition_by=_BY_DAY.c.p_number, order_by=_BY_DAY.c.day.desc())
_ENDED = select(_BY_DAY, _RANK.label("rank")).subquery()
EMPTIED = (
    select(_ENDED.c.p_number, _ENDED.c.day, _ENDED.c.ends)
    .where(_ENDED.c.rank <= LIMIT)
    .order_by(_ENDED.c.p_number, _ENDED.c.rank)
)
MONTH_TOTALS = select(
    MT.municipality_code,
    MT.granted_hours.label("granted"),
    MT.delivered_hours.label("delivered"),
    MT.claimable_hours.label("claimable"),
    MT.amount_dkk.label("amount"),
    MT.with_gaps,
    MT.with_missing,
).where(MT.agreement_id == AGREEMENT, MT.month == MONTH)
ENDING = _scoped(
    lambda own: (
        select(PS.placement_id, PS.municipality_code, PS.last_day)
        .where(PS.agreement_id == AGREEMENT, PS.last_day >= AS_OF, PS.last_day <= SOON, own)
        .order_by(PS.last_day, PS.placement_id)
        .limit(LIMIT)
        .offset(OFFSET)
    ),
    PS.municipality_code,
)
# Newest first: read backwards from `as_of` along the start index, a recent start is mostly still running.
RUNNING = _scoped(
    lambda own: (
        select(PS.placement_id, PS.municipality_code, PS.start, PS.last_day)
        .where(PS.agreement_id == AGREEMENT, PS.start <= AS_OF, PS.last_day >= AS_OF, own)
        .order_by(PS.start.desc(), PS.placement_id.desc())
        .limit(LIMIT)
        .offset(OFFSET)
    ),
    PS.municipality_code,
)
# The lists of named citizens with missing evidence or gaps: by municipality (in the order the caller
# gives, the Danish order of their names), then placement; see `flagged`.
MISSING_COLUMNS = (PM.placement_id, PM.municipality_code, PM.problems)
GAPS_COLUMNS = (
    PM.placement_id,
    PM.municipality_code,
    PM.granted_hours,
    PM.delivered_hours,
    PM.claimable_hours,
    PM.gaps,
)
_KEYS = (OT.ended, OT.outcome, OT.benefit_row, OT.male, OT.under_30)
OUTCOMES = _scoped(
    lambda own: (
        select(
            *_KEYS,
            func.coalesce(func.sum(OT.count), 0).label("count"),
            func.coalesce(func.sum(OT.days), 0).label("days"),
        )
        .where(OT.agreement_id == AGREEMENT, own)
        .group_by(*_KEYS)
    ),
    OT.municipality_code,
)
PEOPLE = (
    select(Placement.id, Placement.participant_id, RecordVersion.data, Record.id.label("record_id"))
    .join(Record, (Record.placement_id == Placement.id) & (Record.form_type == "placement"))
    .join(
        RecordVersion,
        (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
    )
    .where(Placement.id.in_(bindparam("ids", expanding=True)))
)
