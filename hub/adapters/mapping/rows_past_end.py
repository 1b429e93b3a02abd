"""A whole row of values a csv/xlsx table's end leaves unread, refused at its cell rather than lost.

`tables` finds where a table ends (its first blank row, or its stop rule); what is typed past that end
is read by no rule. `stray_row` tells a table ended by a blank or undated key cell whose row, or a row
below, holds every other required value (a day with hours and no date); `row_below_stop` a whole row
below a stop label or a first blank row (a day typed under the total or the signature); `table_end`
names the line that ended the table as both say it. `cell_reads` (a cell holds a value its column's
transforms accept) is how a row is told to be values. A part of a row past the end is `below_table`'s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.tables import TableRows, first_text, is_blank
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.readers.base import SourceValue, describe_locator
from hub.quoting import quoted, quoted_da


def cell_reads(value: SourceValue | None, calls: Sequence[TransformCall]) -> bool:
    """Whether a cell holds a value its column's transforms accept."""
    if is_blank(value):
        return False
    text = (value.value or "").strip() if value is not None else ""
    for call in calls:
        transform = TRANSFORMS[call.name]
        if transform.combines or call.name == "default":
            continue
        try:
            text = transform.func(text, call.args)
        except TransformError:
            return False
    return True


def stray_row(
    index: SourceIndex,
    table: TableRows,
    columns: dict[str, int],
    required: Mapping[str, Sequence[TransformCall]],
) -> tuple[tuple[str, str], str, str] | None:
    """The problem (where in English and Danish, then the reason in English and Danish) of a table
    ended by a blank or undated key column where data may go on: the row that ended it holds every other
    required value and its key cell is blank or holds a digit (a day with hours and no date, or a
    mistyped date; "I alt;6,5" is a total line), or a row below it holds every required value (the rest
    of the days). None when there is none."""
    if table.stop_row is None or table.stop_column is None:
        return None  # ended by its stop label: `row_below_stop`, after a second export's header is told
    sheet, key = index.default_sheet, normalise_label(table.stop_column)

    def cell(row: int, header: str) -> SourceValue:
        col = columns[normalise_label(header)]
        return index.cell(sheet, row, col) or index.blank(row, col)

    others = {h: calls for h, calls in required.items() if normalise_label(h) != key}
    stop, row = cell(table.stop_row, table.stop_column), table.stop_row
    # The key cell is a value read from the file like its neighbours' (held): quoted the same way.
    ended = quoted(stop.value) if stop.value else "blank"
    ended_da = quoted_da(stop.value) if stop.value else "tom"
    attempted = not any(c.isalpha() for c in (stop.value or "")) or any(c.isdigit() for c in stop.value or "")
    if others and attempted and all(cell_reads(cell(row, h), calls) for h, calls in others.items()):
        held = ", ".join(f"{h} {quoted(cell(row, h).value)}" for h in others)
        held_da = ", ".join(f"{h} {quoted_da(cell(row, h).value)}" for h in others)
        return (
            _where(stop, index.format),
            f"row {row} ends the table by its {table.stop_column} ({ended}) "
            f"but holds {held}: fill in {table.stop_column} or clear the row",
            f"række {row} afslutter tabellen ved sin {table.stop_column} ({ended_da}), "
            f"men har {held_da}: udfyld {table.stop_column} eller tøm rækken",
        )
    for below in index.filled_rows():  # a row holding every required value holds cells
        if below <= row:
            continue
        if required and all(cell_reads(cell(below, h), calls) for h, calls in required.items()):
            first = cell(below, next(iter(required)))
            return (
                _where(first, index.format),
                f"the table ends at row {row} ({table.stop_column}: {ended}), "
                f"but row {below} below it holds a whole row of values: fix or clear row {row}",
                f"tabellen slutter i række {row} ({table.stop_column}: {ended_da}), men række "
                f"{below} under den har en hel række værdier: ret eller tøm række {row}",
            )
    return None


def table_end(
    index: SourceIndex, table: TableRows, columns: Mapping[str, int] | None = None
) -> tuple[int, str, str] | None:
    """The row that ended a table by its stop label or, without a stop rule, by being blank, with how
    the reasons name it (English, Danish); None for a table ended by the sheet's end. A table ended by
    a blank or undated key cell (`blank`, `not_date`) is named by that cell as `stray_row` names it,
    given `columns` (normalised header -> column); None without them (`row_below_stop`: `stray_row`
    tells a whole row below such an end)."""
    if table.blank_row is not None:
        row = table.blank_row
        return row, f"row {row}, a blank row", f"række {row}, en tom række"
    if table.stop_row is None:
        return None
    if table.stop_column is not None:
        if columns is None:
            return None
        row, key = table.stop_row, table.stop_column
        cell = index.cell(index.default_sheet, row, columns[normalise_label(key)])
        held = cell.value if cell is not None and (cell.value or "").strip() else None
        return (
            row,
            f"row {row} ({key}: {quoted(held) if held else 'blank'})",
            f"række {row} ({key}: {quoted_da(held) if held else 'tom'})",
        )
    row, label = table.stop_row, first_text(index, table.stop_row)
    return row, f"row {row} ({quoted(label)})", f"række {row} ({quoted_da(label)})"


def row_below_stop(
    index: SourceIndex,
    table: TableRows,
    columns: dict[str, int],
    required: Mapping[str, Sequence[TransformCall]],
) -> tuple[tuple[str, str], str, str] | None:
    """A row below the line that ended the table (its stop label, or without a stop rule its first blank
    row) that holds every required value (where, then the reason in English and Danish): a day typed
    under the total or the signature (stop 56), or a table's rest after a blank row (stop 57), which no
    rule reads. None when there is none, or the table was ended otherwise."""
    end = table_end(index, table)
    if end is None or not required:
        return None
    (row, ended, ended_da), sheet = end, index.default_sheet

    def cell(at: int, header: str) -> SourceValue:
        col = columns[normalise_label(header)]
        return index.cell(sheet, at, col) or index.blank(at, col)

    for below in index.filled_rows():
        if below > row and all(cell_reads(cell(below, h), calls) for h, calls in required.items()):
            return (
                _where(cell(below, next(iter(required))), index.format),
                f"the table ends at {ended}, but row {below} below it holds a whole row of"
                f" values, which is not read: move it into the table above row {row}, or clear it",
                f"tabellen slutter i {ended_da}, men række {below} under den har en hel"
                f" række værdier, som ikke læses: flyt den op i tabellen over række {row}, eller tøm den",
            )
    return None


def _where(value: SourceValue, fmt: str) -> tuple[str, str]:
    """A cell's place in English and Danish: a refusal's locator, never words inside its reason."""
    return describe_locator(value, fmt, "en"), describe_locator(value, fmt, "da")
