"""A month's hours summed as a duration, never calculated: worked out as Excel shows it.

A timesheet that keeps each visit's length in a time cell formatted `[h]:mm` (1:30 is the day fraction
0.0625) sums them in a cell of that format too, and Excel shows `17:15`. A program that saves the
formula without its value (excel-builder-vanilla, the forty-eighth trial) left the hub no total: a sum
in a date or duration format was never worked out (`xlsx_worked_out`: a sum shown as a date says what
the hub would not), and the sheet was refused "never calculated". A duration's sum is a duration: where
the sum's own format is one (`[h]:mm`, `[mm]:ss`: openpyxl's `is_timedelta_format`), no value is saved
(or XlsxWriter's placeholder 0 in a workbook calculated on opening, which Excel replaces), and every cell
it adds is a duration or empty, the total is their sum, read as a duration cell is (`17:15:00`). A sum in
a date or a time-of-day format (`h:mm` wraps at 24 hours), one adding a plain number or a time of day,
and a 0 saved in a workbook not calculated on opening (the file's own, `xlsx_saved_totals`) are left as
before (decision 0060, "Stop 67: trial-105").

A plain `SUM` passes over text, as Excel's does: a day marked "Syg" or "Ferie" among the visits adds
nothing (fixes-109; it was refused "never calculated"). Only words: a text holding a digit (`1:30` typed
as text) may be a visit's length Excel would leave out too, so that sum stays never calculated, as does a
text in any other formula (`B2+B3`, which Excel makes `#VALUE!`).

A visit's length kept in a time-of-day cell (`h:mm`, a number below 1: 1:30 is 0.0625, as a sheet
typed by hand holds it) is a length all the same: Excel's `SUM` adds it, and a sum in `[h]:mm` shows the
total. A sum in `h:mm` shows it too while it is below a day, but `h:mm` is a time of day and wraps at 24
hours (25:30 is shown 1:30): such a total is read where it is below a day, and where it is a day or more
it is marked (`DAYS_HIDDEN`) and refused where it is read, naming the cell and saying the format hides
whole days, never read as the 1:30 Excel shows nor as the 25:30 it hides (decision 0061, "Stop 68:
fixes-110"; trial-105 left it never calculated). A part of a day or more in `h:mm` (a number of 1 or
more, a date with its time) or a sum in a time format with AM/PM is left never calculated, as before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

DAY = dt.timedelta(days=1)
_ELAPSED = re.compile(r"\[(?:h+|m+|s+)\]", re.IGNORECASE)  # a duration's elapsed hours, minutes or seconds
# What a number format says besides its codes: quoted text, an escaped character, a colour or a locale.
_NOT_CODES = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def sums_durations(dates: dict[int, bool], style: int, unasked: bool, number_format: str = "") -> bool:
    """True for a formula cell whose sum may be worked out as a duration: its format one (`dates` maps a
    date style to whether it is a duration) or a time of day (`number_format`, `clock_format`), and no 0
    of the file's own saved (`Uncached.unasked`)."""
    return (dates.get(style, False) or clock_format(number_format)) and not unasked


def clock_format(number_format: str) -> bool:
    """Whether a number format shows a time of day only, hours first ("h:mm", "hh:mm:ss"): no day, no
    month, no year, no AM/PM; a duration's `[h]` is none (it shows whole days as hours)."""
    first = number_format.split(";", 1)[0]  # the format of a number not below 0
    if _ELAPSED.search(first):
        return False
    codes = {c for c in _NOT_CODES.sub("", first).casefold() if c.isalpha()}
    return "h" in codes and codes <= {"h", "m", "s"}


def days_hidden(total: Any, number_format: str) -> bool:
    """Whether a worked-out sum is a day or more in a time-of-day format, which shows it less whole days."""
    return type(total) is dt.timedelta and total >= DAY and clock_format(number_format)


def duration_total(cells: Iterable[Any], plain_sum: bool = False) -> dt.timedelta | None:
    """The sum of the durations a formula adds (empty counts as nothing, and in a plain `SUM` a text
    without a digit too; a time of day, a number below 1 in `h:mm`, is its length since midnight); None
    when one is anything else."""
    total = dt.timedelta(0)
    for value in cells:
        if value is None or plain_sum and type(value) is str and not any(c.isdigit() for c in value):
            continue
        if type(value) is dt.time:
            value = dt.datetime.combine(dt.date.min, value) - dt.datetime.min
        if type(value) is not dt.timedelta:
            return None
        total += value
    return total
