"""The offsets the zones a date-time names stand for, and two zones that must agree.

One rule for every date-time whose text names its zone or offset (decision 0060, "Stop 74: fixes-136"):
the text names an instant, and its day is the one in Denmark, whatever the writer's layout (Go's, Java's,
RFC 2822's, ISO's, Unix `date`'s). So a zone's name must say its offset: the names here are tzdata's for
UTC, Denmark, the Faroes, Greenland and the neighbours, each with the one offset tzdata gives it (tzdata
writes "+03", not "AST", for Arabia, and "+06", not "BST", for Bangladesh). A text naming two zones (Go's
offset and abbreviation, RFC 5322's comment) is one instant only where both say the same offset.
"""

from __future__ import annotations

import re

__all__ = ["ZONE_NAMES", "ZONE_OFFSETS", "ZonesDisagree", "agreed_offset", "zone_offset"]

ZONE_OFFSETS = {
    "UTC": "+00:00", "UT": "+00:00", "GMT": "+00:00", "Z": "+00:00",
    "CET": "+01:00", "CEST": "+02:00", "MET": "+01:00", "MEST": "+02:00",
    "WET": "+00:00", "WEST": "+01:00", "EET": "+02:00", "EEST": "+03:00",
    "BST": "+01:00", "AST": "-04:00", "ADT": "-03:00",
}  # fmt: skip
ZONE_NAMES = frozenset(name for name in ZONE_OFFSETS if name != "Z")  # the names, not ISO's letter
# A zone written as its offset: "+02", "-0130", "+02:00" (at most 14 hours, minutes 00-59).
_NUMBERED = re.compile(r"(?P<h>[+-](?:0\d|1[0-4])):?(?P<m>[0-5]\d)?")


class ZonesDisagree(ValueError):
    """A date-time naming two zones whose offsets differ (`first`, `second` as written)."""

    def __init__(self, first: str, second: str) -> None:
        super().__init__(first, second)
        self.first, self.second = first, second


def zone_offset(zone: str) -> str | None:
    """The offset ("+02:00") a zone's name or written offset stands for; None for a word the hub does not
    know as a zone."""
    if zone in ZONE_OFFSETS:
        return ZONE_OFFSETS[zone]
    if found := _NUMBERED.fullmatch(zone):
        return f"{found['h']}:{found['m'] or '00'}"
    return None


def agreed_offset(first: str, second: str | None) -> str | None:
    """The offset `first` stands for where `second` (a second zone written after it, or None) says the
    same or is a name the hub does not know (Go prints any zone's abbreviation after its offset, "+0530
    IST"); None where `first` is no zone. Raises `ZonesDisagree` where both say an offset and they differ."""
    offset = zone_offset(first)
    if offset is None or second is None:
        return offset
    other = zone_offset(second)
    if other is not None and other != offset:
        raise ZonesDisagree(first, second)
    return offset
