"""A CSV writer whose text cells a spreadsheet program will never run as a formula (CSV injection).

The company, the auditor and the municipality open the hub's CSV files in Excel or LibreOffice: a
stored name such as `=HYPERLINK("http://evil", "Klik")` written as it is would run there. Every CSV the
hub writes for a person to open goes through `safe_writer`, which gives each text cell the same
apostrophe `xlsx_safe.safe_text` gives an XLSX cell (decision 0011). Only what is written changes, never
the stored value; numbers (and text that is a plain signed number, "-1.234,56") keep their own look.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

from hub.exports.xlsx_safe import safe_text


class SafeWriter:
    """`csv.writer`'s `writerow`/`writerows`, each text cell made formula-safe first."""

    def __init__(self, out: IO[str], **dialect: Any) -> None:
        self._writer = csv.writer(out, **dialect)

    def writerow(self, row: Iterable[object]) -> None:
        """Write one row; str cells through `safe_text`, others (numbers, dates, None) as csv writes them."""
        self._writer.writerow([safe_text(cell) if isinstance(cell, str) else cell for cell in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        """Write every row as `writerow` does."""
        for row in rows:
            self.writerow(row)


def safe_writer(out: IO[str], **dialect: Any) -> SafeWriter:
    """A formula-safe CSV writer on `out` with `csv.writer`'s dialect keywords (delimiter, ...)."""
    return SafeWriter(out, **dialect)
