"""Date-times a program wrote as UTC instants without saying so (`date`'s `written_in_utc`).

A JavaScript `Date` or a Go `time.Time` made at a Danish midnight is 23:00 (22:00 in summer) of the day
before in UTC; a writer that stores it in a workbook cell, which holds no zone, or prints it without its
`Z`, leaves `2026-11-30T23:00:00`, which Excel shows as 30 November and `date` reads as such. Only the
config can say the writer did so (the same text from a Danish clock is 30 November at 23:00), so the word
is the config's, and with it a date-time with no zone is read as the moment in UTC it is, its day the one
in Denmark (1 December), as `date` reads one written with its `Z` (decision 0060, "Stop 73: fixes-128").
A day alone, or a date-time with its own zone, is read as written. A date-time written day first, as a
writer formatting a UTC `Date` for Danish eyes prints it (`30.11.2026 23:00`), is such an instant too: its
day as `date` reads it, the time after it (review-132: it was read as the day written, 30 November).
"""

from __future__ import annotations

import re

from hub.adapters.mapping import textparse as tp
from hub.adapters.mapping.danish_dates import time_of_day
from hub.adapters.mapping.transform_error import TransformError

__all__ = ["as_utc"]

# The zoneless date-times the readers hand on: a workbook cell's `isoformat()` and the same with a space,
# seconds and a fraction optional.
_ZONELESS = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)")


def as_utc(text: str) -> str:
    """`text` with UTC's `Z` after it where it is a date-time with no zone ("2026-11-30T23:00:00" →
    "2026-11-30T23:00:00Z"), so that `date` reads it as that moment's day in Denmark; else as it is."""
    match = _ZONELESS.fullmatch(text.strip())
    if match is None:
        return _day_first(text)
    clock = match[2] if match[2].count(":") == 2 else f"{match[2]}:00"
    return f"{match[1]}T{clock}Z"


def _day_first(text: str) -> str:
    """A date-time in another order ("30.11.2026 23:00") as `as_utc` writes one; else `text` as it is."""
    if (split := time_of_day(text.strip())) is None:
        return text
    try:
        day = tp.parse_date(split[0])
    except TransformError:  # no date before the time: `date` refuses the text as written
        return text
    return f"{day}T{split[1]}Z"
