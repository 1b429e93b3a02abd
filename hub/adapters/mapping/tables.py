"""Where a table of a csv/xlsx form ends: at its first blank row, or where its stop rule says.

Without a stop rule a table is the rows below its header row down to the first row whose table cells
are all empty. With one (`stop = { label = "Underskrevet af" }`, `{ blank = "Dato" }`,
`{ not_date = "Dato" }`) the table runs to the row the rule matches, skipping wholly empty rows on the
way, so a table that runs straight into its signature lines ends there and not a line later. A row that
ends the table by a blank or undated key column but holds every other required value (a day with hours
and no date) is reported by the caller, never passed over in silence.

What a page break leaves inside a table printed over several pages (a case system's report saved as
csv) is no row of it, with or without a stop rule: the header printed again at the top of the next page
(each of the table's cells holds its own header's text) and a page number alone on its row (`Side 1 af
2`, `Page 2 of 3`). Neither can be a record's values (no CPR reads `CPR-nr.`), so skipping them drops no
data, where reading them would reject the document or make an item of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from hub.adapters.language.config_parts import StopRule
from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.textparse import TransformError, parse_date
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.mapping.workbook_days import workbook_day
from hub.adapters.readers.base import SourceValue, describe_locator
from hub.quoting import quoted, quoted_da


@dataclass(frozen=True)
class TableRows:
    """The data rows of a table and the row its stop rule matched (None: it matched nowhere)."""

    rows: tuple[int, ...]
    stop_row: int | None = None
    stop_column: str | None = None  # the header whose blank or undated cell ended the table
    blank_row: int | None = None  # a table without a stop rule: the first blank row, which ended it


def _blank(value: SourceValue | None) -> bool:
    return value is None or not (value.value or "").strip()


def _is_date(text: str) -> bool:
    try:
        parse_date(text)
    except (TransformError, ValueError):
        return False
    return True


def _first_text(index: SourceIndex, row: int) -> str:
    for value in index.row_values(row):
        if not _blank(value):
            return value.value or ""
    return ""


# A page number alone on its row: "Side 1 af 2", "side 2/3", "Page 1 of 2", "Side 3".
_PAGE_NUMBER = re.compile(r"(?:side|page)\s*\d+(?:\s*(?:af|of|/)\s*\d+)?", re.IGNORECASE)


def is_page_number(text: str) -> bool:
    """Whether a cell's text is a page number (`Side 1 af 2`, `Page 2 of 3`), as a page break prints it."""
    return _PAGE_NUMBER.fullmatch(text.strip()) is not None


def page_break_row(index: SourceIndex, row: int, columns: dict[str, int]) -> bool:
    """Whether a row is what a page break left in a table: its header printed again (every one of the
    table's cells holds its own header, `columns`: normalised header -> column), or a page number that is
    the row's only filled cell."""
    sheet = index.default_sheet
    cells = {norm: index.cell(sheet, row, col) for norm, col in columns.items()}
    if cells and all(v is not None and normalise_label(v.value or "") == norm for norm, v in cells.items()):
        return True
    filled = [v for v in index.row_values(row) if not _blank(v)]
    return len(filled) == 1 and is_page_number(filled[0].value or "")


def _stops(index: SourceIndex, row: int, columns: dict[str, int], stop: StopRule) -> str | None:
    """Why this row ends the table ("" for a trailer label, the header for a key column), or None."""
    if stop.label is not None and normalise_label(_first_text(index, row)) == normalise_label(stop.label):
        return ""
    for header, undated in ((stop.blank, False), (stop.not_date, True)):
        if header is None:
            continue
        cell = index.cell(index.default_sheet, row, columns[normalise_label(header)])
        if cell is None or not (cell.value or "").strip():
            if not undated:
                return header
        elif undated and not workbook_day(cell) and not _is_date((cell.value or "").strip()):
            return header
    return None


def _rows_below(index: SourceIndex, row: int) -> Iterator[int]:
    """The rows below `row` a walk down the table must look at: each row holding a cell, and the first
    row of each gap between them (a wholly empty row, the same as any other of its gap), so that the
    work follows the cells there are and not the row numbers (one value at row 1048576 is one row)."""
    last = row
    for filled in index.filled_rows():
        if filled <= row:
            continue
        if filled > last + 1:
            yield last + 1
        yield filled
        last = filled


def table_rows(
    index: SourceIndex, header_row: int, columns: dict[str, int], stop: StopRule | None
) -> TableRows:
    """The rows of a table below `header_row` (`columns`: normalised header -> column)."""
    sheet = index.default_sheet
    found: list[int] = []
    # A header merged down over two rows with the lower one blank (`Uge` over C3:C4) is the header's own
    # rows: the table starts below them, not ended by the blank one.
    header_end = max((index.shown_end(header_row, col, True) for col in columns.values()), default=header_row)
    for row in _rows_below(index, header_row):
        blank = all(_blank(index.cell(sheet, row, col)) for col in columns.values())
        if blank and row <= header_end:
            continue
        # Asked of a row blank in the table's columns too: a page number printed at the right lies in a
        # column the config need not read, and ending the table there drops the next page unsaid.
        if page_break_row(index, row, columns):
            continue  # the header again, or a page number: a page break, not a row of the table
        if stop is None:
            if blank:  # the first blank row ends the table (what lies below is told by `row_below_stop`)
                return TableRows(tuple(found), blank_row=row)
            found.append(row)
            continue
        why = _stops(index, row, columns, stop)
        if why is not None:
            return TableRows(tuple(found), row, why or None)
        if not blank:  # a wholly empty row inside the table is skipped
            found.append(row)
    return TableRows(tuple(found))


def cell_reads(value: SourceValue | None, calls: Sequence[TransformCall]) -> bool:
    """Whether a cell holds a value its column's transforms accept."""
    if _blank(value):
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
    row, label = table.stop_row, _first_text(index, table.stop_row)
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
