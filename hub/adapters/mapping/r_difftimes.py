"""Hours as R's `format()` of a difftime writes them in seconds or days: "5400 secs", "1.0625 days".

R writes a difftime's unit in English, plural even for one. Its `hours` and `mins` are read as the Danish
unit words are (`numberparse`, `worded_hours`; trial-112); a script that sets `units(x) <- "secs"`, or a
length of a day or more (R picks `days` for it itself: `format(slut - start)` is "1.0625 days" for 25.5
hours), writes the other two, and they were refused "hours written with words that are not read"
(decision 0061, "Stop 68: fixes-112"). Each is read as the hours it is, by the rules of the hours' other
spellings: seconds by the one rule of exact hours (`exact_hours`: "5400 secs" is 1.5, "1200 secs" a third
of an hour, refused); days only where they are whole minutes, as `mins` are whole: R writes 7 significant
digits, so 1.25 hours in days is "0.05208333 days", 74.9999952 minutes, which no decimal of hours is, and
it is refused saying so rather than rounded. The hours' bounds are the field's (168 a week, 9 digits), as
for any spelling.

Three more of R's difftimes are refused, each saying what it is (`r_length_refusal`; decision 0060, "Stop
69: fixes-113"; before, "words that are not read" or "the number cannot be negative: '-5400'", the unit
cut off): R's `weeks` (`units(x) <- "weeks"`, "1.5 weeks": R's week is 168 hours, a person's working week
is not, and no visit lasts weeks), a negative difftime ("-5400 secs": its end before its start), and one
in scientific notation ("1e+06 secs": R writes a number so where that is shorter at its 7 digits, so
the digits may be lost, as a P-number's are in "1,02e+09").
"""

from __future__ import annotations

import re
from decimal import Decimal

from hub.adapters.mapping.exact_hours import exact_hours
from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

__all__ = ["r_length", "r_length_hours", "r_length_refusal"]

# A number as R writes it (a dot; a Danish comma or a minus is the number parser's to read or refuse),
# then R's unit: "5400 secs", "1.0625 days", "1 days" (R's plural), or a person's "1 day".
_R_LENGTH = re.compile(r"(?P<number>[-\u2212]?\d[\d.,]*)[ \u00a0]?(?P<unit>secs?|days?)", re.IGNORECASE)
_MINUTES_A_DAY = 1440
# Any of R's units after a number, the number also with a sign or an exponent: what `r_length_refusal`
# looks at before anything is read (R's "hours" and "mins" are read by `numberparse` and `worded_hours`).
_R_ANY = re.compile(
    r"(?P<number>[-\u2212]?\d[\d.,]*(?:[eE][+-]?\d{1,3})?)[ \u00a0]?"
    r"(?P<unit>secs?|mins?|hours?|days?|weeks?)",
    re.IGNORECASE,
)


def r_length(text: str) -> tuple[str, str] | None:
    """The number and the unit ("secs" or "days", lower case) of a length as R writes it in seconds or
    days, or None when the text is none."""
    match = _R_LENGTH.fullmatch(text.strip())
    if match is None:
        return None
    return match["number"], "secs" if match["unit"].lower().startswith("sec") else "days"


def r_length_hours(number: Decimal, unit: str, written: str) -> Decimal:
    """The exact hours of `number` seconds or days (`unit` as `r_length` gives it); refused where they
    are no exact decimal, or, for days, no whole number of minutes. Reasons quote `written`."""
    if unit == "secs":
        return exact_hours(number, written, seconds_written=True)
    minutes = number * _MINUTES_A_DAY
    if minutes != minutes.to_integral_value():
        raise TransformError(
            f"a length in days that is no whole number of minutes: {quoted(written)} is"
            f" {minutes.normalize():f} minutes, and days are read as hours in whole minutes only"
            " (write the hours with a decimal comma, or the length in hours or minutes)",
            f"en længde i dage, der ikke er et helt antal minutter: {quoted_da(written)} er"
            f" {format(minutes.normalize(), 'f').replace('.', ',')} minutter, og dage læses kun som timer i"
            " hele minutter (skriv timerne med decimalkomma, eller længden i timer eller minutter)",
        )
    # Whole minutes of a decimal number of days are always exact hours (1440 = 2⁵·3²·5: a decimal's
    # whole minutes are a multiple of 9), so this never refuses; it is the one rule all the same.
    return exact_hours(minutes * 60, written, seconds_written=False)


def r_length_refusal(text: str) -> TransformError | None:
    """The refusal of a length R writes that is not read: negative, in scientific notation or in weeks;
    None for any other text (a length read, or no R length at all)."""
    match = _R_ANY.fullmatch(text.strip())
    if match is None:
        return None
    number, written = match["number"], text.strip()
    if number.startswith(("-", "\u2212")):
        return TransformError(
            f"the hours cannot be negative: {quoted(written)} is a negative length of time, as R writes a"
            " difftime whose end is before its start (check the times it was worked out from)",
            f"timerne kan ikke være negative: {quoted_da(written)} er en negativ varighed, som R skriver en"
            " difftime, hvis slutning ligger før dens start (tjek de tidspunkter, den er regnet ud fra)",
        )
    if "e" in number or "E" in number:
        return TransformError(
            f"a length written as a number in scientific notation: {quoted(written)} (R writes a number so"
            " where it is shorter at 7 digits, so its digits may be lost); write the length as a plain"
            ' number, e.g. format(x, scientific = FALSE), or in hours or minutes, units(x) <- "hours"',
            f"en længde skrevet som et tal i videnskabelig notation: {quoted_da(written)} (R skriver et tal"
            " sådan, hvor det er kortere med 7 cifre, så cifrene kan være tabt); skriv længden som et"
            " almindeligt tal, fx format(x, scientific = FALSE), eller i timer eller minutter,"
            ' units(x) <- "hours"',
        )
    if match["unit"].lower().startswith("week"):
        return TransformError(
            f"a length in weeks is not read as hours: {quoted(written)} (R's week is 168 hours, a working"
            ' week is not); write the length in hours or minutes, e.g. units(x) <- "hours"',
            f"en længde i uger læses ikke som timer: {quoted_da(written)} (R's uge er 168 timer, en"
            ' arbejdsuge er det ikke); skriv længden i timer eller minutter, fx units(x) <- "hours"',
        )
    return None
