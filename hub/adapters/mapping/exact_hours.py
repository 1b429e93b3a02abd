"""Seconds as exact decimal hours: the one rule of the readers of a length of time with seconds (a
clock's "0:00:36", XML Schema's "PT1H30M0.36S").

Hours are delivered as a decimal and paid by the hour, so they are never rounded: a length of time is
read only where its hours are an exact decimal the record can hold. An hour is 3600 = 2⁴·3²·5² seconds;
a length of c·10ᵉ seconds (c its digits, e where the decimal point stands) is c·10ᵉ / 3600 hours, and
the 2s and 5s of 3600 divide out into decimals, so it is exact exactly where 9 divides c. For whole
seconds that is the "9-second steps" (20 minutes, 1200 s, is 1/3 hour: refused); a part of a second is
no different in kind: 4.5 s is 45·10⁻¹, and 9 divides 45, so it is 0.00125 hours exactly, while 4.6 s is
no exact decimal at all. A record keeps hours to `KEPT_DECIMALS` (the schema's `Hours`), steps of 0.36
seconds: 0.00125 would be rounded there, so it is refused here, naming the written text and the reason,
rather than by the schema quoting a number nobody wrote (decision 0061, "Stop 66: fixes-100").
"""

from __future__ import annotations

from decimal import Context, Decimal

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.worded_hours import inexact_length, inexact_minutes
from hub.quoting import quoted, quoted_da

__all__ = ["KEPT_DECIMALS", "exact_hours", "inexact_seconds"]

# `hub.schemas.amounts._DECIMAL_TEXT`: a record's hours hold at most 4 decimals.
KEPT_DECIMALS = 4


def exact_hours(seconds: Decimal, text: str, *, seconds_written: bool, whole_hours: int = 0) -> Decimal:
    """The hours of a non-negative length in seconds (`Decimal("1.5")` for 5400) past `whole_hours`, the
    two added, refused where they are no exact decimal (naming the seconds where `seconds_written` holds
    any other than 0, else the minutes) or have more decimals than a record keeps."""
    digits = seconds.as_tuple().digits
    if int("".join(map(str, digits)) or "0") % 9:
        if seconds_written:
            raise inexact_seconds(text, whole_hours * 3600 + seconds)
        raise inexact_minutes(text, whole_hours * 60 + int(seconds) // 60)
    # Exact: c/9 has no more digits than c, and /400 adds at most three; a context that wide never rounds
    # (the default's 28 digits would round a 30-digit fraction silently). Its decimals are told from the
    # exact quotient's exponent, not by `quantize`, which raises past 28 digits (a 25-digit count of days).
    wide = Context(prec=len(digits) + 4)
    hours = wide.divide(seconds, 3600)
    worked = wide.normalize(hours)
    if isinstance(places := worked.as_tuple().exponent, int) and places < -KEPT_DECIMALS:
        raise TransformError(
            f"a length finer than hours are kept: {quoted(text)} is {worked:f} hours,"
            f" and hours are kept with {KEPT_DECIMALS} decimals, steps of 0.36 seconds"
            " (write the hours with a decimal comma)",
            f"en længde, der er finere, end timer gemmes: {quoted_da(text)} er"
            f" {format(worked, 'f').replace('.', ',')} timer, og timer gemmes med {KEPT_DECIMALS}"
            " decimaler, i trin på 0,36 sekund (skriv timerne med decimalkomma)",
        )
    return whole_hours + hours


def inexact_seconds(text: str, seconds: Decimal) -> TransformError:
    """The refusal of a length of `seconds` in all, written with seconds or parts of a second ("07:30:15",
    "PT4.6S"), that make no exact decimal hours, with `inexact_minutes`' advice (minutes alone are its)."""
    return inexact_length(
        text,
        seconds / 60,
        "seconds that make no exact decimal hours",
        "sekunder, der ikke giver et præcist antal timer",
    )
