"""Hours written as Go's `time.Duration` prints them: "1h30m0s", "45m0s", "2h0m0s".

A Go program that writes a length of time as text calls its `String` method (or `fmt.Sprint`, which
does): whole hours, then minutes, then seconds, each with its letter, the parts below the largest
always written ("2h0m0s"); `time.ParseDuration` also reads them without the trailing zeros ("1h30m").
The hours transform reads it as it reads an XML Schema duration (`xml_durations`): a program's own way
of writing the value, never a guess. Parts of a second ("1.5s", "500ms") are no mentor's hours: such a
text is left to the other ways of writing hours, which refuse it saying so.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hub.adapters.mapping.worded_hours import inexact_minutes

__all__ = ["is_go_duration", "read_go_duration"]

# Hours, minutes and seconds in that order, each optional but at least one, no spaces: Go's own text.
_GO_DURATION = re.compile(r"(?=\d)(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?")


def is_go_duration(text: str) -> bool:
    """Whether a text is written as Go's duration ("45m0s"), whether or not its hours are exact."""
    match = _GO_DURATION.fullmatch(text.strip())
    return match is not None and any(match.groups())


def read_go_duration(text: str) -> Decimal | None:
    """The hours a Go duration text holds (`Decimal("1.5")` for "1h30m0s"), or None when the text is
    none (then the other ways of writing hours are tried)."""
    if not is_go_duration(text):
        return None
    match = _GO_DURATION.fullmatch(text.strip())
    assert match is not None
    seconds = int(match["h"] or 0) * 3600 + int(match["m"] or 0) * 60 + int(match["s"] or 0)
    # Only whole 9-second steps make exact decimal hours; rounding would change the hours delivered.
    if seconds % 9:
        raise inexact_minutes(text)
    return Decimal(seconds) / 3600
