"""`hub adapters suggest`: a day written as a count since 1970 (`epoch_date`; decision 0061, "Stop 68:
fixes-110").

A node app's `getTime()` (csv-stringify's default for a `Date`, trial-106) writes every date column as
milliseconds, `1803942000000`; a Unix `time()` as seconds. A column worded as a day ("Dato", "Godkendt
den") whose every value is such a count, all of one length and each a day of 2001-2099, is drafted with
`epoch_date` instead of `date`, which would refuse every row; its zone, Denmark's, written out for the
config's author to check (a server in UTC makes its days at another midnight). A column of counts of two
lengths, or one holding anything else, is left as before: no program writes its days both ways.
"""

from __future__ import annotations

from collections.abc import Iterable

from hub.adapters.mapping.epoch_dates import DENMARK_ZONE, epoch_day

__all__ = ["EPOCH_ARGS", "EPOCH_LINE", "epoch_counts"]

EPOCH_ARGS = {"zone": DENMARK_ZONE}
# A list's day, written by `render_tables` as a line of its own.
EPOCH_LINE = (
    f'    transforms = [{{ name = "epoch_date", zone = "{DENMARK_ZONE}" }}]'
    "  # a count since 1970: check its zone"
)


def epoch_counts(values: Iterable[str]) -> bool:
    """Whether the filled values are counts since 1970 of one length, each a day `epoch_date` reads, and
    there is at least one."""
    filled = [v.strip() for v in values if v.strip()]
    return (
        bool(filled) and len({len(v) for v in filled}) == 1 and all(epoch_day(v) is not None for v in filled)
    )
