"""A date with its month named in English, as programs and people outside a Danish locale write one:
strftime's "%d %b %Y" in the C locale ("02 Nov 2026"), "2 November 2026", and the American order with
the month first ("Nov 2, 2026", "November 2, 2026", JavaScript's `toDateString` "Mon Nov 02 2026").

The month is a word, so the order of day and month is never in doubt; the year must be four digits
where the month comes first ("Nov 2, 26" could be the 26th). `danish_dates.written_out` reads the day
first; `month_first` turns the American order into it. Digits only ("11/02/2026") are still read as
Danish writes them, the day first: no month name says otherwise.
"""

from __future__ import annotations

import re

__all__ = ["ENGLISH_MONTHS", "MONTHS_EN", "month_first"]

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")  # fmt: skip
# The names and strftime's %b abbreviations, and "Sept": none is a Danish word for another month.
ENGLISH_MONTHS = {
    word: number
    for number, full in enumerate(MONTHS_EN, start=1)
    for word in (full.lower(), full[:3].lower())
} | {"sept": 9}
# "[Monday, ]Nov[.] 2[,] 2026[ 14:30]": a weekday may come first, a time of day after (each read later).
_MONTH_FIRST = re.compile(
    r"(?P<weekday>[a-z]{2,}\.?,?\s+)?(?P<m>[a-z]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})(?P<time>\s.*)?",
    re.IGNORECASE,
)


def month_first(text: str) -> str:
    """An English date with the month first ("Nov 2, 2026") with the day first ("2 Nov 2026"), keeping
    any weekday before and time after; any other text as it is."""
    found = _MONTH_FIRST.fullmatch(text)
    if found is None or found["m"].lower() not in ENGLISH_MONTHS:
        return text
    return f"{found['weekday'] or ''}{found['d']} {found['m']} {found['y']}{found['time'] or ''}"
