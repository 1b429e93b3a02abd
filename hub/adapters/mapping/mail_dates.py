"""A moment as RFC 2822 writes it (a mail's or a feed's `Date`, PHP's `date('r')`, JavaScript's
`toUTCString`, Python's `email.utils.format_datetime`): "Mon, 02 Nov 2026 08:00:00 +0100", the weekday
optional, the seconds optional, the zone an offset or GMT, UT or UTC, a comment after it ignored
("+0100 (CET)", as RFC 5322 allows; decision 0061, "Stop 66: fixes-100"); JavaScript's `Date` as its
`toString()` writes it, the month before the day and the zone's name in the browser's own language after
it ("Mon Mar 15 2027 00:00:00 GMT+0100 (Centraleuropæisk normaltid)": a `Date` handed on as text by a web
page's export, decision 0060, "Stop 69: trial-114"); and an English day written with its ordinal ("2nd
November 2026", "November 2nd, 2026"; decision 0061, "Stop 65: fixes-93").

The offset says the moment, so such a date is read by fixes-88's rule for an offset (`go_times`): the
day in Denmark ("Sun, 01 Nov 2026 23:30:00 +0000" is 2 November). The weekday is checked against the
day as written, before it is moved (`written_weekday`). An ordinal is only taken where its suffix fits
its number (1st, 2nd, 3rd, 4th, 11th to 13th, 21st, 22nd, 23rd, 31st) and a month is named in English.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from hub.adapters.mapping.english_months import ENGLISH_MONTHS
from hub.adapters.mapping.zone_offsets import ZONE_NAMES, agreed_offset

__all__ = ["MailMoment", "NoSuchDay", "mail_moment", "without_ordinal"]

_MAIL = re.compile(
    r"(?:(?P<weekday>mon|tue|wed|thu|fri|sat|sun),\s*)?(?P<d>\d{1,2})\s+(?P<m>[a-z]{3})\s+(?P<y>\d{4})\s+"
    r"(?P<hm>(?:[01]\d|2[0-3]):[0-5]\d)(?P<s>:[0-5]\d)?\s+"
    r"(?:(?P<oh>[+-](?:0\d|1[0-4]))(?P<om>[0-5]\d)|(?P<utc>gmt|ut|utc|z))"
    # RFC 5322 lets a comment follow, as a mail program names the zone ("+0100 (CET)"); a zone's name
    # there must say the offset ("+0000 (CEST)" is refused: `zone_offsets`), any other words are ignored.
    # One comment, not nested (no program writes more).
    r"(?:\s*\((?P<comment>[^()\\]*)\))?",
    re.IGNORECASE,
)
# JavaScript's `Date.prototype.toString`, as ECMA-262 fixes it: weekday, month, day, year, time and
# "GMT" with the offset, then the zone's name in parentheses in the engine's language (any words).
_JS = re.compile(
    r"(?P<weekday>mon|tue|wed|thu|fri|sat|sun)\s+(?P<m>[a-z]{3})\s+(?P<d>\d{1,2})\s+(?P<y>\d{4})\s+"
    r"(?P<hm>(?:[01]\d|2[0-3]):[0-5]\d)(?P<s>:[0-5]\d)\s+gmt(?P<oh>[+-](?:0\d|1[0-4]))(?P<om>[0-5]\d)"
    r"(?:\s*\([^()\\]*\))?",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ORDINAL = re.compile(r"\b(?P<d>\d{1,2})(?P<suffix>st|nd|rd|th)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


class NoSuchDay(ValueError):
    """An RFC 2822 date whose day its month does not have: its args the day, month and year as read."""


class MailMoment(NamedTuple):
    """An RFC 2822 date: the XML Schema date-time it is, the day as written and its weekday (0 =
    Monday), None where none is written."""

    moment: str
    written: date
    weekday: int | None


def mail_moment(text: str) -> MailMoment | None:
    """The moment an RFC 2822 date or JavaScript's `toString()` of a `Date` says; None for any other text.
    Raises `NoSuchDay` for a day its month does not have ("Mon, 31 Nov 2026 08:00:00 +0100"), which was
    refused as "not a date", and `ZonesDisagree` for a zone's name in its comment that is not its offset's."""
    found = _MAIL.fullmatch(text) or _JS.fullmatch(text)
    if found is None or found["m"].lower() not in ENGLISH_MONTHS or len(found["m"]) != 3:
        return None
    day, month, year = int(found["d"]), ENGLISH_MONTHS[found["m"].lower()], int(found["y"])
    try:
        written = date(year, month, day)
    except ValueError:
        raise NoSuchDay(day, month, year) from None
    # UTC's names are read in any case ("gmt", "z"), as the rest of the date is: as UTC, not as written
    utc = "UTC" if found.groupdict().get("utc") else None
    zone = agreed_offset(utc or f"{found['oh']}{found['om']}", _named(found))
    assert zone is not None  # the pattern takes only an offset or UTC's names
    moment = f"{written.isoformat()}T{found['hm']}{found['s'] or ':00'}{zone}"
    weekday = _WEEKDAYS.index(found["weekday"].lower()) if found["weekday"] else None
    return MailMoment(moment, written, weekday)


def _named(found: re.Match[str]) -> str | None:
    """The zone's name an RFC 2822 date's comment holds ("+0100 (CET)"), None where it holds other words
    (JavaScript's "(Centraleuropæisk normaltid)") or there is none."""
    comment = (found.groupdict().get("comment") or "").strip()
    return comment if comment in ZONE_NAMES else None


def without_ordinal(text: str) -> str:
    """An English date with its day's ordinal ("2nd November 2026") without it ("2 November 2026"), where
    the suffix fits the number and a word of the text is an English month; any other text as it is."""
    if _ORDINAL.search(text) is None:
        return text
    if not any(word.lower() in ENGLISH_MONTHS for word in _WORD.findall(_ORDINAL.sub(" ", text))):
        return text
    return _ORDINAL.sub(lambda found: found["d"] if _fits(found["d"], found["suffix"]) else found[0], text)


def _fits(day: str, suffix: str) -> bool:
    """Whether `suffix` is the English ordinal's for the number `day` ("1" "st", "12" "th")."""
    number = int(day)
    wanted = "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return suffix.lower() == wanted
