"""Parsers from the Danish ways of writing dates, weeks, numbers and phone numbers to canonical text.

Each raises `TransformError` with the reason in English and Danish. They are strict on purpose: a value
that could mean two things is rejected rather than guessed, because a wrong date or amount in a claim is
worse than a form sent back.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from hub.adapters.mapping.danish_dates import (
    WEEKDAYS,
    WEEKDAYS_EN,
    leading_weekday,
    without_time_of_day,
    written_out,
    xml_schema_day,
)
from hub.quoting import quoted, quoted_da


class TransformError(ValueError):
    """A value could not be transformed; the reason is given in English and Danish."""

    def __init__(self, reason_en: str, reason_da: str) -> None:
        super().__init__(reason_en)
        self.reason_en = reason_en
        self.reason_da = reason_da


# Dates and weeks on a form are about working lives; a year outside this range is a typing error, and
# accepting "9999" would overflow the date arithmetic downstream (a week's last day is its first + 6).
MIN_YEAR = 1900
MAX_YEAR = 2199
_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./\- ](\d{4}|\d{2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEKS = (
    re.compile(r"(?P<y>\d{4})-?W(?P<w>\d{1,2})", re.IGNORECASE),  # 2026-W32
    re.compile(r"uge\s*(?P<w>\d{1,2})[\s,/-]+(?P<y>\d{4})", re.IGNORECASE),  # uge 32 2026
    re.compile(r"(?P<w>\d{1,2})\s*/\s*(?P<y>\d{4})"),  # 32/2026
    re.compile(r"U\s*(?P<w>\d{1,2})\s*-\s*(?P<y>\d{4})", re.IGNORECASE),  # U32-2026
)
# A thousands dot must sit before groups of exactly three digits: "1.234,5" but never "1.23,5".
_COMMA_NUMBER = re.compile(r"[1-9]\d{0,2}(\.\d{3})+,\d+|\d+,\d+|[1-9]\d{0,2}(\.\d{3}){2,}")
_ONE_THOUSANDS_DOT = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_DOT_NUMBER = re.compile(r"\d+(\.\d+)?")
# A space (also a non-breaking or narrow non-breaking one) may only separate thousands: "1 234,5",
# "12 345 678". Any other space ("18 5", "12 34") would be deleted into a different number, so it is an error.
_SPACES = "[ \u00a0\u202f]"
_SPACE = re.compile(_SPACES)
_SPACED_NUMBER = re.compile(rf"[1-9]\d{{0,2}}(?:{_SPACES}\d{{3}})+(?:[.,]\d+)?")
_CURRENCY = re.compile(r"^(kr\.?|dkk)\s*|\s*(kr\.?|dkk)$", re.IGNORECASE)
# "1.275,-" (or ",--", ",–") is the Danish way of writing whole kroner: read it as ",00".
_WHOLE_KRONER = re.compile(r",(?:-{1,2}|\u2013)$")
# Everything but the ASCII digits, which `digits` keeps (one regex, not a test per character).
_NOT_DIGIT = re.compile(r"[^0-9]")
# Hours and minutes: "1:30", "0:45", "01:30:00" (a time cell of a spreadsheet); seconds only as ":00".
_CLOCK = re.compile(r"(?P<h>\d{1,3}):(?P<m>[0-5]\d)(?::00)?")
# Excel's day numbers (1899-12-30 is day 0) of 1990-2099: what a date cell in the General format shows.
_SERIAL = re.compile(r"\d{5}")
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = ((date(1990, 1, 1) - _EXCEL_EPOCH).days, (date(2099, 12, 31) - _EXCEL_EPOCH).days)
# A two-digit year is read as 20YY only up to this many years ahead of today; later ones are rejected.
TWO_DIGIT_YEAR_AHEAD = 10
# What every "not a date" refusal ends with: one way of writing a date that is always read.
HOW_TO_WRITE = (
    "write the date as day-month-year with four digits, e.g. 03-03-2026",
    "skriv datoen som dag-måned-år med fire cifre, fx 03-03-2026",
)


def today() -> date:
    """Today's date; a function of its own so tests can fix "today" (monkeypatch `textparse.today`)."""
    return date.today()


def digits(text: str) -> str:
    """Keep the digits only ("010190-1234" → "0101901234")."""
    kept = _NOT_DIGIT.sub("", text)
    if not kept:
        raise TransformError(f"no digits in {quoted(text)}", f"ingen cifre i {quoted_da(text)}")
    return kept


def parse_date(text: str) -> str:
    """Turn a Danish date ("3/8-2026", "03.08.26", "3. august 2026", "2026-08-03", an XML Schema date
    or date-time) into ISO "2026-08-03"."""
    clean, weekday = leading_weekday(xml_schema_day(text.strip()))
    clean = without_time_of_day(clean)
    # Each way of writing is tried only when the ones before did not fit (digits only fit no written-out
    # date, whose month is a word).
    iso = _ISO_DATE.fullmatch(clean)
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
        raise TransformError(
            f"not a date: {quoted(text)} (no such day): {HOW_TO_WRITE[0]}",
            f"ikke en dato: {quoted_da(text)} (den dag findes ikke): {HOW_TO_WRITE[1]}",
        ) from None
    _check_year(year, "date", text)
    weekday = written.weekday if written and written.weekday is not None else weekday
    if weekday is not None and weekday != parsed.weekday():
        raise TransformError(
            f"the weekday does not match the date: {quoted(text)} is a {WEEKDAYS_EN[parsed.weekday()]}",
            f"ugedagen passer ikke til datoen: {quoted_da(text)} er en {WEEKDAYS[parsed.weekday()]}",
        )
    return parsed.isoformat()


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


# A minus sign as typed or as a word processor writes it (U+2212).
_MINUS = ("-", "\u2212")


def parse_decimal(text: str) -> Decimal:
    """Read a non-negative number with a decimal comma or dot and optional thousands dots."""
    clean = text.strip()
    # One sign, then a number: checked without the sign, once (a run of signs is simply not a number).
    if clean.startswith(_MINUS) and not clean[1:].startswith(_MINUS) and _is_number(clean[1:]):
        # Hours, amounts and counts are never negative; "-3" is a number all the same, and "not a number"
        # sent the company looking for a typing error instead of the sign.
        raise TransformError(
            f"the number cannot be negative: {quoted(text)}",
            f"tallet kan ikke være negativt: {quoted_da(text)}",
        )
    if _SPACE.search(clean):
        if not _SPACED_NUMBER.fullmatch(clean):
            raise TransformError(
                f"space inside a number: {quoted(text)}"
                " (a space may only separate thousands, as in '1 234,5')",
                f"mellemrum inde i et tal: {quoted_da(text)}"
                " (et mellemrum må kun adskille tusinder, som i '1 234,5')",
            )
        clean = _SPACE.sub("", clean)
    if _COMMA_NUMBER.fullmatch(clean):
        # With a comma, the comma is the decimal mark and any dot separates thousands.
        number = clean.replace(".", "").replace(",", ".")
    elif _ONE_THOUSANDS_DOT.fullmatch(clean):
        # "1.250" is 1250 in Danish writing and 1.25 in a spreadsheet export: refuse to guess.
        raise TransformError(
            f"ambiguous number: {quoted(text)}"
            " (thousands or decimals? write it without the dot or with a comma)",
            f"tvetydigt tal: {quoted_da(text)} (skriv det uden punktum eller med komma)",
        )
    elif _DOT_NUMBER.fullmatch(clean):
        # Without a comma, one dot is a decimal mark ("18.5"), as spreadsheets export it.
        number = clean
    else:
        raise TransformError(f"not a number: {quoted(text)}", f"ikke et tal: {quoted_da(text)}")
    try:
        return Decimal(number)
    except InvalidOperation:  # pragma: no cover - the patterns above only let digits through
        raise TransformError(f"not a number: {quoted(text)}", f"ikke et tal: {quoted_da(text)}") from None


def _is_number(text: str) -> bool:
    """Whether the text reads as a number (the part after a minus sign)."""
    try:
        parse_decimal(text)
    except TransformError:
        return False
    return True


def format_hours(value: Decimal) -> str:
    """Write hours in their shortest form with at least one decimal ("3.0", "18.5", "0.25")."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0")
    else:
        text += "."
    return text + "0" if text.endswith(".") else text


def parse_hours(text: str) -> str:
    """Turn "18,5", "3", "1.234,5" into canonical hours "18.5", "3.0", "1234.5"; hours and minutes
    ("1:30", or "01:30:00" from a spreadsheet cell formatted as a time) into "1.5"."""
    clock = _CLOCK.fullmatch(text.strip())
    if clock is None:
        return format_hours(parse_decimal(text))
    minutes = int(clock["m"])
    if minutes % 3:
        # 1:20 is 1.333... hours: no decimal writes it, and rounding would change the hours delivered.
        raise TransformError(
            f"minutes that make no exact decimal hours: {quoted(text)}"
            " (write the hours with a decimal comma)",
            f"minutter, der ikke giver et præcist antal timer: {quoted_da(text)}"
            " (skriv timerne med decimalkomma)",
        )
    return format_hours(int(clock["h"]) + Decimal(minutes) / 60)


def parse_money(text: str) -> str:
    """Turn "1.275,5", "275 kr." or "kr. 1.275,-" into an amount with exactly two decimals ("1275.50")."""
    clean = _WHOLE_KRONER.sub(",00", _CURRENCY.sub("", text.strip()))
    amount = parse_decimal(clean)
    if -amount.as_tuple().exponent > 2:  # type: ignore[operator]
        # Rounding would change an amount someone approved; more than øre means a misread field.
        raise TransformError(
            f"more than two decimals in an amount: {quoted(text)}",
            f"mere end to decimaler i et beløb: {quoted_da(text)}",
        )
    return f"{amount:.2f}"


def parse_integer(text: str) -> str:
    """Turn "4" or "4,0" into "4"; a fraction is an error."""
    number = parse_decimal(text)
    if number != number.to_integral_value():
        raise TransformError(f"not a whole number: {quoted(text)}", f"ikke et helt tal: {quoted_da(text)}")
    return str(int(number))


def parse_phone(text: str) -> str:
    """Turn a phone number into E.164; eight digits without a prefix are Danish (+45)."""
    clean = re.sub(r"[\s().\-/]", "", text.strip())
    if clean.startswith("00"):
        clean = "+" + clean[2:]
    if re.fullmatch(r"\d{8}", clean):
        clean = "+45" + clean
    if clean.startswith("+45") and not re.fullmatch(r"\+45\d{8}", clean):
        raise TransformError(
            f"not a Danish phone number: {quoted(text)}", f"ikke et dansk telefonnummer: {quoted_da(text)}"
        )
    if not re.fullmatch(r"\+[1-9]\d{6,14}", clean):
        raise TransformError(
            f"not a phone number: {quoted(text)}", f"ikke et telefonnummer: {quoted_da(text)}"
        )
    return clean
