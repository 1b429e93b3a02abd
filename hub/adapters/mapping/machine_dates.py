"""The dates programs print rather than people write: XML Schema's dates and date-times from case systems
("2026-08-03+02:00", "2026-08-02T22:00:00Z"), C's asctime ("Mon Sep 14 09:30:12 2026") and Unix
`date`'s output with its zone. `textparse.parse_date` checks what these give.

`date`'s zone names the instant: "Sun May 02 22:00:00 UTC 2027" (Java's `Date.toString()` the same) is
3 May in Denmark, as "2027-05-02 22:00:00.0 UTC" is; without a zone (asctime's) the day is as written
(decision 0060, "Stop 74: fixes-136": earlier it was the day written whatever the zone)."""

from __future__ import annotations

import re
from datetime import date, datetime

from hub.adapters.mapping.danish_dates import WEEKDAYS
from hub.adapters.mapping.mail_dates import MailMoment, NoSuchDay
from hub.adapters.mapping.zone_offsets import zone_offset
from hub.periods import DENMARK

# An xs:date may carry a zone ("2026-08-03+02:00", "2026-08-03Z"): the date is as written. Its zone also
# as ISO 8601's basic offset, "+0200", as a date-time's may be: a system that writes one so writes both.
# That one only as a zone can be (at most 14 hours), so that four digits after a date are no zone unsaid.
_XS_DATE_ZONE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2}|[+-](?:0\d|1[0-4])[0-5]\d)")
# An xs:dateTime ("2026-08-03T00:00:00", "…T22:00:00Z"): its day in Denmark; its zone also as Java's
# and many exports' ISO 8601 basic offset, "+0200". Its fraction of a second also after ISO 8601's other
# decimal sign, the comma: LibreOffice Calc in a Danish locale saves polars' "2027-04-30T16:05:12.000000"
# again as "2027-04-30T16:05:12,000" (decision 0064, "Stop 70: fuzz-116").
_XS_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?")

# C's asctime, what a program prints for a time when none was asked for: Perl's `scalar localtime`,
# Ruby's Time#ctime, Python's time.ctime, C's ctime ("Mon Sep 14 09:30:12 2026", "Mon Nov  2 ..." with
# the day padded by a space). Its words are always English and abbreviated so; its time the program's
# local one, so the day is as written (as an xs:dateTime's without a zone).
_ASCTIME_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ASCTIME_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Unix `date` prints the same with its zone's name before the year: "Tue Oct  6 14:03:00 CEST 2026" (the C
# locale's "%a %b %e %H:%M:%S %Z %Y"), en_US's "... 02:03:00 PM CEST 2026" (12-hour), da_DK's "tir  6 okt
# 14:03:00 CEST 2026" (glibc's date_fmt "%a %e %b %H:%M:%S %Z %Y", its weekdays and months).
_DATE_DAYS = ("man", "tir", "ons", "tor", "fre", "lør", "søn")
_DATE_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
# de_DE's "Di 6. Okt 14:03:00 CEST 2026" (glibc 2.36's date_fmt "%a %-d. %b %H:%M:%S %Z %Y"): a server or
# a program set up in German beside a Danish one (stop 63, fixes-81). de_AT's and de_CH's put the year
# before the time and the zone last ("Di 06 Okt 2026 14:03:00 CEST", date_fmt "%a %d %b %Y %T %Z"), de_AT
# with its January "Jän" (fixes-85; its February is "Feb", as glibc 2.36 writes it, never "Feber").
_DATE_DE_DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
_DATE_DE_MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")
_DATE_AT_MONTHS = ("Jän", *_DATE_DE_MONTHS[1:])
# A time of day, 24-hour or en_US's 12-hour (its hours 00-12 only), then the zone's name `date` prints
# (none in asctime).
_CLOCK = r"(?P<clock>(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d)(?:(?<=(?:0\d|1[0-2]):\d\d:\d\d) (?P<half>[AP]M))?"
_CLOCK_ZONE = rf" {_CLOCK}(?: (?P<zone>[A-Za-z]+|[+-]\d+))? (?P<y>\d{{4}})"
_ASCTIME = re.compile(
    rf"(?P<weekday>{'|'.join(_ASCTIME_DAYS)}) (?P<m>{'|'.join(_ASCTIME_MONTHS)}) +(?P<d>\d{{1,2}})"
    + _CLOCK_ZONE
)
_DATE_DA = re.compile(
    rf"(?P<weekday>{'|'.join(_DATE_DAYS)}) +(?P<d>\d{{1,2}}) (?P<m>{'|'.join(_DATE_MONTHS)})" + _CLOCK_ZONE
)
_DATE_DE = re.compile(
    rf"(?P<weekday>{'|'.join(_DATE_DE_DAYS)}) (?P<d>\d{{1,2}})\. (?P<m>{'|'.join(_DATE_DE_MONTHS)})"
    + _CLOCK_ZONE
)
_DATE_AT_CH = re.compile(
    rf"(?P<weekday>{'|'.join(_DATE_DE_DAYS)}) (?P<d>\d{{2}}) (?P<m>J[aä]n|{'|'.join(_DATE_DE_MONTHS[1:])})"
    rf" (?P<y>\d{{4}}) {_CLOCK}(?: (?P<zone>[A-Za-z]+|[+-]\d+))?"
)


class UnknownZone(ValueError):
    """A date `date` wrote whose zone's name the hub does not know (`zone`)."""

    def __init__(self, zone: str) -> None:
        super().__init__(zone)
        self.zone = zone


def xml_schema_day(text: str) -> str:
    """An XML Schema date with a zone, or a date-time, as the ISO date it means in Denmark; any other
    text as it is. A date-time with a zone is moved to Danish time (midnight in Copenhagen is 22:00Z the
    day before); one without is the case system's own, Danish, time."""
    if zoned := _XS_DATE_ZONE.fullmatch(text):
        return zoned[1]
    if _XS_DATETIME.fullmatch(text) is None:
        return text
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        # An impossible date-time: its day alone where that is what is impossible ("2026-11-31T08:00:00"),
        # so that `parse_date` says "no such day" of it; else as it is, "not a date" (a 25th hour).
        day = text[:10]
        return day if _impossible_day(day) else text
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(DENMARK)
        except OverflowError:  # 9999-12-31T23:59:59Z, a case system's "no end": its year is refused
            return text[:10]
    return moment.date().isoformat()


def _impossible_day(iso: str) -> bool:
    """Whether an ISO day (`YYYY-MM-DD`) is one its month does not have."""
    try:
        date.fromisoformat(iso)
    except ValueError:
        return True
    return False


def asctime_day(text: str) -> str:
    """C's asctime ("Mon Sep 14 09:30:12 2026"), or Unix `date`'s output in its C, Danish ("tir  6 okt
    14:03:00 2026"), German ("Di 6. Okt 14:03:00 2026") or Austrian and Swiss ("Di 06 Okt 2026 14:03:00")
    layouts, without a zone, as its day with the weekday named in Danish ("mandag 2026-09-14"), so that
    `parse_date` checks the weekday as it does a Danish one's; any other text as it is (one with its zone
    is `zoned_date`'s)."""
    if (found := _found(text)) is None or found[0]["zone"]:
        return text
    match, weekday, month = found
    return f"{WEEKDAYS[weekday]} {match['y']}-{month:02d}-{int(match['d']):02d}"


def zoned_date(text: str) -> MailMoment | None:
    """Unix `date`'s output with its zone ("Tue Oct  6 14:03:00 CEST 2026", "tir  6 okt 14:03:00 CEST
    2026", "Di 6. Okt 14:03:00 CEST 2026", "Fr 02 Jän 2026 09:05:00 CET"; Java's `Date.toString()`, "Sun
    May 02 22:00:00 UTC 2027") as the instant it names, the day and weekday as written; None for any other
    text. Raises `UnknownZone` for a zone the hub does not know, `NoSuchDay` for a day its month lacks."""
    if (found := _found(text)) is None or not found[0]["zone"]:
        return None
    match, weekday, month = found
    # The names `date` prints in Denmark, the Faroes and Greenland and for UTC and the neighbours, or
    # tzdata's numbers ("-02", "+00") where a zone has no name; any other word is refused, not guessed at.
    if (offset := zone_offset(match["zone"]) if match["zone"] != "Z" else None) is None:
        raise UnknownZone(match["zone"])
    try:
        written = date(int(match["y"]), month, int(match["d"]))
    except ValueError:
        raise NoSuchDay(int(match["d"]), month, int(match["y"])) from None
    hours, rest = int(match["clock"][:2]), match["clock"][2:]
    if match["half"]:  # en_US's 12-hour clock: 12 AM is midnight, 12 PM noon
        hours = hours % 12 + (12 if match["half"] == "PM" else 0)
    return MailMoment(f"{written.isoformat()}T{hours:02d}{rest}{offset}", written, weekday)


def _found(text: str) -> tuple[re.Match[str], int, int] | None:
    """The match of `date`'s or asctime's layout `text` is written in, its weekday (0 = Monday) and its
    month's number; None where it is in none."""
    for pattern, days, months in (
        (_ASCTIME, _ASCTIME_DAYS, _ASCTIME_MONTHS),
        (_DATE_DA, _DATE_DAYS, _DATE_MONTHS),
        (_DATE_DE, _DATE_DE_DAYS, _DATE_DE_MONTHS),
        (_DATE_AT_CH, _DATE_DE_DAYS, _DATE_AT_MONTHS if "Jän" in text else _DATE_DE_MONTHS),
    ):
        if found := pattern.fullmatch(text):
            return found, days.index(found["weekday"]), months.index(found["m"]) + 1
    return None
