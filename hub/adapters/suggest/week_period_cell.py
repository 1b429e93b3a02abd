"""Where a timesheet states the period its list lies in, for `hub adapters suggest`: a list's week column
holding `Uge 49` alone and a title or field stating a month with its year ("Mentortimer december 2026"),
two days or a year is drafted `{ name = "week", period = "<that cell>" }` (decision 0060, "Stop 67:
fixes-105"; drafted with `week` alone, every row was refused "not a week: 'Uge 49'"). A list's date column
under a cell stating a month or two days is drafted `{ name = "date", period = "<that cell>" }`, so a day
outside the document's period is refused (`date_period`; decision 0060, "Stop 70: fixes-118": a person
writing a config did not find the argument)."""

from __future__ import annotations

from datetime import date

from hub.adapters.mapping import textparse as tp
from hub.adapters.mapping.stated_period import Period, period_of
from hub.adapters.mapping.week_period import bare_week
from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.sheet_candidates import sheet_prefix
from hub.adapters.suggest.tables import TablePlan

__all__ = ["period_cell"]


def period_cell(extraction: Extraction, plan: TablePlan) -> str:
    """The selector of the first cell stating a period, where the plan's week column holds weeks without
    their year (and no year column beside it), or where its date column's days all lie in the period a
    cell states as a month or two days; "" otherwise, and where no cell states one: the draft then reads
    the column as written, and the document says what it lacks."""
    if extraction.format not in ("csv", "xlsx"):
        return ""
    week, day = plan.list_columns.get("week"), plan.list_columns.get("date")
    column = week or day
    values = [v for v in (row.get(column, "").strip() for row in plan.table.rows) if v] if column else []
    if not values or (week and (plan.year or not all(bare_week(v) for v in values))):
        return ""
    stated = next(((v.key, p) for v in extraction.values if v.value and (p := period_of(v.value))), None)
    if stated is None or week:
        return _written(stated[0]) if stated else ""
    key, period = stated
    # A year alone is a week-year (29 December 2025 is in 2026's), not a year's days: no days' period. A
    # day of the list outside the stated period says the cell is not the list's period (a grant's, say):
    # not drafted, rather than a draft that refuses the very document it was made from.
    return _written(key) if not period.iso_year and all(_within(v, period) for v in values) else ""


def _written(key: str) -> str:
    """A cell's key as a config writes it: a workbook's sheet whose name holds a space in single quotes
    (`'Timer uge'!B2`), as the draft's sources name it (`sheet_prefix`); the key as read otherwise."""
    sheet, mark, cell = key.rpartition("!")
    prefix = sheet_prefix(sheet) if mark else None
    return f"{prefix}{cell}" if prefix else key


def _within(text: str, period: Period) -> bool:
    """Whether a cell is a day that `date` reads inside the period (a cell it does not read: no)."""
    try:
        day = date.fromisoformat(tp.parse_date(text))
    except (tp.TransformError, ValueError):
        return False
    return period.first <= day <= period.last
