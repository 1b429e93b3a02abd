"""Text cells a spreadsheet program will never run as a formula (CSV/Excel formula injection).

A name such as `=HYPERLINK("http://evil", "Klik")` written as a plain cell would run when the company
opens the file. Every text cell is therefore written with `write_string` (never `write`, which turns
"=..." into a formula), and a value starting with a character that starts a formula gets a visible
leading apostrophe, as OWASP's CSV injection guidance says: it survives the user editing the cell and
"Save as CSV", which a hidden quote prefix does not (decision 0011). A plain signed number such as a
phone number ("+4520000101") can call nothing and refer to nothing, so it keeps its own look; nor can
one character alone, such as the "-" a caseworker writes for "none": a formula needs something after
its sign, and LibreOffice 7.4 opens a CSV cell "-", "+", "=" or "@" as that text even when it evaluates
formulas (stop 56), so the apostrophe only changed what the person had written.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import BinaryIO

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

DATE_FORMAT = "dd.mm.yyyy"  # as Danish forms write dates, and as the PDF form asks for them
# "=", "+", "-", "@", tab and CR (OWASP), LF, and the full-width forms that some Excel locales
# turn into their ASCII twins when a cell is edited.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")

# A sign, then digits with spaces, dots and commas between them (a phone number, "-2,5", a Danish
# amount "-1.234,56"): no function, no reference, no operator, so a negative amount keeps its look.
_PLAIN_NUMBER = re.compile(r"[+-]?\d(?:[\d .,]*\d)?")


def safe_text(value: str) -> str:
    """The value with a leading apostrophe when it starts like a formula (and is more than its first
    character: a sign alone has nothing to calculate); unchanged otherwise."""
    if len(value) > 1 and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_text(sheet: Worksheet, row: int, col: int, value: str | None, fmt: Format | None = None) -> None:
    """Write a text cell that cannot become a formula; None leaves the cell blank (formatted)."""
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)
    else:
        sheet.write_string(row, col, safe_text(value), fmt)


def open_workbook(out: BinaryIO, title: str, author: str, created: date | datetime | None = None) -> Workbook:
    """A constant-memory workbook (rows strictly downwards) that never turns a string into a formula."""
    book = xlsxwriter.Workbook(
        out,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    properties: dict[str, object] = {"title": title, "author": author}
    if isinstance(created, datetime):  # an aware moment: the file's properties keep UTC
        properties["created"] = created.astimezone(UTC).replace(tzinfo=None)
    elif created is not None:  # a fixed creation time keeps the same export byte for byte the same
        properties["created"] = datetime.combine(created, time())
    book.set_properties(properties)
    return book
