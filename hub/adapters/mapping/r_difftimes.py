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
for any spelling. R's `weeks` is no length of a visit and stays refused as words that are not read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hub.adapters.mapping.exact_hours import exact_hours
from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

__all__ = ["r_length", "r_length_hours"]

# A number as R writes it (a dot; a Danish comma or a minus is the number parser's to read or refuse),
# then R's unit: "5400 secs", "1.0625 days", "1 days" (R's plural), or a person's "1 day".
_R_LENGTH = re.compile(r"(?P<number>[-\u2212]?\d[\d.,]*)[ \u00a0]?(?P<unit>secs?|days?)", re.IGNORECASE)
_MINUTES_A_DAY = 1440


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
