"""Where a timesheet states the period its year-less weeks lie in, for `hub adapters suggest`: a list's
week column holding `Uge 49` alone and a title or field stating a month with its year ("Mentortimer
december 2026"), two days or a year is drafted `{ name = "week", period = "<that cell>" }` (decision 0060,
"Stop 67: fixes-105"). Drafted with `week` alone, every row was refused ("not a week: 'Uge 49'")."""

from __future__ import annotations

from hub.adapters.mapping.stated_period import period_of
from hub.adapters.mapping.week_period import bare_week
from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.tables import TablePlan

__all__ = ["period_cell"]


def period_cell(extraction: Extraction, plan: TablePlan) -> str:
    """The selector of the first cell stating a period, where the plan's week column holds weeks without
    their year (and no year column beside it); "" otherwise, and where no cell states one: the draft
    then reads the week as written, and the document says what it lacks."""
    week = plan.list_columns.get("week")
    values = [row.get(week, "").strip() for row in plan.table.rows] if week else []
    if plan.year or not values or not all(bare_week(v) for v in values if v):
        return ""
    if extraction.format not in ("csv", "xlsx"):
        return ""
    return next((v.key for v in extraction.values if v.value and period_of(v.value) is not None), "")
