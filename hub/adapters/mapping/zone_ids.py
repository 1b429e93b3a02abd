"""A date-time with its offset and the zone's id in brackets after it, as Java's `ZonedDateTime.toString()`
and `DateTimeFormatter.ISO_ZONED_DATE_TIME` write a moment ("2027-11-01T00:20+01:00[Europe/Copenhagen]",
the seconds left out where they are naught; "2027-05-02T22:00Z[UTC]") and RFC 9557 writes one
("...+01:00[!Europe/Copenhagen]"): decision 0060, "Stop 74: trial-137".

The offset says the moment, so the text is read as the date-time before the brackets (`go_times.
offset_time`, then its day in Denmark); the id is checked, not ignored: an id tzdata does not know is
refused as no zone (it may be no zone at all), and a zone whose offset at that moment is not the one
written is refused, since the text then says two moments and the hub does not pick one.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hub.adapters.mapping.date_refusals import HOW_TO_WRITE
from hub.adapters.mapping.go_times import offset_time
from hub.adapters.mapping.transform_error import TransformError
from hub.quoting import quoted, quoted_da

__all__ = ["without_zone_id"]

# The date-time (any shape `offset_time` reads), then one bracketed id: tzdata's names are letters, digits,
# `/`, `_`, `+` and `-` ("America/Port-au-Prince", "Etc/GMT+1"); RFC 9557's `!` marks it critical.
_ZONE_ID = re.compile(r"(?P<moment>\d{4}-\d{2}-\d{2}[T ][^\[\]]+)\[!?(?P<id>[A-Za-z][A-Za-z0-9_+/-]*)\]")


def without_zone_id(text: str) -> str:
    """A date-time with an offset and a bracketed zone id that agree, as the XML Schema date-time the offset
    gives ("2027-11-01T00:20:00+01:00"); any other text as it is. Refused (`TransformError`) where tzdata
    lacks the id or the zone's offset at that moment is not the one written."""
    found = _ZONE_ID.fullmatch(text)
    if found is None:
        return text
    moment = offset_time(found["moment"])
    if moment == found["moment"]:  # no offset before the id: not a shape this reads
        return text
    try:
        zone = ZoneInfo(found["id"])
    # ValueError: a path-like key ZoneInfo refuses; OSError: a key naming tzdata's folder ("Europe") or
    # longer than a file's name may be, which ZoneInfo opens as a file
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise TransformError(
            f"not a date: {quoted(text)}: {quoted(found['id'])} is no time zone the hub knows:"
            f" {HOW_TO_WRITE[0]}",
            f"ikke en dato: {quoted_da(text)}: {quoted_da(found['id'])} er ikke en tidszone, hubben kender:"
            f" {HOW_TO_WRITE[1]}",
        ) from None
    try:
        written = datetime.fromisoformat(moment)
    except ValueError:  # a day its month lacks, an hour past 23: refused as the text without its id is
        return moment
    if written.utcoffset() != written.astimezone(zone).utcoffset():
        raise TransformError(
            f"not a date: {quoted(text)}: its offset is not {found['id']}'s at that time, so it says two"
            f" different moments: {HOW_TO_WRITE[0]}",
            f"ikke en dato: {quoted_da(text)}: forskydningen er ikke {found['id']}s på det tidspunkt, så"
            f" den angiver to forskellige tidspunkter: {HOW_TO_WRITE[1]}",
        )
    return moment
