"""Excel's day numbers: the five digits a workbook's date cell in the General format shows ("46083" is
2026-03-02). Read as a day only where a workbook's number cell holds them (`excel_day`); elsewhere only
named in the refusal of a text that is no date (`date_refusals.not_a_date`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# Excel's day numbers (1899-12-30 is day 0) of 1990-2099: what a date cell in the General format shows.
_SERIAL = re.compile(r"\d{5}")
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = ((date(1990, 1, 1) - _EXCEL_EPOCH).days, (date(2099, 12, 31) - _EXCEL_EPOCH).days)


def serial_day(text: str) -> date | None:
    """The day five digits of 1990-2099 are as Excel's day number, None for any other text."""
    clean = text.strip()
    serial = int(clean) if _SERIAL.fullmatch(clean) else 0
    if _SERIAL_RANGE[0] <= serial <= _SERIAL_RANGE[1]:
        return _EXCEL_EPOCH + timedelta(days=serial)
    return None


def excel_day(text: str) -> str | None:
    """The ISO day an Excel day number of 1990-2099 is ("46083" → "2026-03-02"), or None for any other
    text. Only for a workbook's number cell in the General format (`reading`): five digits typed as text,
    or in a CSV or XML file, are no date (decision 0060, second trial)."""
    day = serial_day(text)
    return None if day is None else day.isoformat()
