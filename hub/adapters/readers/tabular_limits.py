"""What a spreadsheet (CSV or XLSX) may hold before it is refused unread: its bytes, its cells (a CSV's
counted before they are read: `count_first`), its rows, and a workbook's size unpacked, told from the
zip's directory before anything is decompressed.

Apart from `tabular`'s two readers, which both count against these limits: a limit is what the
sender is told the file is too large for, not how either format is read.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator

from hub.adapters.readers.csv_refusals import at_row
from hub.adapters.readers.limit_words import megabytes
from hub.adapters.readers.sniff import unreadable
from hub.adapters.readers.xlsx_names import find_as_excel_does
from hub.adapters.readers.xlsx_problems import DAMAGED
from hub.errors import FieldProblem, UnreadableDocument
from hub.quantities import number_text

MAX_BYTES = 10 * 1024 * 1024
MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_CELLS = 100_000


def check_size(data: bytes, filename: str) -> None:
    """Refuse a spreadsheet larger than `MAX_BYTES`, before it is read."""
    if len(data) > MAX_BYTES:
        mb = MAX_BYTES // (1024 * 1024)
        found_en, found_da = megabytes(len(data), "en"), megabytes(len(data), "da")
        raise unreadable(
            filename,
            f"the file is larger than {mb} MB, the most the hub reads in one file (it is {found_en} MB): "
            "send it as several files (one a month, say); a workbook also gets smaller saved without its "
            "pictures",
            f"filen er større end {mb} MB, det meste hubben læser i én fil (den fylder {found_da} MB): "
            "send den som flere filer (fx én pr. måned); en projektmappe bliver også mindre, gemt uden "
            "sine billeder",
        )


def check_cells(cells: int, filename: str) -> None:
    """Refuse a spreadsheet once `cells` (counted so far) passes `MAX_CELLS`."""
    if cells > MAX_CELLS:
        raise too_many_cells(filename, "xlsx", 0)


def too_many_cells(
    filename: str, kind: str, columns: int, where_en: str = "", where_da: str = ""
) -> UnreadableDocument:
    """The refusal of a CSV file or workbook (`kind`) past `MAX_CELLS`, at `where_en`/`where_da` (the
    sheet and cell, or the row, the count passed it at), whose rows there were `columns` wide: the
    limit, and files of how many rows to send instead."""
    limit_en, limit_da = number_text(MAX_CELLS, "en"), number_text(MAX_CELLS, "da")
    en = f"more than {limit_en} cells, the most the hub reads in one file: "
    da = f"mere end {limit_da} celler, det meste hubben læser i én fil: "
    if columns:  # files of whole rows: the rows that fit at this width
        rows = max(1, MAX_CELLS // columns)
        en += f"split it into files of at most {number_text(rows, 'en')} rows each (one a month, say)"
        da += f"del den op i filer med højst {number_text(rows, 'da')} rækker hver (fx én pr. måned)"
    else:
        en += "split it into smaller files (one a month, say)"
        da += "del den op i mindre filer (fx én pr. måned)"
    if kind == "xlsx":
        en += ", or save only the sheet with the timesheet in a file of its own"
        da += ", eller gem kun arket med timesedlen i en fil for sig"
    problem = FieldProblem(en, da, file=filename, locator=where_en, locator_da=where_da)
    return UnreadableDocument([problem])


def open_zip(data: bytes, filename: str) -> zipfile.ZipFile:
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
        found_en, found_da = megabytes(total, "en"), megabytes(total, "da")
        raise unreadable(
            filename,
            f"the workbook unpacks to more than {mb} MB, the most the hub reads ({found_en} MB): split it "
            "into files of one month each, or save only the sheet with the timesheet in a file of its own",
            f"projektmappen fylder mere end {mb} MB udpakket, det meste hubben læser ({found_da} MB): del "
            "den op i filer med én måned hver, eller gem kun arket med timesedlen i en fil for sig",
        )
    return find_as_excel_does(archive)  # its parts found whatever their case or folder separator


# Empty rows hold no cell, so the cell limit never stops them: 10 MB of line breaks took 3 s to read.
MAX_ROWS = MAX_CELLS


def count_first(rows: Iterator[list[str]], first: int, filename: str) -> None:
    """Refuse a text past the cell or row limit as the reading would, at the same row, before any cell
    is read into a value: counting 100,000 cells costs a twentieth of reading them (decision 0061, "Stop
    60: limits-71"). A record `csv` cannot split stops the count: the reading names it where it is."""
    cells = 0
    widths: list[int] = []
    try:
        for row_no, row in enumerate(rows, 1):
            if row_no >= first:
                cells += len(row)
                widths.append(len(row))
                check_limits(cells, widths, row_no, filename)
    except csv.Error:
        return


def check_limits(cells: int, widths: list[int], row_no: int, filename: str) -> None:
    """Refuse at row `row_no` a text whose `cells` so far pass the cell limit (files of whole rows as
    wide as its widest, `widths`, to send instead) or whose rows pass the row limit."""
    if cells > MAX_CELLS:
        where = f"row {row_no}", f"række {row_no}"
        raise too_many_cells(filename, "csv", max(widths), *where)
    if row_no > MAX_ROWS:
        raise at_row(filename, row_no, *too_many_rows())


def too_many_rows() -> tuple[str, str]:
    """Past the row limit before the cell limit: most of the rows are empty (an export that wrote line
    breaks to the sheet's last row), which is what to remove."""
    en, da = number_text(MAX_ROWS, "en"), number_text(MAX_ROWS, "da")
    return (
        f"more than {en} rows, the most the hub reads in one file, most of them empty: delete the empty "
        f"rows at the end (in Excel, Ctrl+End shows the last row the file uses) or send files of at most "
        f"{en} rows each",
        f"mere end {da} rækker, det meste hubben læser i én fil, de fleste af dem tomme: slet de tomme "
        f"rækker til sidst (i Excel viser Ctrl+End den sidste række, filen bruger), eller send filer med "
        f"højst {da} rækker hver",
    )
