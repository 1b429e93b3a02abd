"""Drafts for a header row over data rows (csv/xlsx): one record, one record with a list, or many records.

- One data row: a header over one record, read with `under:Header` (the cell straight under it, even
  when blank).
- Several rows naming one citizen (or none) with date or week and hours columns: one record whose
  `[[forms.lists]]` reads the rows; the other columns are read `under:` their header (the first row).
  A week a row with a column a weekday and no total (`weekdays`) is such a list, its hours the days.
- Several rows naming different citizens: many records, `[forms.items] key = "<CPR header>"` and each
  field `column:Header` (`group = true` when a citizen's rows follow one another with hours in them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hub.adapters.mapping.textparse import parse_date, parse_week
from hub.adapters.suggest import column_values
from hub.adapters.suggest import words as wording
from hub.adapters.suggest.candidates import Candidate, Table
from hub.adapters.suggest.clock_hours import hours_by_values
from hub.adapters.suggest.epoch_columns import epoch_days
from hub.adapters.suggest.hours_named import reads
from hub.adapters.suggest.minute_columns import minutes_beside, minutes_by_words
from hub.adapters.suggest.week_values import month_names
from hub.adapters.suggest.weekdays import weekday_grid
from hub.adapters.suggest.words import WEEK_WORDS, guess_path, has

_YEAR = re.compile(r"(19|20)\d\d")
# A week's year column: "År", "Årstal" (a year in Danish as often), "Year".
_YEAR_WORDS = ("=aar", "=aarstal", "=year")
LIST_COLUMNS = (("week", (*WEEK_WORDS, "week")), ("date", ("dato", "date")), ("hours", ("timer", "hours")))


@dataclass
class TablePlan:
    """How a draft reads one table: `mode` is "one", "list" or "items"; the candidates to classify."""

    table: Table
    mode: str
    candidates: list[Candidate] = field(default_factory=list)
    items: dict[str, object] = field(default_factory=dict)
    list_columns: dict[str, str] = field(default_factory=dict)  # list key → header
    days: tuple[str, ...] = ()  # a weekday grid's day columns, summed into the list's hours
    year: str = ""  # the column of a week's year, when the week column holds its number only
    months: str = ""  # a column headed as weeks whose values are months' names (`_months_not_weeks`)
    left_out: str = ""  # the day or week column beside the other, left out (`_day_or_week`)
    period: str = ""  # the cell stating the period of the list's year-less weeks or days (`week_period_cell`)
    minutes: str = ""  # whole minutes beside the hours column, read with it (`minute_columns.minutes_beside`)


def list_columns(headers: tuple[str, ...]) -> dict[str, str]:
    """The columns a timesheet list reads: week or date, and hours, by their header words."""
    found: dict[str, str] = {}
    for header in headers:
        for key, words in LIST_COLUMNS:
            if key not in found and header not in found.values() and any(has(header, w) for w in words):
                found[key] = header
    return found


def _day_by_values(table: Table, columns: dict[str, str]) -> None:
    """A timesheet's day column found by its values where no header says "dato" or "uge": a case system's
    export heads a row's day by what the row is (`start` of a mentor's talk, as a timestamp `2026-08-03
    09:00:00`), so a table with an hours column and none of a day or a week by its words reads its days
    from the first column, left to right, whose every row holds a day."""
    if "hours" not in columns or {"date", "week"} & set(columns):
        return
    for header in table.headers:
        if (
            header != columns["hours"]
            and table.rows
            and (
                all(reads(parse_date, r.get(header, "")) for r in table.rows)
                or epoch_days(r.get(header, "") for r in table.rows)  # `getTime()`'s days
            )
        ):
            columns["date"] = header
            return


def _week_parts(table: Table, columns: dict[str, str]) -> str:
    """A week given as its number in one column and its year in another (`Uge` 10, `År` 2026): the year's
    column, and the week's columns in `columns` rid of a date column named more than a date (`Godkendt
    dato`, the day a mentor signed, is no day of work); "" when the week is not so split."""
    week = columns.get("week")
    if week is None:
        return ""
    if "date" in columns and wording.words(columns["date"]) not in (["dato"], ["date"]):
        del columns["date"]
    numbers = [row.get(week, "").strip() for row in table.rows]
    # isdecimal, not isdigit: "1²" is digits to isdigit, and int() refuses it.
    if not numbers or not all(n.isdecimal() and 1 <= int(n) <= 53 for n in numbers):
        return ""
    for header in table.headers:
        years = [row.get(header, "").strip() for row in table.rows]
        if any(has(header, w) for w in _YEAR_WORDS) and all(_YEAR.fullmatch(y) for y in years):
            return header
    return ""


def _months_not_weeks(table: Table, columns: dict[str, str]) -> str:
    """The week column taken from `columns` when its every value names a month (`Uge`: januar, februar):
    a month is no ISO week, and drafted as one every row was refused, or read as the wrong week
    (decision 0060, "Stop 62: fixes-75"); "" when the week column is weeks or there is none."""
    week = columns.get("week")
    if week is None or not month_names([row.get(week, "") for row in table.rows]):
        return ""
    del columns["week"]
    return week


def _day_or_week(table: Table, columns: dict[str, str], year: str) -> str:
    """The column taken from `columns` where a list would read both a day and a week: an `iso_week` list
    reads a row's day or its week, never both (drafted with both, `hub adapters check` refused the
    draft). The day where it reads on every row (it names its week: a log of sessions with `Dato` and
    `Uge`, the week maybe a formula saved without its value: decision 0060, "Stop 65: trial-94"), else
    the week where it reads (alone, or with its `year` column); "" when not both, or neither reads."""
    week, day = columns.get("week"), columns.get("date")
    if week is None or day is None or not table.rows:
        return ""
    if all(reads(parse_date, row.get(day, "")) for row in table.rows):
        del columns["week"]
        return week
    if year or all(reads(parse_week, row.get(week, "")) for row in table.rows):
        del columns["date"]
        return day
    return ""


def plan_table(table: Table) -> TablePlan:
    """Decide how a table is read, from how many rows it has and whose they are."""
    if table.pivot:
        return _pivot_plan(table)
    columns = list_columns(table.headers)
    months = _months_not_weeks(table, columns)
    _day_by_values(table, columns)
    minutes_by_words(table, columns)
    hours_by_values(table, columns)
    year = _week_parts(table, columns)
    left_out = _day_or_week(table, columns, year)
    if "week" not in columns:
        year = ""  # the week's year column goes with its week
    days = weekday_grid(table.headers)
    has_list = ("hours" in columns or days) and ({"date", "week"} & set(columns))
    cpr = next((h for h in table.headers if (g := guess_path(h)) and g[0] == "citizen.cpr"), None)
    people = [_digits(row.get(cpr, "")) for row in table.rows] if cpr else []
    distinct = {p for p in people if p}
    if len(table.rows) <= 1:
        plan = TablePlan(table, "one")
    elif cpr and len(distinct) > 1 and table.across:
        plan = TablePlan(table, "items", items={"key": cpr, "across": True})
    elif cpr and len(distinct) > 1:
        plan = TablePlan(table, "items", items={"key": cpr})
        if has_list and len(distinct) < len(people):
            plan.items["group"] = True
            plan.list_columns = {k: columns[k] for k in ("week", "date", "hours") if k in columns}
            plan.days, plan.year = days, year
    elif has_list:
        plan = TablePlan(
            table,
            "list",
            list_columns={k: columns[k] for k in ("week", "date", "hours") if k in columns},
            days=days,
            year=year,
        )
    else:  # several rows of one kind nobody can tell: left to a person
        return TablePlan(table, "none", months=months)
    plan.months = months
    if plan.list_columns:
        plan.left_out = left_out
        plan.minutes = minutes_beside(table, plan.list_columns)
    first = table.rows[0] if table.rows else {}
    for header in table.headers:
        if (
            header in plan.list_columns.values()
            or header in plan.days
            or header in (plan.year, plan.left_out, plan.minutes)
        ):
            continue
        # A header printed a row higher (merged down over the header row) has a blank cell straight under
        # it: its value is the first filled one below.
        prefix = "column:" if plan.mode == "items" else "below:" if header in table.raised else "under:"
        where = f'row "{header}"' if table.across else f'column "{header}"'
        values, more = column_values.distinct(table.rows, header) if plan.mode == "items" else ((), False)
        plan.candidates.append(
            Candidate(
                f"{prefix}{header}",
                _texts(header, plan.mode),
                where,
                first.get(header),
                column_values=values,
                more_values=more,
                listed=table.listed.get(header, ()),
            )
        )
    return plan


def _pivot_plan(table: Table) -> TablePlan:
    """A pivot's list (`pivot`): its first row's weeks or days, and the hours of the row whose label says
    hours (`Mentortimer`), else of its first row of figures; the other kinds are said in the draft."""
    kinds = table.headers[1:]
    hours = next((h for h in kinds if any(has(h, w) for w in ("timer", "hours"))), kinds[0])
    return TablePlan(table, "list", list_columns={table.pivot: table.headers[0], "hours": hours})


def _texts(header: str, mode: str) -> tuple[str, ...]:
    """A column's texts for its guess. Where each row is a citizen's record (keyed by the CPR column), a
    column headed "Navn" and nothing more holds the row's citizen's name: a mentor's or a contact's name
    is headed by whose it is ("Mentor", "Kontaktperson"). A heading datamash writes around it,
    `GroupBy(navn)`, is the same column (`called_on`)."""
    if mode == "items" and wording.words(wording.called_on(header)) in (["navn"], ["name"]):
        return (header, "Borgerens navn")
    return (header,)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
