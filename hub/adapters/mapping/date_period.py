"""A list's day read within the period its document states (`{ name = "date", period = "@periode" }`;
decision 0064, "Stop 70: fuzz-116").

A mentor's timesheet for November that holds a visit on 3 February is read with February's week among
November's: its total counts it, the hours are stored as February's from a document that says November,
and whichever of the two dates is the slip, one month's figures are wrong and no later check says so.
Where the config names where the document states its period (the same selector a list's `week` takes,
read once for the list by `list_period`), each day of the list is read as `date` reads it and refused at
its own cell, element or row where it lies outside that period, naming the day as written (and as read,
where it was written as more than a day) and the period's first and last day. The whole period is
taken, no margin: a visit is on one day, and the day is either on the sheet's month or on another's.
"""

from __future__ import annotations

import re
from datetime import date

from hub.adapters.mapping import textparse as tp
from hub.adapters.mapping.stated_period import Period, day_words, parse_within
from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

__all__ = ["as_read", "date_within"]

# A day written in digits alone (`03-02-2027`, `2027-02-03`): the reason quotes it as the day it is. Any
# other (a moment, `2027-02-02T23:00:00.000Z`, whose day in Denmark is the 3rd; a zone; words) is said
# with the day it was read as beside it.
_PLAIN = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")


def date_within(text: str, within: str, *, written: str | None = None) -> str:
    """An ISO date from a day as `date` reads it, within a period (`Period`'s text:
    `2026-11-01/2026-11-30`, or a week-year `2026`); refused where it lies outside it, quoting `written`
    where `text` is not as the sender wrote it (a UTC instant's `Z` added: `utc_instants`)."""
    read = tp.parse_date(text)
    period = parse_within(within)
    if period.iso_year:
        # A year stated alone is a week-year to a week (a sheet's `Uge 1` of 2027 is 2027-W01) but the
        # calendar year to a day: 2 January 2027 lies in 2026-W53 and is 2027's, 1 January 2028 is not
        # (review-118: the week-year refused the one and read the other).
        period = Period(date(period.iso_year, 1, 1), date(period.iso_year, 12, 31))
    day = date.fromisoformat(read)
    if period.first <= day <= period.last:
        return read
    text = text if written is None else written
    en, da = as_read(text, day)
    raise TransformError(
        f"the day {quoted(text)}{en} lies outside the period the document states, {period.words(False)}:"
        " correct the day, or send what was done that day on the form for its own period",
        f"dagen {quoted_da(text)}{da} ligger uden for den periode, dokumentet angiver,"
        f" {period.words(True)}: ret dagen, eller send det, der blev gjort den dag, på skemaet for dens egen"
        " periode",
    )


def as_read(text: str, day: date) -> tuple[str, str]:
    """What a refusal quoting a day as written says beside it (English, Danish): nothing for a day in
    digits alone, the day it was read as for any other (` (2026-01-01)` beside `2026-01-01Z`)."""
    if _PLAIN.fullmatch(text.strip()) is not None:
        return "", ""
    return f" ({day_words(day, False)})", f" ({day_words(day, True)})"
