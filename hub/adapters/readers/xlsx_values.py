"""An opened XLSX workbook into one extraction (`read_book`): a value per filled cell, as text the way the
sheet shows it (`xlsx_cells`), and what the mapping and `hub adapters suggest` need to know of the book
beside its values (its sheets, uncalculated formulas, cells a merged range hides, dropdowns).

Apart from `tabular.read_xlsx`, which opens the zip within the limits (`tabular_limits`) and tells a
damaged file from an error of the hub's own; here the workbook is already open.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.readers.csv_r import NA_MARK
from hub.adapters.readers.excel_errors import FORMULA_ERROR, is_excel_error
from hub.adapters.readers.no_value_words import NO_VALUE_MARK
from hub.adapters.readers.tabular_limits import MAX_CELLS
from hub.adapters.readers.xlsx_book import Book, Sheet
from hub.adapters.readers.xlsx_cell_count import past_limit, refuse_ahead
from hub.adapters.readers.xlsx_cells import (
    BOOLEAN_MARK,
    SAVED_UNCALCULATED,
    UNCHECKED,
    UNCHECKED_NAME,
    UNCHECKED_RANGE,
    cell_meta,
    cell_text,
)
from hub.adapters.readers.xlsx_cells import letters as _letters
from hub.adapters.readers.xlsx_defined_names import Tables
from hub.adapters.readers.xlsx_dropdowns import dropdowns
from hub.adapters.readers.xlsx_duration_sum import sums_durations
from hub.adapters.readers.xlsx_marked import FormulaError, NoValueWord, Uncached
from hub.adapters.readers.xlsx_merged import MAX_MERGED_CELLS, merged_cells
from hub.adapters.readers.xlsx_problems import BookProblem, BrokenPart, CellProblem
from hub.adapters.readers.xlsx_saved_totals import Total, contradicted, unchecked, unread_names, unsummed
from hub.adapters.readers.xlsx_sheet import sheet_rows
from hub.adapters.readers.xlsx_tables import tables_of
from hub.adapters.readers.xlsx_uncalculated import Sum, Whole, is_whole_sum, whole_sums, work_out
from hub.adapters.readers.xlsx_worked_out import added_cells
from hub.adapters.readers.xlsx_yes_no import shows_yes_no
from hub.errors import FieldProblem, Rejection

# R's openxlsx writes a missing value as its `na.string` ("NA", "#N/A") as a text cell (fixes-85).
_NA_TEXTS = frozenset({"NA", "#N/A"})


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
    tables: Tables | None = None  # the book's tables (`xlsx_tables`), read at the first total naming one
    for name in [sheet] if sheet is not None else names:
        if by_name[name].chart:
            continue  # a chart sheet has no cells
        merges: list[str] = []
        lists = validations.setdefault(name, [])
        filled: set[tuple[int, int]] = set()
        # formulas never calculated that may be worked out (`xlsx_worked_out`), each with the place in
        # `values` its cell would have had: (place, row, column, style, the cell, cells it adds)
        sums: list[Sum] = []
        wholes: list[Whole] = []  # `SUM(E:E)` never calculated, worked out once the sheet is read
        first_uncached = len(uncached)  # this sheet's are kept in reading order
        first_value = len(values)
        held: dict[
            tuple[int, int], Any
        ] = {}  # every cell's value, for the totals checked (`xlsx_saved_totals`)
        totals: list[Total] = []  # formulas saved with a number, checked once the sheet is read
        refuse_ahead(book, name, by_name[name].part, MAX_CELLS - cells, filename)
        widest = last_row = 0  # the rows' widest and the last row's number, said in a refusal
        try:
            for counted, row_no, row in sheet_rows(book, by_name[name].part, merges, lists, totals):
                cells += counted
                widest, last_row = (max(widest, counted), row_no) if row_no else (widest, last_row)
                if cells > MAX_CELLS:
                    raise past_limit(filename, name, widest, row[-1][:2] if row else (last_row, widest))
                for row_no, col_no, value, style in row:
                    held[(row_no, col_no)] = value
                    if type(value) is Uncached:
                        summable = style not in book.dates or sums_durations(
                            book.dates, style, value.unasked, book.number_format(style)
                        )
                        adds = added_cells(value.formula) if summable else None
                        if adds is not None:
                            sums.append((len(values), row_no, col_no, style, value, adds))
                            continue
                        if summable and not value.unasked and is_whole_sum(value.formula):
                            wholes.append((len(values), row_no, col_no, style, value))
                            continue  # its cells are known once the sheet is read (`whole_sums`)
                        if not value.unasked:
                            uncached.append([name, row_no, col_no])
                            continue
                        # a 0 saved under a formula the hub cannot add: the file's own, unless its
                        # cells say it cannot be 0 (`xlsx_saved_totals`)
                        totals.append((row_no, col_no, value.formula, 0))
                        value = 0
                    if type(value) in (int, float) and shows_yes_no(book.number_format(style)):
                        value = value != 0  # Calc's yes/no cell, a number in words (`xlsx_yes_no`)
                    # the number format matters to integers only (`cell_text`)
                    number_format = book.number_format(style) if type(value) is int else ""
                    text = cell_text(value, number_format)
                    if text is not None and text.strip():
                        ref = f"{name}!{_letters(col_no)}{row_no}"
                        meta = cell_meta(name, row_no, col_no, number_format)
                        if type(value) is FormulaError:
                            meta[FORMULA_ERROR] = True  # refused where it is read (`mapping.reading`)
                        elif type(value) is NoValueWord:
                            meta[NO_VALUE_MARK] = True  # zipcelx's `null`: refused where it is read
                        elif type(value) is bool:
                            meta[BOOLEAN_MARK] = True
                        elif type(value) is str and text in _NA_TEXTS:
                            meta[NA_MARK] = True  # R's missing value or the text (`mapping.r_missing`)
                        elif type(value) is str and is_excel_error(text):
                            # A text cell holding Excel's error (`#VALUE!` pasted as text), as a CSV's:
                            # one rule for every reader (`excel_errors`). Not the whole text "#N/A",
                            # which openxlsx writes for R's missing value (na.string) and is read so.
                            meta[FORMULA_ERROR] = True
                        values.append(SourceValue(ref, text, meta))
                        filled.add((row_no, col_no))
            if wholes:
                whole_worked, left = whole_sums(wholes, held)
                uncached += [[name, *at] for at in left]
                sums = sorted([*sums, *whole_worked], key=lambda s: s[0])  # in place order: `work_out`
            if sums:
                uncached += work_out(book, name, by_name[name].part, sums, values, filled)
                uncached[first_uncached:] = sorted(uncached[first_uncached:], key=lambda at: (at[1], at[2]))
            if tables is None and any("[" in (formula or "") for _r, _c, formula, _v in totals):
                tables = tables_of(book)  # once a book, and only where a total may name a table
            defined = (book.names, book.local_names, tables or {})
            _mark_cells(
                name, contradicted(totals, held, name, defined), values, first_value, SAVED_UNCALCULATED
            )
            unadded = {(row, col): why for row, col, why in unsummed(totals, held, name, defined)}
            _mark_cells(name, unchecked(totals, name, defined, unadded), values, first_value, UNCHECKED)
            _mark_cells(name, unread_names(totals, name, defined), values, first_value, UNCHECKED_NAME)
            marks = ((row, col, why) for (row, col), why in unadded.items())
            _mark_cells(name, marks, values, first_value, UNCHECKED_RANGE)
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


def _mark_cells(
    name: str, found: Iterable[tuple[int, int, Any]], values: list[SourceValue], first: int, key: str
) -> None:
    """Mark the cells of sheet `name` whose saved number their cells contradict (`xlsx_saved_totals`;
    `key` SAVED_UNCALCULATED), so that a value read from one is refused where it is read
    (`mapping.reading`), or that no check compared (UNCHECKED), so that its place says so; the sheet's
    values start at `values[first]`, and are looked through only where a cell is marked (rare)."""
    places: dict[str, SourceValue] | None = None
    for row_no, col_no, mark in found:
        if places is None:
            places = {v.key: v for v in values[first:]}
        kept = places.get(f"{name}!{_letters(col_no)}{row_no}")
        if kept is not None:
            kept.meta[key] = mark
