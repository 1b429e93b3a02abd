"""A date written as Go's `time.Time` prints it: "2026-10-19 00:00:00 +0200 CEST".

A Go program that turns a value into text with `fmt.Sprint` (as one filling `encoding/csv`'s rows of
strings must) writes a `time.Time` by its `String` method: the day, the time of day with any part of a
second, the offset, then the zone's abbreviation (or the offset again where the zone has none: "+0200
+0200"), and after a clock reading a monotonic reading ("m=+0.000012345"). The offset says the moment,
so it is read as the XML Schema date-time it is (`danish_dates.xml_schema_day`): the day in Denmark.
"""

from __future__ import annotations

import re

__all__ = ["go_time"]

_GO_TIME = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2})(?:\.\d{1,9})? (?P<oh>[+-]\d{2})(?P<om>\d{2})"
    r" (?:[A-Z]{1,5}|[+-]\d{2}(?:\d{2})?)(?: m=[+-]\d+\.\d{9})?"
)


def go_time(text: str) -> str:
    """Go's time text as an XML Schema date-time ("2026-10-19T00:00:00+02:00"; the part of a second left
    out, as it moves no day); any other text as it is."""
    found = _GO_TIME.fullmatch(text)
    if found is None:
        return text
    return f"{found['day']}T{found['time']}{found['oh']}:{found['om']}"
