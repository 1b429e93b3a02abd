"""An agreement's dashboard totals computed again from its placements' summaries (decision 0017): each
table of `dashboard_totals.TABLES` emptied for the agreement and filled from sums and counts of
`placement_summaries` and `placement_months`, rows at zero left out as the running totals drop them.

Apart from `dashboard_totals`, which keeps the totals by the difference each change makes: here the
totals from nothing, as a rebuild or a check against the running ones needs them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.orm import Session

from hub.models import PlacementMonth, PlacementSummary
from hub.services.dashboard_emptied import nonzero
from hub.services.dashboard_totals import TABLES, Changes, add


def rebuild(session: Session, agreement_id: str) -> None:
    """Compute an agreement's totals again from its summaries (no commit)."""
    for model, _, _ in TABLES:
        session.execute(delete(model).where(model.agreement_id == agreement_id))  # type: ignore[attr-defined]
    PS, PM = PlacementSummary, PlacementMonth
    occupancy: Changes = {}
    for column, slot in ((PS.start, 0), (PS.last_day, 1)):
        query = (
            select(PS.municipality_code, PS.p_number, column, func.count())
            .where(PS.agreement_id == agreement_id)
            .group_by(PS.municipality_code, PS.p_number, column)
        )
        for code, p_number, day, count in session.execute(query):
            for table, when in ((0, day), (1, _month(day))):
                sums = [0, 0]
                sums[slot] = count
                add(occupancy, table, (agreement_id, code, p_number, when), sums)
    for table in (0, 1):
        model, keys, summed = TABLES[table]
        rows = [
            {**dict(zip(keys, key, strict=True)), **dict(zip(summed, sums, strict=True))}
            for (index, key), sums in occupancy.items()
            if index == table
        ]
        if rows:
            session.execute(insert(model), rows)
    months = (
        select(
            PM.agreement_id,
            PM.municipality_code,
            PM.month,
            func.sum(PM.granted_hours),
            func.sum(PM.delivered_hours),
            func.sum(PM.claimable_hours),
            func.sum(PM.amount_dkk),
            func.sum(case((PM.gaps > 0, 1), else_=0)),
            func.sum(case((PM.missing > 0, 1), else_=0)),
        )
        .where(PM.agreement_id == agreement_id)
        .group_by(PM.agreement_id, PM.municipality_code, PM.month)
    )
    _insert_rows(session, 2, session.execute(months))
    grouped = (PS.agreement_id, PS.municipality_code, PS.ended, func.coalesce(PS.outcome, ""))
    outcomes = (
        select(
            *grouped, PS.benefit_row, PS.male, PS.under_30, func.count(), func.coalesce(func.sum(PS.days), 0)
        )
        .where(PS.agreement_id == agreement_id)
        .group_by(*grouped, PS.benefit_row, PS.male, PS.under_30)
    )
    _insert_rows(session, 3, session.execute(outcomes))


def _insert_rows(session: Session, table: int, result: Any) -> None:
    model, keys, summed = TABLES[table]
    rows = [dict(zip((*keys, *summed), row, strict=True)) for row in result]
    rows = [row for row in rows if nonzero(row, summed)]
    if rows:
        session.execute(insert(model), rows)


def _month(day: date) -> date:
    return day.replace(day=1)
