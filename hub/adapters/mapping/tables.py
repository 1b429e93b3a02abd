"""Where a table of a csv/xlsx form ends: at its first blank row, or where its stop rule says.

Without a stop rule a table is the rows below its header row down to the first row whose table cells
are all empty. With one (`stop = { label = "Underskrevet af" }`, `{ blank = "Dato" }`,
`{ not_date = "Dato" }`) the table runs to the row the rule matches, skipping wholly empty rows on the
way, so a table that runs straight into its signature lines ends there and not a line later. A row that
ends the table by a blank or undated key column but holds every other required value (a day with hours
and no date) is reported by the caller (`rows_past_end`), never passed over in silence.

What a page break leaves inside a table printed over several pages (a case system's report saved as
csv) is no row of it, with or without a stop rule: the header printed again at the top of the next page
(each of the table's cells holds its own header's text) and a page number alone on its row (`Side 1 af
2`, `Page 2 of 3`). Neither can be a record's values (no CPR reads `CPR-nr.`), so skipping them drops no
data, where reading them would reject the document or make an item of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from hub.adapters.language.config_parts import StopRule
from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.textparse import TransformError, parse_date
from hub.adapters.mapping.workbook_days import workbook_day
from hub.adapters.readers.base import SourceValue


@dataclass(frozen=True)
class TableRows:
    """The data rows of a table and the row its stop rule matched (None: it matched nowhere)."""

    rows: tuple[int, ...]
    stop_row: int | None = None
    stop_column: str | None = None  # the header whose blank or undated cell ended the table
    blank_row: int | None = None  # a table without a stop rule: the first blank row, which ended it


def is_blank(value: SourceValue | None) -> bool:
    """Whether a cell holds nothing but white space (None: no cell)."""
    return value is None or not (value.value or "").strip()


def _is_date(text: str) -> bool:
    try:
        parse_date(text)
    except (TransformError, ValueError):
        return False
    return True


def first_text(index: SourceIndex, row: int) -> str:
    """A row's first filled cell's text ("" for an empty row): a stop label is printed first."""
    for value in index.row_values(row):
        if not is_blank(value):
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
    if cells and all(v is not None and index.cell_text(v.value or "") == norm for norm, v in cells.items()):
        return True
    filled = [v for v in index.row_values(row) if not is_blank(v)]
    return len(filled) == 1 and is_page_number(filled[0].value or "")


def _stops(index: SourceIndex, row: int, columns: dict[str, int], stop: StopRule) -> str | None:
    """Why this row ends the table ("" for a trailer label, the header for a key column), or None."""
    if stop.label is not None and index.cell_text(first_text(index, row)) == normalise_label(stop.label):
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
        blank = all(is_blank(index.cell(sheet, row, col)) for col in columns.values())
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
