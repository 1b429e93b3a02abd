"""An opened XLSX workbook into one extraction (`read_book`): a value per filled cell, as text the way the
sheet shows it (`xlsx_cells`), and what the mapping and `hub adapters suggest` need to know of the book
beside its values (its sheets, uncalculated formulas, cells a merged range hides, dropdowns).

Apart from `tabular.read_xlsx`, which opens the zip within the limits (`tabular_limits`) and tells a
damaged file from an error of the hub's own; here the workbook is already open.
"""

from __future__ import annotations

import functools
from typing import Any

from hub.adapters.readers.base import Extraction, SourceValue, column_letters
from hub.adapters.readers.tabular_limits import check_cells
from hub.adapters.readers.xlsx_book import Book, Sheet
from hub.adapters.readers.xlsx_cells import cell_meta, cell_text
from hub.adapters.readers.xlsx_dropdowns import dropdowns
from hub.adapters.readers.xlsx_merged import MAX_MERGED_CELLS, merged_cells
from hub.adapters.readers.xlsx_problems import BookProblem, BrokenPart, CellProblem
from hub.adapters.readers.xlsx_row_cells import UNCACHED, FormulaError
from hub.adapters.readers.xlsx_sheet import sheet_rows
from hub.errors import FieldProblem, Rejection

_letters = functools.lru_cache(maxsize=16384)(column_letters)  # a workbook's few columns, again and again


def read_book(book: Book, filename: str, sheet: str | None) -> Extraction:
    """One extraction of an opened workbook's sheet (all of them when `sheet` is None): a value per
    filled cell, and in its meta the sheets, hidden sheets, uncalculated formulas, merged ranges and
    dropdowns the mapping and `hub adapters suggest` read."""
    names = [s.name for s in book.sheets]
    if sheet is not None and sheet not in names:
        raise Rejection(
            [
                FieldProblem(
                    reason_en=f'the workbook has no sheet "{sheet}" (it has: {", ".join(names)})',
                    reason_da=f'projektmappen har intet ark "{sheet}" (den har: {", ".join(names)})',
                    file=filename,
                    locator=sheet,
                )
            ]
        )
    # openpyxl's `book[name]`: the first worksheet of that name, else the first chart sheet
    by_name: dict[str, Sheet] = {}
    for found in sorted(book.sheets, key=lambda s: s.chart):
        by_name.setdefault(found.name, found)
    values: list[SourceValue] = []
    # formula cells Excel never calculated, [sheet, row, column] each: no value, but named (`xlsx_sheet`)
    uncached: list[list[Any]] = []
    # filled cells a merged range hides, [sheet, row, column] each: kept, but named (`xlsx_merged`)
    hidden: list[list[Any]] = []
    spans: list[
        list[Any]
    ] = []  # merged ranges over a filled top-left cell, [sheet, top, left, bottom, right]
    budget = [MAX_MERGED_CELLS]
    validations: dict[str, list[tuple[str, str]]] = {}  # each sheet's list validations (`xlsx_dropdowns`)
    cells = 0
    for name in [sheet] if sheet is not None else names:
        if by_name[name].chart:
            continue  # a chart sheet has no cells
        merges: list[str] = []
        lists = validations.setdefault(name, [])
        filled: set[tuple[int, int]] = set()
        try:
            for counted, row in sheet_rows(book, by_name[name].part, merges, lists):
                cells += counted
                check_cells(cells, filename)
                for row_no, col_no, value, style in row:
                    if value is UNCACHED:
                        uncached.append([name, row_no, col_no])
                        continue
                    # the number format matters to integers only (`cell_text`)
                    number_format = book.number_format(style) if type(value) is int else ""
                    text = cell_text(value, number_format)
                    if text is not None and text.strip():
                        ref = f"{name}!{_letters(col_no)}{row_no}"
                        meta = cell_meta(name, row_no, col_no, number_format)
                        if type(value) is FormulaError:
                            meta["formula_error"] = True  # refused where it is read (`mapping.reading`)
                        values.append(SourceValue(ref, text, meta))
                        filled.add((row_no, col_no))
            hidden_here, spans_here = merged_cells(merges, filled, budget)
            hidden += [[name, *at] for at in hidden_here]
            spans += [[name, *span] for span in spans_here]
        except (BrokenPart, CellProblem, BookProblem) as exc:
            exc.sheet = name  # so that the rejection names the sheet
            raise
    book_meta: dict[str, Any] = {"sheets": names}
    if any(s.hidden for s in book.sheets):
        book_meta["hidden_sheets"] = [s.name for s in book.sheets if s.hidden]  # for `hub adapters suggest`
    if uncached:
        book_meta["uncached_formulas"] = uncached
    if hidden:
        book_meta["merged_hidden"] = hidden
    if spans:
        book_meta["merged"] = spans
    listed = dropdowns(validations, values, book.names)
    if listed:
        book_meta["dropdowns"] = listed  # for `hub adapters suggest`: a dropdown's every value
    return Extraction(format="xlsx", values=tuple(values), meta=book_meta)
