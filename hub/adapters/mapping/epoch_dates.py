"""Days written as a count of seconds or milliseconds since 1970 (Unix time): the `epoch_date` transform.

A program that writes a moment as it holds it, not as a date, writes a count: JavaScript's `getTime()`
milliseconds (csv-stringify's default for a `Date`, `1803942000000`), a Unix `time()`'s seconds
(`1803942000`). The count names a moment, not a day: 1803942000 is midnight on 2 March 2027 in Denmark
and 23:00 on 1 March in UTC, so which day it is depends on the zone the producer's days were made in.
`date` never reads a count (a guess at the zone, and at whether a number is a date at all); a config
says so with `epoch_date`, naming the zone where the producer's days are not Denmark's
(`{ name = "epoch_date", zone = "UTC" }`), and the day is read there (decision 0061, "Stop 68:
fixes-110"; trial-106 left it refused "not a date").

Only a plausible count is read: 10 digits as seconds, 13 as milliseconds (the lengths both have from
September 2001 to 2286), and a day from 2001 to 2099; any other figure is refused saying why, never
read as some other unit or century. Either may carry a part of a second after a point, as `date
+%s.%N` and a Java `Instant`'s seconds and nanoseconds write it (`1822635000.000000000`): its instant's
day, the part of a second dropped (it never reaches the next second, so never the next day; decision
0060, "Stop 74: fixes-136": it was refused).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

__all__ = ["DENMARK_ZONE", "epoch_day", "parse_epoch_date"]

DENMARK_ZONE = "Europe/Copenhagen"
# Seconds (10 digits) or milliseconds (13), no leading zero: any other count is no moment of these years.
# A part of a second after a point, or a comma as a Danish locale writes one, is dropped.
_COUNT = re.compile(r"(?P<count>[1-9]\d{9}|[1-9]\d{12})(?:[.,]\d+)?")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# The days a job centre's document may hold: none before the count has 10 digits, none past the century.
_LAST = date(2099, 12, 31)


def epoch_day(text: str, zone: str = DENMARK_ZONE) -> date | None:
    """The day in `zone` a count of seconds or milliseconds since 1970 names (any part of a second after
    it dropped), or None when the text is no such count of 10 or 13 digits or names a day past 2099."""
    found = _COUNT.fullmatch(text.strip())
    if found is None:
        return None
    clean = found["count"]
    # Integer arithmetic throughout: a float of 13 digits is exact, but a count is no float.
    seconds, millis = divmod(int(clean), 1000) if len(clean) == 13 else (int(clean), 0)
    moment = _EPOCH + timedelta(seconds=seconds, milliseconds=millis)
    day = moment.astimezone(ZoneInfo(zone)).date()
    return day if day <= _LAST else None


def parse_epoch_date(text: str, zone: str = DENMARK_ZONE) -> str:
    """The ISO day ("2027-03-02") of a count of seconds or milliseconds since 1970 in `zone`; refused,
    saying what a count must be, where it is none or names no day of 2001-2099."""
    day = epoch_day(text, zone)
    if day is not None:
        return day.isoformat()
    raise TransformError(
        f"not a time since 1970: {quoted(text)} (epoch_date reads seconds, 10 digits, or milliseconds,"
        " 13 digits, any part of a second after a point, of a day from 2001 to 2099)",
        f"ikke et tidspunkt talt fra 1970: {quoted_da(text)} (epoch_date læser sekunder, 10 cifre, eller"
        " millisekunder, 13 cifre, med eller uden en del af et sekund efter et punktum, for en dag fra 2001"
        " til 2099)",
    )
