"""A length written smallest unit first: "30 minutes 1 hours", "15 seconds 30 minutes 1 hours".

node-postgres reads a PostgreSQL `interval` with postgres-interval, whose `toPostgres()` writes the parts
that are not 0 from the smallest unit up (its README: `3 seconds 2 minutes 1 hours`). A service that
writes the interval as text sends a visit of an hour and a half as "30 minutes 1 hours" (decision 0060,
"Stop 69: trial-114", and "Stop 70: fixes-116"). Each part names its unit, so the sum is what it states,
as "1 t. 30 min." is: read only where every part is named once, minutes and seconds below 60, and the
whole an exact decimal of hours (`exact_hours`, which refuses "20 minutes 1 hours" as the hours-first
order's minutes are refused). A part in another unit (days, months), or parts in any other order, is not
read here: `worded_hours` refuses them, saying how to write the hours.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hub.adapters.mapping.exact_hours import exact_hours
from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

_GAP = "[ \u00a0]*"
_SECONDS = r"(?:sek\.?|sekunder?|secs?|seconds?)"
_MINUTES = r"(?:min\.?|mins|minut|minutter|minutes?)"
_HOURS = r"(?:t\.?|tim\.|timer?|hours?)"
# Seconds (a part of a second as postgres-interval writes milliseconds, "0.5 seconds") and minutes,
# either or both, before the whole hours; the hours last, so a length with no hours is `worded_hours`'.
_SMALLEST_FIRST = re.compile(
    rf"(?:(?P<s>\d{{1,2}}(?:\.\d{{1,6}})?){_GAP}{_SECONDS}{_GAP})?"
    rf"(?:(?P<m>\d{{1,2}}){_GAP}{_MINUTES}{_GAP})?"
    rf"(?P<h>\d{{1,3}}){_GAP}{_HOURS}",
    re.IGNORECASE,
)


def read_smallest_first(text: str) -> Decimal | None:
    """The hours of "30 minutes 1 hours" (1.5); None where the text is not seconds or minutes before
    whole hours; refused where a part is 60 or more or the whole is no exact decimal of hours."""
    match = _SMALLEST_FIRST.fullmatch(text.strip())
    if match is None or (match["s"] is None and match["m"] is None):
        return None
    seconds = Decimal(match["s"] or 0)
    minutes = int(match["m"] or 0)
    if minutes > 59 or seconds >= 60:
        # postgres-interval carries 60 minutes into the hours; "75 minutes 1 hours" is a slip, not its.
        raise TransformError(
            f"60 or more minutes or seconds beside the hours: {quoted(text)}"
            " (write hours as a number, e.g. 1,5)",
            f"60 eller flere minutter eller sekunder ved siden af timerne: {quoted_da(text)}"
            " (skriv timerne som et tal, fx 1,5)",
        )
    within = minutes * 60 + seconds
    return exact_hours(within, text, seconds_written=bool(seconds), whole_hours=int(match["h"]))
