"""Read CSV and XLSX into one value per non-empty cell, keyed by its cell reference ("B3", "Ark1!B3").

Danish spreadsheets come as cp1252 or UTF-8 CSV (`csv_text` tells which) with semicolons (the comma is
the decimal sign; `csv_sniff` tells the delimiter) or as XLSX. Cell values are kept as text exactly as a
person would read them in the sheet (a workbook cell's value as text: `xlsx_cells`); turning "18,5" into
hours is the transforms' job, not the reader's.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import zipfile
from typing import Any

from hub.adapters.readers.base import Extraction, SourceValue, column_letters
from hub.adapters.readers.csv_cut import cut_date, cut_row
from hub.adapters.readers.csv_formulas import split_formulas
from hub.adapters.readers.csv_resaved import padded, padded_reason, whole_line, whole_line_reason
from hub.adapters.readers.csv_sniff import closed_early, first_lines, open_at_end, sniff_delimiter
from hub.adapters.readers.csv_text import (
    at_row,
    closed_early_refusal,
    csv_refusal,
    decode,
    has_utf16_bom,
    open_quote_refusal,
)
from hub.adapters.readers.sniff import unreadable
from hub.adapters.readers.xlsx_book import Book, Sheet, open_book
from hub.adapters.readers.xlsx_cells import cell_meta, cell_text
from hub.adapters.readers.xlsx_dropdowns import dropdowns
from hub.adapters.readers.xlsx_merged import MAX_MERGED_CELLS, merged_cells
from hub.adapters.readers.xlsx_problems import (
    DAMAGED,
    FILE_ERRORS,
    BookProblem,
    BrokenPart,
    CellProblem,
    hub_fault,
    rejection,
)
from hub.adapters.readers.xlsx_sheet import UNCACHED, FormulaError, sheet_rows
from hub.errors import FieldProblem, Rejection
from hub.quantities import number_text

MAX_BYTES = 10 * 1024 * 1024
MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_CELLS = 100_000
# Empty rows hold no cell, so the cell limit never stops them: 10 MB of line breaks took 3 s to read.
MAX_ROWS = MAX_CELLS
_SEP_LINE = re.compile(r"\ufeff?sep=([;,\t|])[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
# A byte order mark at the start of a line: a second file's, where two exports were joined (`cat`). Before
# a quoted cell it made the quote text (`\ufeff"CPR"`), so the second file's header read as a row and not
# as its header again (decision 0064, "Stop 54"); it is dropped, as the first file's is.
_LINE_BOM = re.compile(r"(?<=[\r\n])\ufeff")
_letters = functools.lru_cache(maxsize=16384)(column_letters)  # a workbook's few columns, again and again


def read_csv(data: bytes, filename: str, encoding: str = "auto", delimiter: str | None = None) -> Extraction:
    """Read CSV bytes in `encoding` ("auto": UTF-8, else cp1252), or in UTF-8 where the bytes prove it
    (a BOM; multi-byte UTF-8 where a single-byte code page is asked: `csv_text`); the delimiter is
    sniffed unless given."""
    _check_size(data, filename)
    # UTF-16 text is half NUL bytes: it is told from binary content by its byte order mark, and then
    # by the text it decodes to.
    if b"\x00" in data and not has_utf16_bom(data):
        raise unreadable(filename, "binary content, not a CSV file", "binært indhold, ikke en CSV-fil")
    text, encoding = decode(data, filename, encoding)
    text = _LINE_BOM.sub("", text)
    if "\x00" in text:
        raise unreadable(filename, "binary content, not a CSV file", "binært indhold, ikke en CSV-fil")
    values: list[SourceValue] = []
    cells = 0
    widths: list[int] = []  # each line's number of cells (`csv_cut.cut_row`)
    # Excel's "sep=;" first line says the separator and is no content (Excel shows the file without it):
    # it gives the delimiter unless the form names one, and its line is skipped (rows keep their numbers).
    hint = _SEP_LINE.match(text)
    first, row_no = 1, 0
    if hint is not None:
        delimiter, first = delimiter or hint[1], 2
    try:
        delimiter = delimiter or sniff_delimiter(first_lines(text, 50))
        for row_no, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1):
            if row_no < first:
                continue
            cells += len(row)
            widths.append(len(row))
            _check_cells(cells, filename)
            if row_no > MAX_ROWS:
                en = f"more than {number_text(MAX_ROWS, 'en')} rows"
                raise at_row(filename, row_no, en, f"mere end {number_text(MAX_ROWS, 'da')} rækker")
            for col_no, cell in enumerate(row, 1):
                if cell.strip():
                    ref = f"{column_letters(col_no)}{row_no}"
                    values.append(SourceValue(key=ref, value=cell, meta={"row": row_no, "col": col_no}))
    except csv.Error as exc:  # its words are the csv module's ("field larger than field limit (131072)")
        raise csv_refusal(filename, row_no + 1) from exc  # the record after the last one read
    last = str(values[-1].value) if values else ""
    if values and values[-1].meta["row"] == row_no and open_at_end(text, delimiter, last):
        raise open_quote_refusal(filename, row_no, str(values[-1].key), "\n" in last or "\r" in last)
    _check_lines(values, text, delimiter, filename)
    _check_resaved(values, text, delimiter, filename)
    if (
        cut := cut_date(values, text, filename) or cut_row(values, text, widths, row_no, filename)
    ) is not None:
        raise cut
    values, formulas = split_formulas(values)  # `=SUM(B8:B12)`: a formula never calculated, no value
    meta: dict[str, Any] = {"encoding": encoding, "delimiter": delimiter}
    if formulas:
        meta["uncached_formulas"] = formulas
    return Extraction(format="csv", values=tuple(values), meta=meta)


def _check_lines(values: list[SourceValue], text: str, delimiter: str, filename: str) -> None:
    """A cell of several lines whose quote closes inside a cell further down is refused at its row: the
    lines between were read into it (only where a cell holds a line break is the text read again)."""
    lines = [v for v in values if "\n" in str(v.value) or "\r" in str(v.value)]
    row = closed_early(text, delimiter) if lines else None
    cell = next((v for v in lines if v.meta["row"] == row), None)
    if row is not None and cell is not None:
        raise closed_early_refusal(filename, row, str(cell.key))


def _check_resaved(values: list[SourceValue], text: str, delimiter: str, filename: str) -> None:
    """A file saved again by a program that read it split at another separator is refused at the row
    (`csv_resaved`): a line quoted whole is one cell, and a comma ends every line's last value."""
    cell = whole_line(values, delimiter)
    if cell is not None:
        raise at_row(filename, cell.meta["row"], *whole_line_reason(cell, delimiter))
    found = padded(text, delimiter)
    if found is not None:
        raise at_row(filename, found[1], *padded_reason(found[0], delimiter))


def read_xlsx(data: bytes, filename: str, sheet: str | None = None) -> Extraction:
    """Read an XLSX workbook (one sheet, or all when sheet is None): the values openpyxl reads in
    read-only, data-only mode, read with zipfile and lxml (`xlsx_book`, `xlsx_sheet`; decision 0049)."""
    _check_size(data, filename)
    archive = _open_zip(data, filename)
    try:
        with archive:
            return _read_book(open_book(archive, MAX_UNCOMPRESSED), filename, sheet)
    except (Rejection, MemoryError):  # a limit, not the file: the sandbox says "too much memory"
        raise
    except FILE_ERRORS as exc:  # a broken part or cell, or what zipfile or lxml raise on a broken package
        raise rejection(exc, filename) from exc
    except Exception as exc:  # an error in the hub's own code: not the file's fault (`faults`)
        raise hub_fault(exc, filename) from exc


def _read_book(book: Book, filename: str, sheet: str | None) -> Extraction:
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
                _check_cells(cells, filename)
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


def _check_size(data: bytes, filename: str) -> None:
    if len(data) > MAX_BYTES:
        mb = MAX_BYTES // (1024 * 1024)
        raise unreadable(filename, f"the file is larger than {mb} MB", f"filen er større end {mb} MB")


def _check_cells(cells: int, filename: str) -> None:
    if cells > MAX_CELLS:
        en, da = (
            f"more than {number_text(MAX_CELLS, 'en')} cells",
            f"mere end {number_text(MAX_CELLS, 'da')} celler",
        )
        raise unreadable(filename, en, da)


def _open_zip(data: bytes, filename: str) -> zipfile.ZipFile:
    """Open the workbook's zip; refuse a zip bomb by the sizes its directory declares, before anything
    is decompressed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        en, da = f"{DAMAGED[0]}: it is not a zip file", f"{DAMAGED[1]}: den er ikke en zip-fil"
        raise unreadable(filename, en, da) from exc
    # zipfile stops reading a member at its declared size, so a directory that lies cannot get past this.
    if total > MAX_UNCOMPRESSED:
        archive.close()
        mb = MAX_UNCOMPRESSED // (1024 * 1024)
        raise unreadable(
            filename,
            f"the workbook unpacks to more than {mb} MB",
            f"projektmappen fylder mere end {mb} MB udpakket",
        )
    return archive
