"""The ways of writing a date that are not digits in a row, as people write them: written out in Danish,
as on letters ("3. august 2026", "mandag den 3. august 2026"), a weekday before a date, a time of day
after it. The dates programs print are `machine_dates`'. `textparse.parse_date` checks what these give."""

from __future__ import annotations

import re
from typing import NamedTuple

from hub.adapters.mapping.english_months import ENGLISH_MONTHS

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "jan"),
            ("februar", "feb"),
            ("marts", "mar", "mrt"),
            ("april", "apr"),
            ("maj",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "mandag den 3. august 2026", "den 3. august 2026", "tirsdag d. 3. marts 2026", and the month-name dates
# of a Danish spreadsheet: "03-mar-2026", "3-mar-26" (Excel's d-mmm-yy), "03.mar.2026"; a two-digit
# year after a month name also where the day has its ordinal dot ("3. mar. 26": `written_out`).
_WRITTEN = re.compile(
    rf"(?:(?P<weekday>{'|'.join(WEEKDAYS)}),?\s+)?(?:(?:den\s+|d\.\s*))?"
    r"(?P<d>\d{1,2})(?P<s1>\.?\s*|-)(?P<m>[a-zæøå]+)(?P<s2>\.?,?\s+|\.?-|\.)(?P<y>\d{4}|\d{2})",
    re.IGNORECASE,
)
# A date with a time of day after a space, as case systems and spreadsheets export a date-time column
# ("2026-03-03 00:00:00", "03-03-2026 14:30", "3. marts 2026 kl. 14.30"): the date as written. CLDR's
# date-time patterns put a comma before the space, as JavaScript's `toLocaleString("da-DK")` (and ICU,
# and browsers) write a moment: "31.3.2027, 14.05.00".
_TIME_OF_DAY = re.compile(
    r"(?P<date>.+?),?\s+(?:kl\.?\s*)?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2})(?:[.,]\d+)?)?"
)


class Written(NamedTuple):
    """A date as written out: its numbers, unchecked, and the weekday named (0 = Monday), if any; `short`
    when the year has two digits (read by the same rule as "03.08.26")."""

    day: int
    month: int
    year: int
    weekday: int | None
    short: bool = False


def written_out(text: str) -> Written | None:
    """The parts of a date written out in Danish, or with its month in English the day first ("2
    November 2026", `english_months`), or None when `text` is not one."""
    found = _WRITTEN.fullmatch(text)
    month = None if found is None else MONTHS.get(found["m"].lower(), ENGLISH_MONTHS.get(found["m"].lower()))
    if found is None or month is None:
        return None
    weekday = WEEKDAYS.index(found["weekday"].lower()) if found["weekday"] else None
    year = found["y"]
    # Two digits are a year only where the day is marked as the day: by Excel's dashes ("3-mar-26") or
    # by the Danish ordinal dot ("3. mar. 26", "3. marts 26"); in "3 aug 26" the 26 could be a day.
    dashed = found["s1"] == "-" and found["s2"].endswith("-")
    if len(year) == 2 and not (dashed or found["s1"].startswith(".")):
        return None
    return Written(int(found["d"]), month, int(year), weekday, len(year) == 2)


# A weekday before a date, written out or as Danish abbreviates it: "tirs. 3. mar. 2026" (Dansk
# Sprognævn's man., tirs., ons., tors., fre., lør., søn.), "ti 03-03-2026" (Excel's ddd in Danish:
# ma, ti, on, to, fr, lø, sø), then "den"/"d." or not; also "d. 3/3-2026" with no weekday.
_WEEKDAY_WORDS = {
    word: day
    for day, names in enumerate(
        (
            ("man", "ma"),
            ("tir", "tirs", "ti"),
            ("ons", "on"),
            ("tor", "tors", "to"),
            ("fre", "fr"),
            ("lør", "lø"),
            ("søn", "sø"),
        )
    )  # fmt: skip
    for word in (WEEKDAYS[day], *names)
}
# The same in English as C's strftime writes a day in the C locale, "%a %d.%m.%Y" ("Mon 02.11.2026") or
# "%A": a Perl, C or Python script that formats its dates itself and sets no Danish locale (stop 64,
# trial-86). Checked against the day as a Danish one is; none of these is a Danish word.
_WEEKDAY_WORDS.update(
    {word.lower(): day for day, full in enumerate(WEEKDAYS_EN) for word in (full, full[:3])}
)
_LEADING = re.compile(
    r"(?:(?!den\s)(?P<weekday>[a-zæøå]{2,})(?:\.,?|,)?\s+)?(?:den\s+|d\.\s*)?(?P<rest>\d.*)", re.IGNORECASE
)


def leading_weekday(text: str) -> tuple[str, int | None]:
    """A date without the weekday (0 = Monday) and the "den"/"d." written before it, and that weekday
    (None when none is written); a text whose first word is no weekday as it is, with None."""
    found = _LEADING.fullmatch(text)
    if found is None:
        return text, None
    word = (found["weekday"] or "").lower()
    if word and word not in _WEEKDAY_WORDS:
        return text, None
    return found["rest"], _WEEKDAY_WORDS[word] if word else None


def without_time_of_day(text: str) -> str:
    """The date part of a date followed by a time of day (a real one: hours 0-23, minutes 0-59); any
    other text as it is."""
    found = _TIME_OF_DAY.fullmatch(text)
    if found is None or int(found["h"]) > 23 or int(found["m"]) > 59:
        return text
    return found["date"]


def time_of_day(text: str) -> tuple[str, str] | None:
    """A date followed by a time of day (`without_time_of_day`'s) as its date part and the time as ISO
    writes it (`23:00:00`), or None: a writer's UTC instant written day first (`utc_instants`)."""
    found = _TIME_OF_DAY.fullmatch(text)
    if found is None or int(found["h"]) > 23 or int(found["m"]) > 59 or int(found["s"] or 0) > 59:
        return None
    return found["date"], f"{int(found['h']):02d}:{found['m']}:{found['s'] or '00'}"
