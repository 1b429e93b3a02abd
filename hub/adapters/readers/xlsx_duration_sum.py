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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any


def sums_durations(dates: dict[int, bool], style: int, unasked: bool) -> bool:
    """True for a formula cell whose sum may be worked out as a duration: its format one (`dates` maps a
    date style to whether it is a duration), and no 0 of the file's own saved (`Uncached.unasked`)."""
    return dates.get(style, False) and not unasked


def duration_total(cells: Iterable[Any], plain_sum: bool = False) -> dt.timedelta | None:
    """The sum of the durations a formula adds (empty counts as nothing, and in a plain `SUM` a text
    without a digit too); None when one is anything else."""
    total = dt.timedelta(0)
    for value in cells:
        if value is None or plain_sum and type(value) is str and not any(c.isdigit() for c in value):
            continue
        if type(value) is not dt.timedelta:
            return None
        total += value
    return total
