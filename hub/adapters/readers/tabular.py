"""Read CSV and XLSX into one value per non-empty cell, keyed by its cell reference ("B3", "Ark1!B3").

Danish spreadsheets come as cp1252 or UTF-8 CSV (`csv_text` tells which) with semicolons (the comma is
the decimal sign; `csv_sniff` tells the delimiter) or as XLSX. Cell values are kept as text exactly as a
person would read them in the sheet (a workbook cell's value as text: `xlsx_cells`); turning "18,5" into
hours is the transforms' job, not the reader's.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

from hub.adapters.readers import tabular_limits
from hub.adapters.readers.base import Extraction, SourceValue, column_letters
from hub.adapters.readers.csv_copy import copy_rows, is_copy_text
from hub.adapters.readers.csv_cut import cut_date, cut_row
from hub.adapters.readers.csv_formulas import split_formulas
from hub.adapters.readers.csv_php import is_php_text, php_rows
from hub.adapters.readers.csv_r import is_r_text, mark_na, r_rows
from hub.adapters.readers.csv_refusals import at_row, closed_early_refusal, csv_refusal, open_quote_refusal
from hub.adapters.readers.csv_resaved import padded, padded_reason, whole_line, whole_line_reason
from hub.adapters.readers.csv_sniff import closed_early, first_lines, open_at_end, sniff_delimiter
from hub.adapters.readers.csv_text import decode, utf16
from hub.adapters.readers.sniff import unreadable
from hub.adapters.readers.tabular_limits import check_limits, check_size, count_first, open_zip
from hub.adapters.readers.xlsx_book import open_book
from hub.adapters.readers.xlsx_problems import (
    FILE_ERRORS,
    hub_fault,
    rejection,
)
from hub.adapters.readers.xlsx_values import read_book
from hub.errors import Rejection

_SEP_LINE = re.compile(r"\ufeff?sep=([;,\t|])[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
# A byte order mark at the start of a line: a second file's, where two exports were joined (`cat`). Before
# a quoted cell it made the quote text (`\ufeff"CPR"`), so the second file's header read as a row and not
# as its header again (decision 0064, "Stop 54"); it is dropped, as the first file's is.
_LINE_BOM = re.compile(r"(?<=[\r\n])\ufeff")


def read_csv(data: bytes, filename: str, encoding: str = "auto", delimiter: str | None = None) -> Extraction:
    """Read CSV bytes in `encoding` ("auto": UTF-8, else cp1252), or in UTF-8 where the bytes prove it
    (a BOM; multi-byte UTF-8 where a single-byte code page is asked: `csv_text`); the delimiter is
    sniffed unless given."""
    check_size(data, filename)
    # UTF-16 text is half NUL bytes: it is told from binary content by its byte order mark or its zero
    # bytes' places (`csv_text.utf16`), and then
    # by the text it decodes to.
    if b"\x00" in data and utf16(data) is None:
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
        # A database's text export (`csv_copy`): never quoted, its values escaped with backslashes.
        copied = is_copy_text(text, delimiter)
        # R's write.csv: every text quoted, a missing value `NA` unquoted (`csv_r`), read as empty.
        by_r = not copied and is_r_text(text, delimiter)
        # PHP's fputcsv: a quote after a backslash not doubled (`csv_php`), read as PHP reads it.
        by_php = not (copied or by_r) and is_php_text(text, delimiter)
        # Each cell takes a character at least (its separator or line break): a shorter text cannot pass
        # the cell or row limit, and a longer one is counted before its cells are read into values.
        if len(text) >= tabular_limits.MAX_CELLS:
            count_first(_rows(text, delimiter, copied, by_r, by_php), first, filename)
        for row_no, row in enumerate(_rows(text, delimiter, copied, by_r, by_php), 1):
            if row_no < first:
                continue
            cells += len(row)
            widths.append(len(row))
            check_limits(cells, widths, row_no, filename)
            for col_no, cell in enumerate(row, 1):
                if cell.strip():
                    ref = f"{column_letters(col_no)}{row_no}"
                    values.append(SourceValue(key=ref, value=cell, meta={"row": row_no, "col": col_no}))
    except csv.Error as exc:  # its words are the csv module's ("field larger than field limit (131072)")
        raise csv_refusal(filename, row_no + 1) from exc  # the record after the last one read
    last = str(values[-1].value) if values else ""
    if not copied and values and values[-1].meta["row"] == row_no and open_at_end(text, delimiter, last):
        raise open_quote_refusal(filename, row_no, str(values[-1].key), "\n" in last or "\r" in last)
    if not copied:  # quotes and a resaving program's separators are a CSV's, not a database's export
        _check_lines(values, text, delimiter, filename)
        _check_resaved(values, text, delimiter, filename)
    if (
        cut := cut_date(values, text, filename) or cut_row(values, text, widths, row_no, filename)
    ) is not None:
        raise cut
    values, formulas = split_formulas(values)  # `=SUM(B8:B12)`: a formula never calculated, no value
    if not (copied or by_r):  # an `NA` there may be R's missing value or the text (`csv_r`)
        mark_na(values)
    meta: dict[str, Any] = {"encoding": encoding, "delimiter": delimiter}
    if formulas:
        meta["uncached_formulas"] = formulas
    return Extraction(format="csv", values=tuple(values), meta=meta)


def _rows(text: str, delimiter: str, copied: bool, by_r: bool, by_php: bool) -> Iterator[list[str]]:
    """The records of the text, split as a database's export (`csv_copy`), as R's (`csv_r`), as PHP's
    (`csv_php`) or as CSV."""
    if copied:
        return copy_rows(text)
    if by_r:
        return r_rows(text, delimiter)
    if by_php:
        return php_rows(text, delimiter)
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


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
    check_size(data, filename)
    archive = open_zip(data, filename)
    try:
        with archive:
            return read_book(open_book(archive), filename, sheet)
    except (Rejection, MemoryError):  # a limit, not the file: the sandbox says "too much memory"
        raise
    except FILE_ERRORS as exc:  # a broken part or cell, or what zipfile or lxml raise on a broken package
        raise rejection(exc, filename) from exc
    except Exception as exc:  # an error in the hub's own code: not the file's fault (`faults`)
        raise hub_fault(exc, filename) from exc
