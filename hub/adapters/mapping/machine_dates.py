"""The dates programs print rather than people write: XML Schema's dates and date-times from case systems
("2026-08-03+02:00", "2026-08-02T22:00:00Z"), C's asctime ("Mon Sep 14 09:30:12 2026") and Unix
`date`'s output with its zone. `textparse.parse_date` checks what these give."""

from __future__ import annotations

import re
from datetime import date, datetime

from hub.adapters.mapping.danish_dates import WEEKDAYS
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
# A time of day, 24-hour or en_US's 12-hour, then the zone's name `date` prints (none in asctime).
_CLOCK_ZONE = (
    r" (?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d|(?:0\d|1[0-2]):[0-5]\d:[0-5]\d [AP]M)"
    r"(?: (?P<zone>[A-Za-z]+|[+-]\d+))? (?P<y>\d{4})"
)
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
    r" (?P<y>\d{4}) (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?: (?P<zone>[A-Za-z]+|[+-]\d+))?"
)
# The zone names `date` prints in Denmark, the Faroes and Greenland (tzdata's CET/CEST, WET/WEST, GMT,
# AST/ADT; its numbers "-02", "-01", "+00" where a zone has no name), and for UTC and the neighbours'
# zones: a zone does not move the day (the time is the writer's own local one, as asctime's), so the name
# only has to be a zone's. Any other word there is refused, not guessed at (`UnknownZone`).
ZONE_NAMES = frozenset(
    ("UTC", "UT", "GMT", "CET", "CEST", "MET", "MEST", "WET", "WEST", "EET", "EEST", "BST", "AST", "ADT")
)
_NUMBERED_ZONE = re.compile(r"[+-](?:0\d|1[0-4])(?:[0-5]\d)?")


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
    """C's asctime ("Mon Sep 14 09:30:12 2026"), or Unix `date`'s output with its zone ("Tue Oct  6
    14:03:00 CEST 2026", in Danish "tir  6 okt 14:03:00 CEST 2026", in German "Di 6. Okt 14:03:00 CEST
    2026", in Austria and Switzerland "Di 06 Okt 2026 14:03:00 CEST", "Fr 02 Jän 2026 09:05:00 CET"), as
    its day with the weekday named in Danish ("mandag 2026-09-14"), so that `parse_date` checks the
    weekday as it does a Danish one's; any
    other text as it is. Raises `UnknownZone` for a zone name not in `ZONE_NAMES`."""
    for pattern, days, months in (
        (_ASCTIME, _ASCTIME_DAYS, _ASCTIME_MONTHS),
        (_DATE_DA, _DATE_DAYS, _DATE_MONTHS),
        (_DATE_DE, _DATE_DE_DAYS, _DATE_DE_MONTHS),
        (_DATE_AT_CH, _DATE_DE_DAYS, _DATE_AT_MONTHS if "Jän" in text else _DATE_DE_MONTHS),
    ):
        if found := pattern.fullmatch(text):
            zone = found["zone"]
            if zone and zone not in ZONE_NAMES and not _NUMBERED_ZONE.fullmatch(zone):
                raise UnknownZone(zone)
            month = months.index(found["m"]) + 1
            weekday = WEEKDAYS[days.index(found["weekday"])]
            return f"{weekday} {found['y']}-{month:02d}-{int(found['d']):02d}"
    return text
