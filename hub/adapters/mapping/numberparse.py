"""Parsers from the Danish ways of writing numbers, hours and amounts to canonical text (phone numbers:
`phoneparse`).

Each raises `TransformError` with the reason in English and Danish. They are strict on purpose, as the
date parsers in `textparse` are: "1.250" could be 1250 or 1.25, so it is rejected rather than guessed,
because a wrong amount in a claim is worse than a form sent back.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from hub.adapters.mapping.binary_floats import meant_decimal
from hub.adapters.mapping.exact_hours import exact_hours
from hub.adapters.mapping.go_durations import nanoseconds_refusal, read_go_duration
from hub.adapters.mapping.interval_hours import read_smallest_first
from hub.adapters.mapping.python_timedeltas import timedelta_parts
from hub.adapters.mapping.r_difftimes import r_length, r_length_hours, r_length_refusal
from hub.adapters.mapping.ruby_decimals import read_ruby_decimal, too_many_digits
from hub.adapters.mapping.textparse import TransformError, refuse_scientific
from hub.adapters.mapping.worded_hours import has_words, read_worded
from hub.adapters.mapping.xml_durations import read_duration
from hub.quoting import quoted, quoted_da

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
# Hours and minutes: "1:30", "0:45", "01:30:00" (a time cell of a spreadsheet); seconds, with any part of
# a second ("07:30:00.000", a program's milliseconds), only where they make exact hours (`_clock_hours`).
_CLOCK = re.compile(r"(?P<h>\d{1,3}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d)(?:[.,](?P<part>\d{1,9}))?)?")
# "18½", "7 ¼": a Danish form writes a half or a quarter hour as the fraction sign; each is exact.
_FRACTION = re.compile(r"(?P<whole>\d{1,3})?\s?(?P<part>[½¼¾])")
_PARTS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
# "3 t.", "2,5 t", "4 timer", "1½ t", "7,5 h": the hours' unit after the number, as a mentor writes it
# (as an amount's "kr." is read), and "1.5 hours", "1 hours", as R's format() writes a difftime (trial-112).
# Minutes in words ("90 min", "45 mins", "1 t. 30 min.") are `worded_hours`'s.
_HOUR_UNIT = re.compile(r"(?<=[\d½¼¾])[ \u00a0]?(?:t\.?|tim\.|timer?|hours?|h)$", re.IGNORECASE)

# Hours of ASCII digits with at most one decimal comma or dot ("37", "7,5", "18.5"), nearly every hours
# value a form holds: no duration, clock, unit, word, fraction or exponent for the readers `parse_hours`
# tries first to take apart, so they are skipped (decision 0030, "Stop 73: cpu-131").
_PLAIN_HOURS = re.compile(r"[0-9]+(?:[.,][0-9]+)?")

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
    # Words beside a number ("275 kroner") are the trouble, not the space before them: "not a number" below.
    if _SPACE.search(clean) and not has_words(clean):
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
    elif (exact := read_ruby_decimal(clean)) is not None:
        # "0.15e1", Ruby's BigDecimal: every digit written, so read (`ruby_decimals`), not refused below;
        # but not "0.1e999", a thousand digits that no value of a form has.
        if (long := too_many_digits(exact, text)) is not None:
            raise TransformError(*long)
        return exact
    else:
        # "1,02e+09" (R, a spreadsheet) is a number whose digits are lost, not "not a number": a P-number
        # or a CVR mapped with `integer` was refused as if mistyped (decision 0060, "Stop 69: fixes-113").
        refuse_scientific(text, shown=True)
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
    ("1:30", or "01:30:00" from a spreadsheet cell formatted as a time) into "1.5"; "18½" into "18.5";
    the unit after the number left out ("3 t.", "2,5 timer"); hours and minutes in words ("1 t. 30 min.",
    "45 min") as `worded_hours` reads them; an XML Schema duration ("PT1H30M") as `xml_durations` does, Go's
    ("1h30m0s") as `go_durations` does, Python's `timedelta` of a day or more ("1 day, 2:00:00") as
    `python_timedeltas` does, postgres-interval's smallest unit first ("30 minutes 1 hours") as
    `interval_hours` does, R's difftime in seconds or days ("5400 secs") as `r_difftimes` does (which
    refuses R's weeks, a negative difftime and one in scientific notation, each saying so)."""
    if _PLAIN_HOURS.fullmatch(text):
        return _decimal_hours(text, text)
    if (days_clock := timedelta_parts(text)) is not None:
        days, clock_text = days_clock
        clock_match = _CLOCK.fullmatch(clock_text)
        assert clock_match is not None  # `timedelta_parts` reads only a clock `_CLOCK` reads
        return format_hours(days * 24 + _clock_hours(clock_match, text))
    if (refusal := r_length_refusal(text)) is not None:
        raise refusal
    if (number_unit := r_length(text)) is not None:
        number, unit = number_unit
        return format_hours(r_length_hours(parse_decimal(number), unit, text.strip()))
    duration = read_duration(text.strip())
    if duration is None:
        duration = read_go_duration(text.strip())
    if duration is not None:
        return format_hours(duration)
    if (smallest_first := read_smallest_first(text)) is not None:
        return format_hours(smallest_first)
    written, text = text.strip(), _HOUR_UNIT.sub("", text.strip())
    # "0.15e1", Ruby's BigDecimal, is every digit written and no word: read below by parse_decimal.
    big_decimal = read_ruby_decimal(text.strip().lstrip("-\u2212")) is not None  # a sign: parse_decimal says
    if not big_decimal:
        refuse_scientific(text, shown=True)  # "1,5e+00": no word of a length, a number whose digits are lost
    if not big_decimal and not _FRACTION.fullmatch(text.strip()):
        worded = read_worded(text.strip(), written)
        if worded is not None:
            return format_hours(worded)
    fraction = _FRACTION.fullmatch(text.strip())
    if fraction is not None:
        return format_hours(int(fraction["whole"] or 0) + _PARTS[fraction["part"]])
    clock = _CLOCK.fullmatch(text.strip())
    if clock is None:
        return _decimal_hours(text, written)
    return format_hours(_clock_hours(clock, text))


def _decimal_hours(text: str, written: str) -> str:
    """Hours written as a number (`text`, its unit left out of `written`)."""
    # "3.3000000000000003", JavaScript's 3 * 1.1: a double's noise read as the hours meant
    hours = meant_decimal(parse_decimal(text), text, 4)
    if refusal := nanoseconds_refusal(hours, written):
        raise refusal
    return format_hours(hours)


def _clock_hours(clock: re.Match[str], text: str) -> Decimal:
    """The hours of a clock's "h:mm[:ss[.fff]]"; refused where its minutes, or its seconds and parts of
    a second, make no exact decimal hours, naming which (not "not a number": decision 0061, "Stop 65:
    fixes-93"; a part of a second read by the same rule, "Stop 66: fixes-100")."""
    seconds = Decimal(f"{clock['s'] or 0}.{clock['part'] or 0}")
    within = int(clock["m"]) * 60 + seconds  # the seconds past the whole hours
    return exact_hours(within, text, seconds_written=bool(seconds), whole_hours=int(clock["h"]))


def parse_money(text: str) -> str:
    """Turn "1.275,5", "275 kr." or "kr. 1.275,-" into an amount with exactly two decimals ("1275.50")."""
    clean = _WHOLE_KRONER.sub(",00", _CURRENCY.sub("", text.strip()))
    amount = meant_decimal(parse_decimal(clean), clean, 2)
    if -amount.as_tuple().exponent > 2:  # type: ignore[operator]
        # Rounding would change an amount someone approved; more than øre means a misread field.
        raise TransformError(
            f"more than two decimals in an amount: {quoted(text)}",
            f"mere end to decimaler i et beløb: {quoted_da(text)}",
        )
    return f"{amount:.2f}"


def parse_integer(text: str) -> str:
    """Turn "4" or "4,0" into "4"; a fraction is an error. A double's noise around a whole number
    ("4.000000000000001", 0.1 × 40 computed) is that number (`binary_floats`)."""
    number = meant_decimal(parse_decimal(text), text, 0)
    if number != number.to_integral_value():
        raise TransformError(f"not a whole number: {quoted(text)}", f"ikke et helt tal: {quoted_da(text)}")
    return str(int(number))
