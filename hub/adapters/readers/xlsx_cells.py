"""A workbook cell as the reader keeps it: its value as text, as a person reads it in Excel, and its
locator data.

Dates become ISO text, numbers lose float noise, a digits-only number format keeps its leading zeros
(a CPR number typed as a number) and a duration reads as Excel shows it. `xlsx_values.read_book` calls this
for every cell it keeps; the differential tests' openpyxl oracle calls it too, so both read a value alike.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal
from typing import Any

from hub.adapters.readers.base import column_letters

# The mark of a yes/no cell (type "b", read as TRUE or FALSE): no text, refused where a field reads text
# (`mapping.boolean_cells`).
BOOLEAN_MARK = "boolean"
# The mark of a formula's 0 that the cells it adds contradict, in a workbook saved without calculating:
# [formula, the sum of its cells as text], refused where it is read (`mapping.reading`, "Stop 64: fixes-85").
SAVED_UNCALCULATED = "saved_uncalculated"
# The mark of a number saved under a formula using another sheet's cells, which no check compares: its
# formula, said where the value's place is told (`base.describe_locator`, "Stop 66: fixes-100").
UNCHECKED = "unchecked_total"
# The mark of a total never calculated whose `SUM` adds cells holding text: [formula, the cells as
# "B2", ...], refused where it is read (`mapping.reading`) naming them ("Stop 66: fixes-102").
TEXT_SUMMED = "text_summed"
# Beside it, where the reason is a defined name standing for no plain range of one sheet: the name as the
# formula writes it ("Stop 66: fixes-102").
UNCHECKED_NAME = "unchecked_name"
# Beside it, where the reason is a plain `SUM` the check does not add: [its range, "wide"] past
# `xlsx_worked_out.MAX_SUMMED` cells, [a whole column, "empty"] holding no number ("Stop 68: fixes-111").
UNCHECKED_RANGE = "unchecked_range"
# The mark of a sum of lengths worked out to a day or more in a time-of-day format (`h:mm`), which shows it
# less its whole days: [formula, the total as [h]:mm, the format], refused where it is read
# (`mapping.reading`; `xlsx_duration_sum`, "Stop 68: fixes-110").
DAYS_HIDDEN = "days_hidden"

letters = functools.lru_cache(maxsize=16384)(column_letters)  # a workbook's few columns, again and again


def cell_meta(sheet: str, row: int, col: int, number_format: str) -> dict[str, Any]:
    """A cell's locator data; `number_format` is a whole number's format ("" for any other value)."""
    meta: dict[str, Any] = {"sheet": sheet, "row": row, "col": col}
    if number_format.casefold() == "general":
        # A whole number nobody formatted: `date` may read it as Excel's day number (a date cell left
        # in General shows 46083); the same digits typed as text it never does.
        meta["general_number"] = True
    return meta


def cell_text(value: Any, number_format: str = "") -> str | None:
    """A cell's value as text: ISO dates, numbers without float noise, TRUE/FALSE. `number_format` is
    the cell's, needed for integers only."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):  # before int: bool is an int
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return _duration(value)
    if isinstance(value, int):
        # A "0000000000" format shows leading zeros (a CPR number typed as a number): keep them; so does
        # Danish Excel's "000000-0000", which shows 304851234 as 030485-1234.
        return _digit_format(value, number_format or "")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        # 15 significant digits, as Excel shows them, drops binary noise (0.1 + 0.2 -> "0.3").
        text = format(Decimal(f"{value:.15g}"), "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


# A number format of zeros and separators only ("0000000000", "000000-0000", "00 00 00 00", with Excel's
# escapes `\-` and quotes): the digits as shown, each 0 a digit, leading zeros kept. A bare `.` is the
# decimal point (ECMA-376 18.8.31), not a separator: "0.0" shows 2 as 2,0 (Gnumeric writes an hours column
# so, as Excel's built-in "0.00"), and reading it as digits made 2 hours 0.2. Only an escaped or quoted dot
# is printed as it is.
_DIGIT_FORMAT = re.compile(r'(?:0|\\[-. /]|"[-. /]*"|[- /])+')


def _digit_format(value: int, fmt: str) -> str:
    """An integer as a digits-only number format shows it; any other format, the integer as it is."""
    zeros = fmt.count("0")
    if value < 0 or not zeros or not _DIGIT_FORMAT.fullmatch(fmt) or len(str(value)) > zeros:
        return str(value)
    digits = iter(str(value).zfill(zeros))
    shown = fmt.replace("\\", "").replace('"', "")
    return "".join(next(digits) if ch == "0" else ch for ch in shown)


def _duration(value: dt.timedelta) -> str:
    """A duration cell ("[h]:mm": a month's 37:30 hours) as Excel shows it, "37:30:00", to the second;
    Python's own text is "1 day, 13:30:00", which no hours transform reads."""
    seconds = round(value.total_seconds())
    sign, seconds = ("-", -seconds) if seconds < 0 else ("", seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"
