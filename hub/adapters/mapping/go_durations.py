"""Hours written as Go's `time.Duration` prints them: "1h30m0s", "45m0s", "2h0m0s".

A Go program that writes a length of time as text calls its `String` method (or `fmt.Sprint`, which
does): whole hours, then minutes, then seconds, each with its letter, the parts below the largest
always written ("2h0m0s"); `time.ParseDuration` also reads them without the trailing zeros ("1h30m").
The hours transform reads it as it reads an XML Schema duration (`xml_durations`): a program's own way
of writing the value, never a guess. `String` writes a part of a second after the seconds' point
("1h30m0.36s", a timer's milliseconds): read by the rule of every reader of seconds (`exact_hours`: a
fraction that fits a record's 4 decimals is read, one that does not is refused saying both facts;
decision 0061, "Stop 66: fixes-102"). A length below a second is written in its own unit, "360ms",
"1.5µs", "100ns", and `time.ParseDuration` reads the units after one another ("1h360ms", "90m500ms"):
read by the same rule, so "360ms" is 0.0001 hours and "500ms" names the seconds (decision 0061, "Stop 67:
fixes-104"; before, "hours written with words that are not read").

A `time.Duration` written as it is, not as text (`encoding/xml` and `encoding/json` do so with a field
left a `time.Duration`), is its nanoseconds: "2700000000000" for 45 minutes. Read as hours, that number
is more than the hub holds (9 digits; a week has 168 hours), and the schema refused it later as "not a
decimal number with at most 4 decimals", which sent the caseworker looking at decimals. Such a number is
refused where it is read, saying what it would be as nanoseconds (`nanoseconds_refusal`), never read so:
a count of nanoseconds is not hours written, and guessing a unit would be guessing.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal, localcontext

from hub.adapters.mapping.exact_hours import exact_hours
from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

__all__ = ["is_go_duration", "nanoseconds_refusal", "read_go_duration"]

# Hours, minutes, seconds, milliseconds, microseconds and nanoseconds in that order, each optional but at
# least one, no spaces: Go's own text. Each part below a minute may hold decimals down to a nanosecond
# (`String` drops the trailing zeros); Go writes a microsecond "µs" (U+00B5) and reads "us" and "μs" too.
_GO_DURATION = re.compile(
    r"(?=\d)(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m(?!s))?(?:(?P<s>\d+(?:\.\d{1,9})?)s)?"
    r"(?:(?P<ms>\d+(?:\.\d{1,6})?)ms)?(?:(?P<us>\d+(?:\.\d{1,3})?)[uµμ]s)?(?:(?P<ns>\d+)ns)?"
)
# Each part's seconds as a power of ten (3600 and 60 are whole, so an int multiplies them).
_SECOND_POWERS = {"s": 0, "ms": -3, "us": -6, "ns": -9}


def is_go_duration(text: str) -> bool:
    """Whether a text is written as Go's duration ("45m0s"), whether or not its hours are exact."""
    match = _GO_DURATION.fullmatch(text.strip())
    return match is not None and any(match.groups())


def read_go_duration(text: str) -> Decimal | None:
    """The hours a Go duration text holds (`Decimal("1.5")` for "1h30m0s"), or None when the text is
    none (then the other ways of writing hours are tried)."""
    if not is_go_duration(text):
        return None
    match = _GO_DURATION.fullmatch(text.strip())
    assert match is not None
    # In a context wider than the text, as `xml_durations` sums: the default's 28 digits would round.
    with localcontext(Context(prec=2 * len(text) + 12)):
        written = sum(
            (Decimal(match[unit] or 0).scaleb(power) for unit, power in _SECOND_POWERS.items()), Decimal(0)
        )
        seconds = int(match["h"] or 0) * 3600 + int(match["m"] or 0) * 60 + written
    # Rounding would change the hours delivered: read only exact hours a record keeps, naming the
    # seconds where any other than 0 are written, else the minutes (as "1h20m0s" always was).
    return exact_hours(seconds, text, seconds_written=bool(written))


# More whole hours than the schema's 9 digits: no one's hours, in any field (a lifetime is 10^6 hours).
_TOO_MANY_HOURS = Decimal(10) ** 9
_SECOND_NS = 10**9
_WEEK_NS = 7 * 24 * 3600 * _SECOND_NS


def nanoseconds_refusal(hours: Decimal, text: str) -> TransformError | None:
    """The refusal of a number too large to be hours (10^9 or more), saying the length it is as Go's
    nanoseconds where it is a whole number of seconds up to a week; None for any smaller number."""
    if hours < _TOO_MANY_HOURS:
        return None
    # Past a week first: `%` of a number whose quotient passes Decimal's 28 digits raises
    # DivisionImpossible (fuzz-107's 400 nines) where the answer is plainly "too large".
    if hours > _WEEK_NS or hours % _SECOND_NS:
        return TransformError(
            f"too large a number for hours: {quoted(text)} (a week has 168 hours)",
            f"for stort et tal til timer: {quoted_da(text)} (en uge har 168 timer)",
        )
    minutes, seconds = divmod(int(hours) // _SECOND_NS, 60)
    parts = (*divmod(minutes, 60), seconds)
    return TransformError(
        f"not hours: {quoted(text)} is a length of time in nanoseconds, {_length(parts, _UNITS_EN)}, as a"
        " Go program writes a time.Duration not turned into text: ask the sender to write the hours (or"
        " Go's text, such as 1h30m0s)",
        f"ikke timer: {quoted_da(text)} er en varighed i nanosekunder, {_length(parts, _UNITS_DA)}, som et"
        " Go-program skriver en time.Duration, der ikke er gjort til tekst: bed afsenderen skrive timerne"
        " (eller Go's tekst, fx 1h30m0s)",
    )


_UNITS_EN = (("hour", "hours"), ("minute", "minutes"), ("second", "seconds"))
_UNITS_DA = (("time", "timer"), ("minut", "minutter"), ("sekund", "sekunder"))


def _length(parts: tuple[int, int, int], units: tuple[tuple[str, str], ...]) -> str:
    """Hours, minutes and seconds in words, the naught ones left out ("1 hour, 30 minutes")."""
    return ", ".join(
        f"{n} {one if n == 1 else many}" for n, (one, many) in zip(parts, units, strict=True) if n
    )
