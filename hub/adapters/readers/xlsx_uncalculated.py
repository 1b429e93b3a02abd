"""A sheet's formulas Excel never calculated (no value saved) that add cells up: worked out from the cells
they add, read in a second pass over the sheet, and put in the sheet's values where their cells would
have been (`xlsx_values.read_book` finds them; `xlsx_worked_out` does the adding).
"""

from __future__ import annotations

from typing import Any

from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.xlsx_book import Book
from hub.adapters.readers.xlsx_cells import (
    DAYS_HIDDEN,
    SAVED_UNCALCULATED,
    TEXT_SUMMED,
    cell_meta,
    cell_text,
    letters,
)
from hub.adapters.readers.xlsx_duration_sum import DAY, days_hidden, duration_total
from hub.adapters.readers.xlsx_marked import Uncached
from hub.adapters.readers.xlsx_sheet import sheet_rows
from hub.adapters.readers.xlsx_whole_columns import left_whole, spelled_out
from hub.adapters.readers.xlsx_worked_out import added_cells, summed_cells, typed_as_text, worked_out

# A formula never calculated that may be worked out, with the place in the sheet's values its cell would
# have had: (place, row, column, style, the cell, cells it adds).
Sum = tuple[int, int, int, int, Uncached, list[tuple[int, int]]]
# A `SUM` of a whole column never calculated, its cells known once the sheet is read: a `Sum` less its cells.
Whole = tuple[int, int, int, int, Uncached]


def is_whole_sum(formula: str | None) -> bool:
    """Whether `formula` is a plain `SUM` of this sheet's cells with a whole column or row (`SUM(E:E)`)."""
    return formula is not None and left_whole(formula) is not None


def whole_sums(
    wholes: list[Whole], held: dict[tuple[int, int], Any]
) -> tuple[list[Sum], list[tuple[int, int]]]:
    """Each of `wholes` as a `Sum` of the used cells of its column (its own left out), read now the sheet's
    every cell is `held`: XlsxWriter saves 0 under `SUM(E:E)` as under any formula, and Excel shows the sum
    (0 over a column of text or empty cells, fixes-116), so it is worked out as a range's is; with the
    places of those left never calculated (past the cells the check adds)."""
    found: list[Sum] = []
    left: list[tuple[int, int]] = []
    cache: dict[str, Any] = {}
    for place, row_no, col_no, style, cell in wholes:
        formula = spelled_out(cell.formula or "", (row_no, col_no), held, cache)
        adds = [] if left_whole(formula) is not None else added_cells(formula)
        if adds is None:
            left.append((row_no, col_no))
        else:
            found.append((place, row_no, col_no, style, cell, adds))
    return found, left


def work_out(
    book: Book,
    name: str,
    part: str,
    sums: list[Sum],
    values: list[SourceValue],
    filled: set[tuple[int, int]],
) -> list[list[Any]]:
    """Work out each of sheet `name`'s `sums` from the cells it adds, read in a second pass over the
    sheet (only a sheet with such a formula pays for it), and put its value in `values` where its cell
    would have been; return the cells that could not be worked out, [sheet, row, column] each."""
    wanted = {at for *_, adds in sums for at in adds}
    held: dict[tuple[int, int], Any] = {}
    for _, _, row in sheet_rows(book, part):
        held.update({(r, c): v for r, c, v, _ in row if (r, c) in wanted})
    left: list[list[Any]] = []
    for place, row_no, col_no, style, cell, adds in reversed(sums):  # the last first: places hold
        total: Any = worked_out(held.get(at) for at in adds)
        if style in book.dates:  # a sum of durations in a duration format (`xlsx_duration_sum`)
            total = duration_total((held.get(at) for at in adds), summed_cells(cell.formula) is not None)
        if cell.unasked:
            values.insert(place, saved_zero(book, name, row_no, col_no, style, cell, total))
            filled.add((row_no, col_no))
            continue
        texts = typed_as_text(cell.formula, adds, held) if total is None and style not in book.dates else []
        if total is None and not texts:
            left.append([name, row_no, col_no])
            continue
        number_format = book.number_format(style) if type(total) is int else ""
        meta = cell_meta(name, row_no, col_no, number_format)
        if texts:  # hours typed as text: no total to read, and no program's calculating would make one
            meta[TEXT_SUMMED] = [cell.formula, [f"{letters(c)}{r}" for r, c in texts]]
            shown = worked_out(None if type(v) is str else v for v in (held.get(at) for at in adds))
            ref = f"{name}!{letters(col_no)}{row_no}"
            values.insert(place, SourceValue(ref, cell_text(shown or 0, "") or "0", meta))  # as Excel shows
            filled.add((row_no, col_no))
            continue
        if days_hidden(total, shown_as := book.number_format(style)):  # `h:mm` shows 25:30 as 1:30
            meta[DAYS_HIDDEN] = [cell.formula, cell_text(total, ""), shown_as]
            total %= DAY  # the value as the sheet shows it, refused where it is read (`formula_words`)
        meta["worked_out"] = cell.formula  # no value saved: worked out by the hub (`provenance.locator_of`)
        if cell.placeholder:
            meta["placeholder"] = True  # XlsxWriter's 0 saved in its place (`base.describe_locator`)
        text = cell_text(total, number_format) or "0"
        values.insert(place, SourceValue(f"{name}!{letters(col_no)}{row_no}", text, meta))
        filled.add((row_no, col_no))
    return left


def saved_zero(
    book: Book, name: str, row_no: int, col_no: int, style: int, cell: Uncached, total: int | float | None
) -> SourceValue:
    """The 0 a formula saved in a workbook that does not ask to be calculated on opening, read as the
    file's own 0 where the cells it adds make 0 or cannot be added (`total` None), as Excel and
    LibreOffice save it; where they make another number, the file was saved without calculating (a
    program that writes no values, or one that changed the cells and not the total), and the cell is
    marked so that a value read from it is refused (`mapping.reading`), never read as 0 or as the sum."""
    number_format = book.number_format(style)
    meta = cell_meta(name, row_no, col_no, number_format)
    if total is not None and total != 0:
        meta[SAVED_UNCALCULATED] = [cell.formula, cell_text(total, "")]
    return SourceValue(f"{name}!{letters(col_no)}{row_no}", cell_text(0, number_format) or "0", meta)
