"""A timesheet laid out as a pivot, for `hub adapters suggest`: a row of weeks or days across, its first
cell naming the grouping (DuckDB's `PIVOT visits ON uge USING sum(timer) GROUP BY art` prints `art` there),
and under it a row a kind of hours, its label first and a figure under each week. Drafted as a list with
`across = true` (decision 0060, "Stop 66: lang-100"); before, its week row was read as one label with
many values and the figures were drafted as nothing a list reads.
"""

from __future__ import annotations

import re

from hub.adapters.mapping.textparse import parse_date, parse_week
from hub.adapters.mapping.week_period import bare_week
from hub.adapters.readers.base import SourceValue
from hub.adapters.suggest.candidates import Table
from hub.adapters.suggest.hours_named import reads

__all__ = ["pivot_table"]

_LABEL = re.compile(r"[^\W\d_]")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _col(cell: SourceValue) -> int:
    return int(cell.meta.get("col", 0))


def _text(cell: SourceValue) -> str:
    return (cell.value or "").strip()


def _heads(cells: list[SourceValue]) -> str:
    """The key a row of weeks or days across gives its columns ("week", "date"), or "" for any other
    row: a label first, then two or more cells, every one a week (or every one a day)."""
    if len(cells) < 3 or not _LABEL.search(_text(cells[0])):
        return ""
    for key, parse in (("week", parse_week), ("date", parse_date)):
        if all(reads(parse, _text(c)) for c in cells[1:]):
            return key
    # DuckDB's `uge_45` headers: weeks without their year, read in the period the document states
    # (`week_period_cell` drafts it; decision 0061, "Stop 68: fixes-111"). Worded weeks only: a row of
    # bare numbers is a row of figures as often as of weeks.
    return "week" if all(bare_week(_text(c)) and not _text(c).isdigit() for c in cells[1:]) else ""


def _figures(cells: list[SourceValue], label_col: int, columns: set[int]) -> bool:
    """A row of one kind of hours: a label in the pivot's label column, figures under its weeks only."""
    return (
        len(cells) >= 2
        and _col(cells[0]) == label_col
        and bool(_LABEL.search(_text(cells[0])))
        and all(_col(c) in columns and _FIGURE.fullmatch(_text(c)) for c in cells[1:])
    )


def pivot_table(rows: dict[int, list[SourceValue]], where: str) -> tuple[Table, set[int]] | None:
    """The sheet's pivot as a table turned a quarter (its rows' labels the headers, the week or day row's
    first; each column a row of values) and the rows it takes; None when the sheet has none."""
    for number in sorted(rows):
        key = _heads(rows[number])
        if not key:
            continue
        head = rows[number]
        columns = {_col(c) for c in head[1:]}
        block = [number]
        while _figures(rows.get(block[-1] + 1, []), _col(head[0]), columns):
            block.append(block[-1] + 1)
        if len(block) < 2:
            continue
        table = Table(f"{where}row {number}", tuple(_text(rows[n][0]) for n in block), across=True, pivot=key)
        for col in sorted(columns):
            table.rows.append(
                {_text(rows[n][0]): _text(c) for n in block for c in rows[n][1:] if _col(c) == col}
            )
        return table, set(block)
    return None
