"""Workbooks with formulas as XlsxWriter writes them, for the tests of how a formula's saved value is read
(`test_xlsx_placeholder_sum.py`, stop 63; `test_xlsx_saved_uncalculated.py`, stop 64): one writer, so the
two agree on what XlsxWriter saves."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import xlsxwriter

# A mentor's weeks: the hours add up to 12.5, one week left empty.
HOURS = [["Uge", "Timer"], ["2026-W32", 3], ["2026-W33", 2.5], ["2026-W34", None], ["2026-W35", 7]]


def formula_book(rows: list[list[Any]], values: dict[str, float] | None = None, asks: bool = True) -> bytes:
    """A sheet "Timer" of `rows`, each text starting with "=" a formula saved with the value `values` gives
    its cell ("B6"; XlsxWriter's placeholder 0 where none). `asks`: the book keeps XlsxWriter's
    `fullCalcOnLoad="1"` (Excel calculates it on opening); without it, what a program that never
    calculates saves."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"strings_to_formulas": False})
    sheet = book.add_worksheet("Timer")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                sheet.write_formula(r, c, value, None, (values or {}).get(f"{'AB'[c]}{r + 1}", 0))
            elif value is not None:
                sheet.write(r, c, value)
    book.close()
    if asks:
        return out.getvalue()
    changed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as old, zipfile.ZipFile(changed, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/workbook.xml":
                assert b'<calcPr calcId="124519" fullCalcOnLoad="1"/>' in data
                data = data.replace(b' fullCalcOnLoad="1"', b"")
            new.writestr(item, data)
    return changed.getvalue()
