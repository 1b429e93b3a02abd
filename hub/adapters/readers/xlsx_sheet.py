"""The cells of one worksheet part, streamed, with the values openpyxl 3.1 gives in read-only, data-only
mode after `reset_dimensions()`.

The row rules are `ReadOnlyWorksheet._cells_by_row`'s, written out for the one way the hub reads
(decision 0049); a row's cells, by `WorkSheetParser.parse_cell`'s rules, are `xlsx_row_cells`'. Two row
rules of openpyxl look odd and are kept because they decide which values a workbook has: a row whose
number is not above the last one given is skipped, and a row ends at its last cell's column (a cell left
of an earlier one overwrites it, one right of the last is dropped).
"""

from __future__ import annotations

import operator
from collections.abc import Iterator
from typing import Any

from openpyxl.xml.constants import SHEET_MAIN_NS

from hub.adapters.readers.xlsx_book import Book
from hub.adapters.readers.xlsx_dropdowns import list_validation
from hub.adapters.readers.xlsx_formula_text import FormulaTexts
from hub.adapters.readers.xlsx_parts import stream
from hub.adapters.readers.xlsx_problems import CellProblem, OutsideSheet
from hub.adapters.readers.xlsx_row_cells import MAX_ROW, Cell, row_cells

_ROW = f"{{{SHEET_MAIN_NS}}}row"
_MERGE = f"{{{SHEET_MAIN_NS}}}mergeCell"
_VALIDATION = f"{{{SHEET_MAIN_NS}}}dataValidation"
# Excel 2010's form of a validation, in the sheet's `extLst`: written for some lists on another sheet.
_X14_VALIDATION = "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}dataValidation"


def sheet_rows(
    book: Book,
    part: str,
    merges: list[str] | None = None,
    lists: list[tuple[str, str]] | None = None,
    totals: list[tuple[int, int, str | None, Any]] | None = None,
) -> Iterator[tuple[int, int, list[Cell]]]:
    """Per row of the sheet: how many cells it counts against the cell limit, its number (0 for what is
    no row: a merged range, a validation), and the cells that have a value, in column order. A row
    counts as wide as openpyxl pads it (to its last cell's column), or as many cells as it really has
    where that is more (rows openpyxl skips, cells written twice).

    `merges`, where given, gets each merged range's `ref` ("A12:B12"), read in the same pass (they
    follow the rows in the part); each counts as one cell against the limit. `lists` alike gets each
    list validation's cells and list (`xlsx_dropdowns`); `totals` each formula saved with a number
    (`xlsx_row_cells.row_cells`)."""
    expected = 1  # the row numbers below this one were given already
    row_no = 0
    tags = (_ROW, _MERGE, _VALIDATION, _X14_VALIDATION) if merges is not None else _ROW
    # the cells read so far, where a formula's saved 0 may be its value (`xlsx_zero_sum`)
    seen: dict[tuple[int, int], Any] | None = {} if book.recalculate else None
    formulas = FormulaTexts()  # the sheet's shared formulas, read at their first cell
    for node in stream(book.archive, part, tags):
        if node.tag == _MERGE:
            if merges is not None:
                merges.append(str(node.get("ref") or ""))
            yield 1, 0, []
            continue
        if node.tag in (_VALIDATION, _X14_VALIDATION):
            validation = list_validation(node)
            if validation is not None and lists is not None:
                lists.append(validation)
            yield 1, 0, []
            continue
        try:
            row_no = _row_number(node.get("r"), row_no)
        except ValueError as exc:
            raise CellProblem(f"row {node.get('r')}", f"række {node.get('r')}", node.get("r")) from exc
        if not 1 <= row_no <= MAX_ROW:
            raise OutsideSheet(f"row {node.get('r')}", f"række {node.get('r')}", None)
        cells = row_cells(node, row_no, book, seen, formulas, totals)
        if row_no < expected:
            yield len(cells), row_no, []
            continue
        expected = row_no + 1
        width = cells[-1][1] if cells else 0
        yield max(width, len(cells)), row_no, _by_column(cells, width)


def _row_number(attr: str | None, previous: int) -> int:
    """A row's number: its `r`, or the one after the previous row's."""
    if attr is None:
        return previous + 1
    try:
        return int(attr)
    except ValueError:
        number = float(attr)  # openpyxl accepts "3.0"
        if not number.is_integer():
            raise ValueError(f"{attr} is not a valid row number") from None
        return int(number)


def _by_column(cells: list[Cell], width: int) -> list[Cell]:
    """The row's cells with a value, as openpyxl's padded row holds them."""
    columns = [cell[1] for cell in cells]
    if all(map(operator.lt, columns, columns[1:])):
        return [cell for cell in cells if cell[2] is not None]  # the usual case: nothing moves
    kept = {cell[1]: cell for cell in cells if 1 <= cell[1] <= width}  # a later cell wins its column
    return [kept[col] for col in sorted(kept) if kept[col][2] is not None]
