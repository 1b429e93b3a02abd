"""`hub adapters suggest`: a day written as a count since 1970 (`epoch_date`; decision 0061, "Stop 68:
fixes-110").

A node app's `getTime()` (csv-stringify's default for a `Date`, trial-106) writes every date column as
milliseconds, `1803942000000`; a Unix `time()` as seconds. A column worded as a day ("Dato", "Godkendt
den") whose every value is such a count, all of one length and each a day of 2001-2099, is drafted with
`epoch_date` instead of `date`, which would refuse every row; its zone, Denmark's, written out for the
config's author to check (a server in UTC makes its days at another midnight). A column of counts of two
lengths, or one holding anything else, is left as before: no program writes its days both ways.

A column whose header has no date word is a day by its values where ISO days are (a visit's `besoeg`, a
signature's `godkendt`): counted since 1970 too, but only where every count is a midnight, in Denmark or
in UTC, as a program writes a day it holds as a moment (`epoch_days`; decision 0060, "Stop 69:
fixes-113"). Ten digits alone would not do: every P-number and every CPR number without its dash is a
count of seconds of 2001-2003 (`1017462938`), but none a midnight but by chance, one in 86,400.

A day column worded as a day whose every value is R's data.table squash (`fwrite(dateTimeAs =
"squash")`: 17 digits of a moment in UTC, or 8 of a `Date`, `20270315`) is drafted with `squash_date`
(`squash_values`; "Stop 69: fixes-113"), its zone written out as `epoch_date`'s is. Only by a date word:
eight digits are a CVR number's length too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time
from zoneinfo import ZoneInfo

from hub.adapters.mapping.epoch_dates import DENMARK_ZONE, epoch_day
from hub.adapters.mapping.squash_dates import squash_day, squash_moment

__all__ = ["EPOCH_ARGS", "EPOCH_LINE", "SQUASH_LINE", "epoch_counts", "epoch_days", "squash_values"]

_MIDNIGHT_ZONES = (ZoneInfo(DENMARK_ZONE), ZoneInfo("UTC"))

EPOCH_ARGS = {"zone": DENMARK_ZONE}
# A list's day, written by `render_tables` as a line of its own.
EPOCH_LINE = (
    f'    transforms = [{{ name = "epoch_date", zone = "{DENMARK_ZONE}" }}]'
    "  # a count since 1970: check its zone"
)
SQUASH_LINE = (
    f'    transforms = [{{ name = "squash_date", zone = "{DENMARK_ZONE}" }}]'
    "  # R data.table's squash: check its zone"
)


def epoch_counts(values: Iterable[str]) -> bool:
    """Whether the filled values are counts since 1970 of one length, each a day `epoch_date` reads, and
    there is at least one."""
    filled = [v.strip() for v in values if v.strip()]
    return (
        bool(filled) and len({len(v) for v in filled}) == 1 and all(epoch_day(v) is not None for v in filled)
    )


def squash_values(values: Iterable[str]) -> bool:
    """Whether the filled values are data.table's squash of one length, each a moment (17 digits) or a
    day (8) `squash_date` reads, and there is at least one."""
    filled = [v.strip() for v in values if v.strip()]
    return (
        bool(filled)
        and len({len(v) for v in filled}) == 1
        and all(squash_moment(v) is not None or squash_day(v) is not None for v in filled)
    )


def epoch_days(values: Iterable[str]) -> bool:
    """Whether the filled values are `epoch_counts` each naming a midnight, all in Denmark or all in UTC:
    days by their values alone, whatever the column's header."""
    filled = [v.strip() for v in values if v.strip()]
    if not epoch_counts(filled):
        return False
    seconds = [int(v) // 1000 if len(v) == 13 else int(v) for v in filled]
    if any(len(v) == 13 and int(v) % 1000 for v in filled):
        return False  # a part of a second: a moment, not a day
    return any(all(_midnight(s, zone) for s in seconds) for zone in _MIDNIGHT_ZONES)


def _midnight(seconds: int, zone: ZoneInfo) -> bool:
    """Whether `seconds` since 1970 is midnight in `zone`."""
    return datetime.fromtimestamp(seconds, zone).time() == time(0)
