"""A worksheet past the cell limit, told before its cells are read into values (`cells_ahead`).

Reading a cell into its value costs some 15 µs of Python (`xlsx_row_cells`); counting a row's cells
costs lxml's parse and one `len`. ExcelDataReader's `Test_BigFormatted.xlsx` (3 columns, 55,745 rows)
spent 1.7 s of CPU reading 100,000 cells into values before it was refused; counted first, 0.25 s
(decision 0061, "Stop 60: limits-71").

What the package says of a sheet's size is a claim: `<dimension ref>` is the writer's to set (and many
set it wrong; openpyxl ignores it: `reset_dimensions`), the shared strings' `count` their writer's, and
the cell tags found in the part's bytes can be in a comment, or missed where a cell's prefix is bound
inside the sheet. A claim only decides whether the cells are counted (parsed) before they are read; the
refusal is always the count's. A sheet whose claims are small and whose cells are many (a row padded to
its last cell's column counts every column) is refused by the count while reading (`xlsx_values`),
after as many cells. Counting first costs a legal sheet near the limit a second parse (0.25 s of 1.5 s),
which is why the bytes decide it only where they hold more cell tags than the limit allows.
"""

from __future__ import annotations

import re
import zipfile

from lxml import etree
from openpyxl.utils.cell import range_boundaries
from openpyxl.xml.constants import SHEET_MAIN_NS

from hub.adapters.readers.base import column_letters
from hub.adapters.readers.safexml import iterparse_xml
from hub.adapters.readers.tabular_limits import too_many_cells
from hub.adapters.readers.xlsx_book import Book
from hub.errors import UnreadableDocument

_ROW = f"{{{SHEET_MAIN_NS}}}row"
_HEAD = 4096  # `<dimension>` and the shared strings' `count` come before any cell or string
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s[^>]*?ref\s*=\s*["\']([^"\']+)["\']')
_PREFIX = re.compile(rb"<([A-Za-z_][\w.-]*):worksheet[\s>]")
_STRINGS_COUNT = re.compile(rb'<(?:\w+:)?sst\s[^>]*?\bcount\s*=\s*["\'](\d+)["\']')


def claims_more(archive: zipfile.ZipFile, part: str, strings_part: str | None, room: int) -> bool:
    """Whether the package says sheet `part` may hold more than `room` cells: by its `<dimension>`, the
    shared strings' count of string cells (`strings_part`, the whole book's), or the cell tags its bytes
    hold (`<c `, found by bytes, not parsed: one in a comment counts too, which only costs a count)."""
    info = archive.NameToInfo.get(part)
    if info is None:
        return False  # the reading names the missing part
    with archive.open(info) as stream:
        head = stream.read(_HEAD)
    found = _DIMENSION.search(head)
    if found is not None and _area(found[1].decode("ascii", "replace")) > room:
        return True
    if strings_part is not None and strings_part in archive.NameToInfo:
        with archive.open(strings_part) as stream:
            counted = _STRINGS_COUNT.search(stream.read(_HEAD))
        if counted is not None and int(counted[1]) > room:
            return True
    # Fewer bytes cannot hold more cell tags (`<c/>` is the shortest), and a form's sheet is far smaller.
    if info.file_size <= room * len(b"<c/>"):
        return False
    prefixed = _PREFIX.search(head)  # `<x:worksheet>`: its cells are `<x:c>` (Open XML SDK writes so)
    tag = b"<" + (prefixed[1] + b":" if prefixed else b"") + b"c"
    try:
        data = archive.read(info)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        return False  # a part that cannot be unpacked: the reading names it
    return sum(data.count(tag + end) for end in (b" ", b">", b"/>", b"\n", b"\t", b"\r")) > room


def cells_ahead(archive: zipfile.ZipFile, part: str, room: int) -> tuple[str, int] | None:
    """Where sheet `part`'s cells pass `room`, counted without reading them: the cell the count passed
    it at ("C33335") and that row's width in columns; None where they do not (or the part cannot be
    parsed: the reading names what is wrong, where it is). A row counts the cells it holds, fewer than
    or as many as the reading counts (which pads a row to its last cell's column), so a sheet refused
    here is one the reading refuses too."""
    counted = row_no = 0
    try:
        for row in iterparse_xml(archive.read(part), part, _ROW):
            row_no = _number(row.get("r"), row_no + 1)
            counted += len(row)
            if counted > room:
                return _last_cell(row, row_no)
    except (UnreadableDocument, KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None  # a broken part or a lost one: read as before, which names it
    return None


def _last_cell(row: etree._Element, row_no: int) -> tuple[str, int]:
    """The last cell of a row (its `r`, else its place in the row) and the row's width in columns."""
    width = len(row)
    ref = str(row[-1].get("r") or "")
    try:
        width = max(width, range_boundaries(ref)[2] or 0)
    except (ValueError, TypeError):
        ref = ""
    return ref or f"{column_letters(width)}{row_no}", width


def _number(attr: str | None, default: int) -> int:
    try:
        return int(attr) if attr else default
    except ValueError:
        return default


def _area(ref: str) -> int:
    """The cells a `<dimension ref>` spans ("A1:C55745": 167,235), 0 where it is no range."""
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref.split(" ")[0])
    except (ValueError, TypeError):
        return 0
    if min_col is None or min_row is None or max_col is None or max_row is None:
        return 0
    return (max_col - min_col + 1) * (max_row - min_row + 1)


def refuse_ahead(book: Book, name: str, part: str, room: int, filename: str) -> None:
    """Refuse sheet `name` before its cells are read where the package says it is large and its cells,
    counted, pass the `room` the limit leaves (`claims_more`, `cells_ahead`)."""
    if claims_more(book.archive, part, book.strings_part, room):
        ahead = cells_ahead(book.archive, part, room)
        if ahead is not None:
            ref, width = ahead
            where = f'sheet "{name}", cell {ref}', f'ark "{name}", celle {ref}'
            raise too_many_cells(filename, "xlsx", width, *where)


def past_limit(filename: str, name: str, widest: int, at: tuple[int, int]) -> UnreadableDocument:
    """The cell limit passed in sheet `name` while reading, at (row, column) `at`."""
    ref = f"{column_letters(at[1])}{at[0]}" if at[0] and at[1] else ""
    where_en, where_da = (
        (f'sheet "{name}", cell {ref}', f'ark "{name}", celle {ref}')
        if ref
        else (
            f'sheet "{name}"',
            f'ark "{name}"',
        )
    )
    return too_many_cells(filename, "xlsx", widest, where_en, where_da)
