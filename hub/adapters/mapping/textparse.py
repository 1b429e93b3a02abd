"""Parsers from the Danish ways of writing dates and weeks to canonical text, and the error every
parser of a value raises (numbers, hours, amounts and phone numbers are read in `numberparse`).

Each raises `TransformError` with the reason in English and Danish. They are strict on purpose: a value
that could mean two things is rejected rather than guessed, because a wrong date or amount in a claim is
worse than a form sent back.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from hub.adapters.mapping.danish_dates import (
    WEEKDAYS,
    WEEKDAYS_EN,
    ZONE_NAMES,
    UnknownZone,
    asctime_day,
    leading_weekday,
    without_time_of_day,
    written_out,
    xml_schema_day,
)
from hub.adapters.mapping.english_months import MONTHS_EN, month_first
from hub.adapters.mapping.go_times import offset_time
from hub.adapters.mapping.mail_dates import NoSuchDay, mail_moment, without_ordinal
from hub.periods import local_today
from hub.quoting import quoted, quoted_da
from hub.schemas.scientific import LOST_DA, LOST_EN, in_scientific_notation


class TransformError(ValueError):
    """A value could not be transformed; the reason is given in English and Danish."""

    def __init__(self, reason_en: str, reason_da: str, config_unfinished: bool = False) -> None:
        super().__init__(reason_en)
        self.reason_en = reason_en
        self.reason_da = reason_da
        # The config's gap, not the value's (a value mapped to the draft's TODO): `FieldProblem`'s mark.
        self.config_unfinished = config_unfinished


# Dates and weeks on a form are about working lives; a year outside this range is a typing error, and
# accepting "9999" would overflow the date arithmetic downstream (a week's last day is its first + 6).
MIN_YEAR = 1900
MAX_YEAR = 2199
_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./\- ](\d{4}|\d{2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# The year first with slashes or dots (`2026/03/31`: Gnumeric's CSV writes every date so): no one writes
# the year first and the day before the month, so this is read as ISO's order, year, month, day.
_YMD = re.compile(r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})")
_WEEKS = (
    re.compile(r"(?P<y>\d{4})-?W(?P<w>\d{1,2})", re.IGNORECASE),  # 2026-W32
    re.compile(r"uge\s*(?P<w>\d{1,2})[\s,/-]+(?P<y>\d{4})", re.IGNORECASE),  # uge 32 2026
    re.compile(r"(?P<w>\d{1,2})\s*/\s*(?P<y>\d{4})"),  # 32/2026
    re.compile(r"U\s*(?P<w>\d{1,2})\s*-\s*(?P<y>\d{4})", re.IGNORECASE),  # U32-2026
    # 2026-08: what strftime's "%G-%V" and SQL's to_char(day, 'IYYY-IW') write, a case system's report
    # column of weeks (the twenty-fifth trial's pandas export). Two digits of week always, so a day
    # (2026-08-03) is never one; the transform is asked for weeks, so a month is not guessed at here.
    re.compile(r"(?P<y>\d{4})-(?P<w>\d{2})"),
)
# Everything but the ASCII digits, which `digits` keeps (one regex, not a test per character).
_NOT_DIGIT = re.compile(r"[^0-9]")
# Excel's day numbers (1899-12-30 is day 0) of 1990-2099: what a date cell in the General format shows.
_SERIAL = re.compile(r"\d{5}")
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = ((date(1990, 1, 1) - _EXCEL_EPOCH).days, (date(2099, 12, 31) - _EXCEL_EPOCH).days)
# A two-digit year is read as 20YY only up to this many years ahead of today; later ones are rejected.
TWO_DIGIT_YEAR_AHEAD = 10
# What every "not a date" refusal ends with: one way of writing a date that is always read.
MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december")  # fmt: skip
HOW_TO_WRITE = (
    "write the date as day-month-year with four digits, e.g. 03-03-2026",
    "skriv datoen som dag-måned-år med fire cifre, fx 03-03-2026",
)


def today() -> date:
    """Today in Denmark (`local_today`: the server's UTC clock is a day behind from 23:00 or 22:00 UTC);
    a function of its own so tests can fix "today" (monkeypatch `textparse.today`)."""
    return local_today()


def refuse_scientific(text: str, *, shown: bool) -> None:
    """Refuse a number in scientific notation (`1e+09`, `1,23E+09`) where digits are read: its digits are
    not in the file (`hub.schemas.scientific`). `shown` False where the text may be a CPR number's."""
    if in_scientific_notation(text):
        en, da = (f" ({quoted(text)})", f" ({quoted_da(text)})") if shown else ("", "")
        raise TransformError(
            f"written as a number in scientific notation{en}: {LOST_EN}",
            f"skrevet som et tal i videnskabelig notation{da}: {LOST_DA}",
        )


def digits(text: str) -> str:
    """Keep the digits only ("010190-1234" → "0101901234"); a number in scientific notation is refused,
    not read as the digits of its mantissa and exponent ("1e+09" is not "109")."""
    refuse_scientific(text, shown=False)  # a CPR number's digits too: never quoted back
    kept = _NOT_DIGIT.sub("", text)
    if not kept:
        raise TransformError(f"no digits in {quoted(text)}", f"ingen cifre i {quoted_da(text)}")
    return kept


def parse_date(text: str) -> str:
    """Turn a Danish date ("3/8-2026", "03.08.26", "3. august 2026", "2026-08-03", "2026/08/03", an XML
    Schema date or date-time, C's asctime "Mon Sep 14 09:30:12 2026", Unix `date`'s "Tue Oct  6 14:03:00
    CEST 2026", Go's "2026-08-03 00:00:00 +0200 CEST", RFC 2822's "Mon, 03 Aug 2026 08:00:00 +0200", an
    English ordinal "3rd August 2026") into ISO "2026-08-03"."""
    stripped = text.strip()
    try:
        mail = mail_moment(stripped)
    except NoSuchDay as impossible:
        raise _no_such_day(text, *impossible.args) from None
    if mail is not None:  # RFC 2822's: its weekday is the day's as written
        if mail.weekday is not None and mail.weekday != mail.written.weekday():
            raise _wrong_weekday(text, mail.written)
        stripped = mail.moment
    try:
        clean, weekday = leading_weekday(
            month_first(asctime_day(xml_schema_day(offset_time(without_ordinal(stripped)))))
        )
    except UnknownZone as unknown:
        raise _unknown_zone(text, unknown.zone) from None
    clean = without_time_of_day(clean)
    # Each way of writing is tried only when the ones before did not fit (digits only fit no written-out
    # date, whose month is a word).
    iso = _ISO_DATE.fullmatch(clean)
    if iso is None and (ymd := _YMD.fullmatch(clean)):
        iso = _ISO_DATE.fullmatch(f"{ymd[1]}-{int(ymd[3]):02d}-{int(ymd[4]):02d}")
    dmy = None if iso else _DMY.fullmatch(clean)
    written = None if iso or dmy else written_out(clean)
    if iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    elif dmy:
        day, month, year = int(dmy[1]), int(dmy[2]), int(dmy[3])
        if len(dmy[3]) == 2:
            year = _two_digit_year(day, month, year, text)
    elif written:
        day, month, year = written.day, written.month, written.year
        if written.short:
            year = _two_digit_year(day, month, year, text)
    else:
        raise _not_a_date(text, clean)
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise _no_such_day(text, day, month, year) from None
    _check_year(year, "date", text)
    weekday = written.weekday if written and written.weekday is not None else weekday
    if weekday is not None and weekday != parsed.weekday():
        raise _wrong_weekday(text, parsed)
    return parsed.isoformat()


def _wrong_weekday(text: str, parsed: date) -> TransformError:
    """A date whose weekday is not the day's: refused, saying which weekday the day is."""
    return TransformError(
        f"the weekday does not match the date: {quoted(text)} is a {WEEKDAYS_EN[parsed.weekday()]}",
        f"ugedagen passer ikke til datoen: {quoted_da(text)} er en {WEEKDAYS[parsed.weekday()]}",
    )


def _unknown_zone(text: str, zone: str) -> TransformError:
    """A date as `date` writes it whose zone's name is none the hub knows: refused, not guessed at (it
    may be no zone at all), with the names it reads."""
    known = ", ".join(sorted(ZONE_NAMES))
    return TransformError(
        f"not a date: {quoted(text)}: {quoted(zone)} is no time zone the hub knows (it reads {known},"
        f" or an offset such as +02): {HOW_TO_WRITE[0]}",
        f"ikke en dato: {quoted_da(text)}: {quoted_da(zone)} er ikke en tidszone, hubben kender (den læser"
        f" {known} eller en forskydning som +02): {HOW_TO_WRITE[1]}",
    )


def _no_such_day(text: str, day: int, month: int, year: int) -> TransformError:
    """A date the calendar does not have. Where only the day is past its month's end, the writing was
    right, so what is wrong is said ("den 30. februar 2026, og februar 2026 har 28 dage"), not how to
    write a date; a month past 12 may be a month and day written the other way round, so the way to
    write one is said then."""
    if 1 <= month <= 12 and year >= 1 and day >= 1:
        days = calendar.monthrange(year, month)[1]
        month_en, month_da = f"{MONTHS_EN[month - 1]} {year}", f"{MONTHS_DA[month - 1]} {year}"
        if day > 31:  # no month has it: a slip of the keys ("32.08.2026"), as before
            return TransformError(
                f"not a date: {quoted(text)} ({month_en} has {days} days)",
                f"ikke en dato: {quoted_da(text)} ({month_da} har {days} dage)",
            )
        # A day other months have ("31.11.2026", "29.02.2027"): "no such day", naming the day and its
        # month as read, since the date is written right and "not a date" sent the sender looking at how
        # it was written (decision 0061, "Stop 65: fixes-97").
        return TransformError(
            f"no such day: {quoted(text)} is {day} {month_en}, and {month_en} has {days} days",
            f"den dag findes ikke: {quoted_da(text)} er den {day}. {month_da}, og {month_da} har {days} dage",
        )
    return TransformError(
        f"not a date: {quoted(text)} (no such day): {HOW_TO_WRITE[0]}",
        f"ikke en dato: {quoted_da(text)} (den dag findes ikke): {HOW_TO_WRITE[1]}",
    )


def excel_day(text: str) -> str | None:
    """The ISO day an Excel day number of 1990-2099 is ("46083" → "2026-03-02"), or None for any other
    text. Only for a workbook's number cell in the General format (`reading`): five digits typed as text,
    or in a CSV or XML file, are no date (decision 0060, second trial)."""
    clean = text.strip()
    serial = int(clean) if _SERIAL.fullmatch(clean) else 0
    if _SERIAL_RANGE[0] <= serial <= _SERIAL_RANGE[1]:
        return (_EXCEL_EPOCH + timedelta(days=serial)).isoformat()
    return None


def _not_a_date(text: str, clean: str) -> TransformError:
    """The "not a date" error; for five digits that are an Excel date number of these years ("46112", a
    workbook's date cell left in the General format), with the day it would be and what to do. Never
    read as that day: five digits may as well be a mistyped number."""
    serial = int(clean) if _SERIAL.fullmatch(clean) else 0
    if _SERIAL_RANGE[0] <= serial <= _SERIAL_RANGE[1]:
        day = (_EXCEL_EPOCH + timedelta(days=serial)).strftime("%d-%m-%Y")
        return TransformError(
            f"not a date: {quoted(text)} (an Excel date number, {day}? format the cell as a date)",
            f"ikke en dato: {quoted_da(text)} (et Excel-datotal, {day}? formatér cellen som dato)",
        )
    return TransformError(
        f"not a date: {quoted(text)}: {HOW_TO_WRITE[0]}",
        f"ikke en dato: {quoted_da(text)}: {HOW_TO_WRITE[1]}",
    )


def parse_week(text: str) -> str:
    """Turn a week ("uge 32 2026", "32/2026", "U32-2026") into ISO "2026-W32"."""
    clean = text.strip()
    for pattern in _WEEKS:
        match = pattern.fullmatch(clean)
        if match:
            year, week = int(match["y"]), int(match["w"])
            try:
                date.fromisocalendar(year, week, 1)  # week 53 exists only in some years
            except ValueError:
                break
            _check_year(year, "week", text)
            return f"{year}-W{week:02d}"
    raise TransformError(f"not a week: {quoted(text)}", f"ikke en uge: {quoted_da(text)}")


def _two_digit_year(day: int, month: int, yy: int, text: str) -> int:
    """Read a two-digit year as 20YY when that lands in 2000 .. `TWO_DIGIT_YEAR_AHEAD` years from now.

    Forms are about now, so "26" is 2026; but "99" could be 1999 (a birth date) or a typo, and a
    silent 2099 is worse than asking for four digits: the refusal says which years two digits stand
    for and names both readings of this one, so that the person writes the one meant.
    """
    year, last = 2000 + yy, today().year + TWO_DIGIT_YEAR_AHEAD
    if year > last:
        when = f"{day:02d}-{month:02d}-19{yy:02d}", f"{day:02d}-{month:02d}-20{yy:02d}"
        raise TransformError(
            f"ambiguous two-digit year in {quoted(text)}:"
            f" two digits are read as the years 2000 to {last} only;"
            f" write the year with four digits ({when[0]} or {when[1]})",
            f"tvetydigt tocifret årstal i {quoted_da(text)}: to cifre læses kun som årene 2000 til {last};"
            f" skriv året med fire cifre ({when[0]} eller {when[1]})",
        )
    return year


def _check_year(year: int, what: str, text: str) -> None:
    """Reject a date or week whose year is outside `MIN_YEAR`..`MAX_YEAR`."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        what_da = {"date": "datoen", "week": "ugen"}[what]
        raise TransformError(
            f"the year of the {what} must be between {MIN_YEAR} and {MAX_YEAR}: {quoted(text)}",
            f"året i {what_da} skal være mellem {MIN_YEAR} og {MAX_YEAR}: {quoted_da(text)}",
        )
