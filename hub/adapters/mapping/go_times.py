"""A date-time with its UTC offset written after it, as programs print a moment: Go's `time.Time`
("2026-10-19 00:00:00 +0200 CEST"), PostgreSQL's `timestamptz` ("2026-10-19 00:00:00+02"), Python's
`str(datetime)` ("2026-10-19 00:00:00+02:00") and ISO 8601's basic or short offsets
("2026-10-19T00:00:00+0200", "...T00:00:00+02"), and UTC's `Z` after a time of day written with a space or
without seconds ("2026-11-02 08:00Z", "2026-11-02T08:00Z": decision 0061, "Stop 65: fixes-93"), and a
zone's name alone where it says the offset, as Java's `SimpleDateFormat("yyyy-MM-dd HH:mm:ss.S z")` writes
a `java.util.Date` (XStream's `DateConverter`, in UTC unless told: "2027-05-02 22:00:00.0 UTC" is 3 May in
Denmark; decision 0060, "Stop 73: trial-128").

A Go program that turns a value into text with `fmt.Sprint` (as one filling `encoding/csv`'s rows of
strings must) writes a `time.Time` by its `String` method: the day, the time of day with any part of a
second, the offset, then the zone's abbreviation (or the offset again where the zone has none: "+0200
+0200"), and after a clock reading a monotonic reading ("m=+0.000012345"). PostgreSQL writes a
`timestamptz` in its ISO style with the offset straight after the time and only its hours where the
minutes are naught ("+02", "+05:30"). One rule for all: the offset says the moment, so each is read as
the XML Schema date-time it is (`machine_dates.xml_schema_day`): the day in Denmark
("2026-10-18 23:00:00+00" is 19 October). The zone's name after Go's offset is not needed and not checked.
"""

from __future__ import annotations

import re

__all__ = ["offset_time"]

# The offset only as a zone's can be (at most 14 hours, minutes 00-59), so that digits after a time are
# no offset unsaid. The seconds may be left out ("14:30+02"); the part of a second is dropped, as it
# moves no day.
_OFFSET_TIME = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})[T ](?P<hm>\d{2}:\d{2})(?P<s>:\d{2})?(?:[.,]\d{1,9})? ?"
    r"(?:(?P<oh>[+-](?:0\d|1[0-4]))(?::?(?P<om>[0-5]\d))?|(?P<z>Z)|(?P<name>UTC|GMT|UT|CET|CEST))"
    # Go's zone abbreviation (or its offset again), and time.Now's monotonic reading
    r"(?: (?:[A-Z]{1,5}|[+-]\d{2}(?:\d{2})?)(?: m=[+-]\d+\.\d{9})?)?"
)

# The names that say their offset, as Java writes a Date's zone: UTC's and Denmark's (any other name, which
# may be a zone's in one country and another's elsewhere, is no offset, and the text stays as it is).
_NAMED = {"UTC": "+00:00", "GMT": "+00:00", "UT": "+00:00", "CET": "+01:00", "CEST": "+02:00"}


def offset_time(text: str) -> str:
    """A date-time with a UTC offset after it as an XML Schema date-time ("2026-10-19T00:00:00+02:00");
    any other text as it is."""
    found = _OFFSET_TIME.fullmatch(text)
    if found is None:
        return text
    if found["name"]:
        zone = _NAMED[found["name"]]
    else:
        zone = "+00:00" if found["z"] else f"{found['oh']}:{found['om'] or '00'}"
    return f"{found['day']}T{found['hm']}{found['s'] or ':00'}{zone}"
