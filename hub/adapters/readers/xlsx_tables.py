"""A workbook's tables, for a total over a table's column (decision 0061, "Stop 67: fixes-104").

`SUM(Tabel1[Timer])` adds the data rows of the column "Timer" of the table "Tabel1" (Insert > Table in
Excel): the table part (xl/tables/tableN.xml, one a table, each its sheet's by the sheet's
relationships) names its columns in order and its `ref`, the rows its header (`headerRowCount`, 1 unless
said) and its totals row (`totalsRowCount`, 0 unless said) included. The check of a saved total against
its cells (`xlsx_saved_totals`) reads each column as the range of its data rows; the totals row, which
holds the total itself, is left out, as Excel leaves it out.

Read only for a sheet that has a total whose formula holds a `[`: nearly every book has no table.
"""

from __future__ import annotations

import re

from openpyxl.utils.cell import column_index_from_string, get_column_letter

from hub.adapters.readers.xlsx_book import Book
from hub.adapters.readers.xlsx_defined_names import Tables
from hub.adapters.readers.xlsx_parts import parse, relationships
from hub.adapters.readers.xlsx_problems import BrokenPart

__all__ = ["tables_of"]

_REF = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7}):\$?([A-Z]{1,3})\$?([0-9]{1,7})")


def tables_of(book: Book) -> Tables:
    """Each table of the book by its name in lower case: its sheet's name and each column's data rows as
    a range (`$B$2:$B$5`) by the column's name in lower case. A table whose part cannot be read, or
    that has no data row, is left out: its totals are then said not checked."""
    if not any("/tables/" in part for part in book.archive.NameToInfo):
        return {}
    tables: Tables = {}
    for sheet in book.sheets:
        try:
            rels = relationships(book.archive, sheet.part)
        except (BrokenPart, KeyError):  # a relationship without its target: as none
            continue  # no relationships: no table
        for kind, target in rels.values():
            if kind.endswith("/table") and target in book.archive.NameToInfo:
                try:
                    found = _table(book, target)
                except (BrokenPart, ValueError):  # a part not read, a count not a number
                    continue
                if found is not None:
                    tables[found[0].casefold()] = (sheet.name, found[1])
    return tables


def _table(book: Book, part: str) -> tuple[str, dict[str, str]] | None:
    """A table part's name and its columns' data ranges; None where its ref or rows say none."""
    root = parse(book.archive, part)
    ref = _REF.fullmatch((root.get("ref") or "").upper())
    name = root.get("displayName") or root.get("name")
    if ref is None or not name:
        return None
    left, top, bottom = column_index_from_string(ref[1]), int(ref[2]), int(ref[4])
    first = top + int(root.get("headerRowCount", "1") or 1)
    last = bottom - int(root.get("totalsRowCount", "0") or 0)
    if first > last:
        return None
    columns: dict[str, str] = {}
    for listed in root.iterchildren("{*}tableColumns"):
        for index, column in enumerate(listed.iterchildren("{*}tableColumn")):
            letter = get_column_letter(left + index)
            columns.setdefault(
                str(column.get("name") or "").casefold(), f"${letter}${first}:${letter}${last}"
            )
    return name, columns
