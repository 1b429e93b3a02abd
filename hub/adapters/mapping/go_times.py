"""A date-time with its UTC offset written after it, as programs print a moment: Go's `time.Time`
("2026-10-19 00:00:00 +0200 CEST"), PostgreSQL's `timestamptz` ("2026-10-19 00:00:00+02"), Python's
`str(datetime)` ("2026-10-19 00:00:00+02:00") and ISO 8601's basic or short offsets
("2026-10-19T00:00:00+0200", "...T00:00:00+02"), and UTC's `Z` after a time of day written with a space or
without seconds ("2026-11-02 08:00Z", "2026-11-02T08:00Z": decision 0061, "Stop 65: fixes-93"), and a
zone's name alone where it says the offset (`zone_offsets`), as Java's `SimpleDateFormat("yyyy-MM-dd
HH:mm:ss.S z")` writes a `java.util.Date` (XStream's `DateConverter`, in UTC unless told: "2027-05-02
22:00:00.0 UTC" is 3 May in Denmark; decision 0060, "Stop 73: trial-128").

A Go program that turns a value into text with `fmt.Sprint` (as one filling `encoding/csv`'s rows of
strings must) writes a `time.Time` by its `String` method: the day, the time of day with any part of a
second, the offset, then the zone's abbreviation (or the offset again where the zone has none: "+0200
+0200"), and after a clock reading a monotonic reading ("m=+0.000012345"). PostgreSQL writes a
`timestamptz` in its ISO style with the offset straight after the time and only its hours where the
minutes are naught ("+02", "+05:30"). One rule for all: the offset says the moment, so each is read as
the XML Schema date-time it is (`machine_dates.xml_schema_day`): the day in Denmark
("2026-10-18 23:00:00+00" is 19 October). The zone's name after Go's offset must say the same offset
where the hub knows it ("+0200 CEST"): two zones that disagree ("UTC CEST", "UTC +0200", "+0100 CEST") are
refused, not read by the first (`zone_offsets.ZonesDisagree`; decision 0060, "Stop 74: fixes-136"). A name
the hub does not know is taken after an offset only, as Go prints any zone's ("+0530 IST").
"""

from __future__ import annotations

import re

from hub.adapters.mapping.zone_offsets import agreed_offset, zone_offset

__all__ = ["offset_time"]

# The offset only as a zone's can be (at most 14 hours, minutes 00-59), so that digits after a time are
# no offset unsaid. The seconds may be left out ("14:30+02"); the part of a second is dropped, as it
# moves no day.
_OFFSET_TIME = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})[T ](?P<hm>\d{2}:\d{2})(?P<s>:\d{2})?(?:[.,]\d{1,9})? ?"
    r"(?:(?P<oh>[+-](?:0\d|1[0-4]))(?::?(?P<om>[0-5]\d))?|(?P<z>Z)|(?P<name>[A-Z]{2,4}))"
    # Go's zone abbreviation (or its offset again), and time.Now's monotonic reading
    r"(?: (?P<abbr>[A-Z]{1,5}|[+-]\d{2}(?:\d{2})?)(?: m=[+-]\d+\.\d{9})?)?"
)


def offset_time(text: str) -> str:
    """A date-time with a UTC offset after it as an XML Schema date-time ("2026-10-19T00:00:00+02:00");
    any other text as it is. Raises `ZonesDisagree` where a second zone after the first says another
    offset."""
    found = _OFFSET_TIME.fullmatch(text)
    if found is None:
        return text
    first, abbr = found["name"] or found["z"] or f"{found['oh']}{found['om'] or ''}", found["abbr"]
    if abbr and not found["oh"] and zone_offset(abbr) is None:
        return text  # a word the hub does not know after a zone's name: no writer prints one
    zone = agreed_offset(first, abbr)
    if zone is None:  # a name the hub does not know (`IST`: India's, Ireland's or Israel's): no offset said
        return text
    return f"{found['day']}T{found['hm']}{found['s'] or ':00'}{zone}"
