"""Hours written as Python prints a `timedelta` of a day or more: "1 day, 2:00:00", "2 days, 0:30:00".

A Python program that writes a length of time as text calls `str` on its `timedelta` (xmltodict's
`unparse`, `csv.writer` and an f-string all do): below a day that is a clock, "1:30:00", which the hours
transform reads already; from a day on, the whole days come first in words, "1 day, 2:00:00" (26 hours),
"2 days, 0:30:00" (48.5), and a part of a second after the seconds' point, "1 day, 2:00:00.360000".
pandas prints its `Timedelta` alike with the days always plural and no comma, "1 days 02:00:00" (what
`DataFrame.to_csv` writes). Either is read as the hours it is, the clock by the clock's rule (exact hours
only: `numberparse._clock_hours`), never a guess (decision 0061, "Stop 68: fixes-110"; before, "hours
written with words that are not read").

A negative `timedelta` is written as negative days and a positive clock: "-1 day, 23:00:00" is minus one
hour. Hours are never negative, so it is refused saying it is a negative length, as "-3" is refused
"cannot be negative", not as words that are not read.
"""

from __future__ import annotations

import re

from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

__all__ = ["timedelta_parts"]

# Python: "1 day, 2:00:00", "2 days, 0:30:00.500000"; pandas: "1 days 02:00:00", "-1 days +23:00:00".
# The clock below a day (its hours at most 23), as both print it; the clock's own parts are `_CLOCK`'s.
_TIMEDELTA = re.compile(
    r"(?P<days>-?\d{1,9}) days?(?:, | \+?)(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?)"
)


def timedelta_parts(text: str) -> tuple[int, str] | None:
    """The whole days and the clock ("2:00:00") of a length written as Python's or pandas' `timedelta`
    of a day or more, or None when the text is none; a negative length is refused."""
    match = _TIMEDELTA.fullmatch(text.strip())
    if match is None:
        return None
    days = int(match["days"])
    if days < 0:
        raise TransformError(
            f"the hours cannot be negative: {quoted(text)} is a negative length of time, as Python writes a"
            " timedelta below zero (whole days below zero, then the time of day forward)",
            f"timerne kan ikke være negative: {quoted_da(text)} er en negativ varighed, som Python skriver"
            " en timedelta under nul (hele dage under nul, så klokkeslættet frem)",
        )
    return days, match["clock"]
