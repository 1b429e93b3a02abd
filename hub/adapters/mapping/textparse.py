"""Parsers from the Danish ways of writing dates and weeks to canonical text (numbers, hours, amounts
and phone numbers are read in `numberparse`). The error every parser of a value raises is
`transform_error`'s, importable from here as before; why a text is no date is said by `date_refusals`,
and Excel's day numbers read by `excel_days`.

Each raises `TransformError` with the reason in English and Danish. They are strict on purpose: a value
that could mean two things is rejected rather than guessed, because a wrong date or amount in a claim is
worse than a form sent back.
"""

from __future__ import annotations

import re
from datetime import date

from hub.adapters.mapping.danish_dates import written_out
from hub.adapters.mapping.date_refusals import (
    FIRST_YEAR,
    before_any_placement,
    no_such_day,
    not_a_date,
    wrong_weekday,
)
from hub.adapters.mapping.script_digits import ascii_digits, digit_like_refusal
from hub.adapters.mapping.transform_error import TransformError
from hub.adapters.mapping.written_day import unwritten
from hub.periods import local_today
from hub.quoting import quoted, quoted_da
from hub.schemas.scientific import LOST_DA, LOST_EN, in_scientific_notation

# Dates and weeks on a form are about working lives; a year outside this range is a typing error, and
# accepting "9999" would overflow the date arithmetic downstream (a week's last day is its first + 6).
MIN_YEAR = 1900
MAX_YEAR = 2199
_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./\- ](\d{4}|\d{2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# A date of ASCII digits alone with its separators ("05-01-2026", "3.8.26", "2026-08-03"): `parse_date`
# reads it without the steps that take a written date apart (`written_day.unwritten`).
_PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[./-][0-9]{1,2}[./-](?:[0-9]{4}|[0-9]{2})")
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
# A two-digit year is read as 20YY only up to this many years ahead of today; later ones are rejected.
TWO_DIGIT_YEAR_AHEAD = 10


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
    not read as the digits of its mantissa and exponent ("1e+09" is not "109"), and one holding a sign
    that looks like a digit and is none ("12²34"), not read without it (`script_digits.digit_like`)."""
    refuse_scientific(text, shown=False)  # a CPR number's digits too: never quoted back
    if (refusal := digit_like_refusal(text)) is not None:  # the sign alone is quoted: it may be a CPR's
        raise refusal
    kept = _NOT_DIGIT.sub("", ascii_digits(text))  # `٣` is a 3, not left out (`script_digits`)
    if not kept:
        raise TransformError(f"no digits in {quoted(text)}", f"ingen cifre i {quoted_da(text)}")
    return kept


def parse_date(text: str) -> str:
    """Turn a Danish date ("3/8-2026", "03.08.26", "3. august 2026", "2026-08-03", "2026/08/03", an XML
    Schema date or date-time, C's asctime "Mon Sep 14 09:30:12 2026", Unix `date`'s "Tue Oct  6 14:03:00
    CEST 2026", Go's "2026-08-03 00:00:00 +0200 CEST", RFC 2822's "Mon, 03 Aug 2026 08:00:00 +0200", an
    English ordinal "3rd August 2026") into ISO "2026-08-03"."""
    stripped = text.strip()
    if _PLAIN_DATE.fullmatch(stripped):
        # Nearly every date a form holds; each step below takes apart a shape with a letter, a space, a
        # `T`, a colon or a zone after the day, so none would change it (a kept PDF form's two dates went
        # through eight such looks each when `hub reprocess` read it again).
        clean, weekday = stripped, None
    else:
        clean, weekday = unwritten(text, stripped)
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
        raise not_a_date(text, clean)
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise no_such_day(text, day, month, year) from None
    _check_year(year, "date", text)
    weekday = written.weekday if written and written.weekday is not None else weekday
    if weekday is not None and weekday != parsed.weekday():
        raise wrong_weekday(text, parsed)
    return parsed.isoformat()


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
    """Reject a date or week whose year is outside `MIN_YEAR`..`MAX_YEAR`, or before `FIRST_YEAR`: a
    year from 1900 is one a record may hold, but no placement's (`before_any_placement`)."""
    if MIN_YEAR <= year < FIRST_YEAR:
        raise before_any_placement(text, year, what)
    if not MIN_YEAR <= year <= MAX_YEAR:
        what_da = {"date": "datoen", "week": "ugen"}[what]
        raise TransformError(
            f"the year of the {what} must be between {MIN_YEAR} and {MAX_YEAR}: {quoted(text)}",
            f"året i {what_da} skal være mellem {MIN_YEAR} og {MAX_YEAR}: {quoted_da(text)}",
        )
