"""Days written as R's data.table writes a moment with `fwrite(dateTimeAs = "squash")`: the
`squash_date` transform.

data.table's `fwrite` writes a `POSIXct` in UTC; with `dateTimeAs = "squash"` as seventeen digits, the
year, month, day, hours, minutes, seconds and milliseconds run together: `20270701220000000` is 22:00 on
1 July 2027 in UTC, which is midnight of 2 July in Denmark (a case system's end of a placement, stored as
Danish midnight). The figure names a moment, not a day, so which day it is depends on the zone: `date`
never reads it (seventeen digits may be any number) but says what it looks like (`date_refusals`), and a
config says so with `squash_date`, the day read in Denmark's zone unless it names another, as
`epoch_date` does (`{ name = "squash_date", zone = "UTC" }`; decision 0061, "Stop 68: fixes-112";
trial-110 left it refused "not a date").

Only a moment the calendar has, of a day from 2001 to 2099, is read; any other figure is refused saying
what a squash moment is, never read as some other number.

The same `fwrite` writes a `Date` (an `IDate`, a day with no time) so as eight digits, `20270315`: the
day itself, in no zone, read as it is by `squash_date` too (`squash_day`; decision 0060, "Stop 69:
fixes-113"; before, "not a date" and "not a squash moment", with no word of what it is).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

# Not `textparse`'s: `date_refusals`, which `textparse` imports, says what a squash moment is.
from hub.adapters.mapping.transform_error import TransformError
from hub.quoting import quoted, quoted_da

__all__ = ["parse_squash_date", "squash_day", "squash_moment"]

# yyyy mm dd HH MM SS mmm, the year of this century.
_SQUASH = re.compile(r"(20\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d{3})")
_SQUASH_DAY = re.compile(r"(20\d\d)(\d\d)(\d\d)")  # yyyy mm dd: a `Date`


def squash_moment(text: str) -> datetime | None:
    """The UTC moment seventeen digits name as data.table's squash, or None when they are no such
    moment of 2001-2099 (a 13th month, a 25th hour, a year before 2001)."""
    match = _SQUASH.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, millis = (int(part) for part in match.groups())
    try:
        moment = datetime(year, month, day, hour, minute, second, millis * 1000, tzinfo=UTC)
    except ValueError:
        return None
    return moment if moment.date() >= date(2001, 1, 1) else None


def squash_day(text: str) -> date | None:
    """The day eight digits name as data.table's squash of a `Date`, or None when they are no day of
    2001-2099 the calendar has."""
    match = _SQUASH_DAY.fullmatch(text.strip())
    if match is None:
        return None
    try:
        day = date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    return day if day >= date(2001, 1, 1) else None


def parse_squash_date(text: str, zone: str) -> str:
    """The ISO day ("2027-07-02") in `zone` (checked when the config loaded: `EpochArgs`) of a moment
    written as data.table's squash (UTC); refused, saying what such a moment is, where the text is none."""
    moment = squash_moment(text)
    if moment is not None:
        return moment.astimezone(ZoneInfo(zone)).date().isoformat()
    if (day := squash_day(text)) is not None:
        return day.isoformat()  # a day, in no zone
    raise TransformError(
        f"not a squash moment: {quoted(text)} (squash_date reads a moment in UTC as R's data.table writes"
        ' it with dateTimeAs = "squash": 17 digits, year, month, day, hours, minutes, seconds and'
        " milliseconds, e.g. 20270701220000000, or a day, 8 digits, e.g. 20270315, of a day from 2001 to"
        " 2099)",
        f"ikke et squash-tidspunkt: {quoted_da(text)} (squash_date læser et tidspunkt i UTC, som R's"
        ' data.table skriver det med dateTimeAs = "squash": 17 cifre, år, måned, dag, timer, minutter,'
        " sekunder og millisekunder, fx 20270701220000000, eller en dag, 8 cifre, fx 20270315, for en dag"
        " fra 2001 til 2099)",
    )
