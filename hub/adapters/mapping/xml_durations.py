"""Hours written as an XML Schema (ISO 8601) duration: "PT1H30M", "PT45M", "PT2H", "P1DT2H".

A Java system writes a length of time as `java.time.Duration.toString()` prints it, and an XML export
types it `xs:duration`; both are this text. The hours transform reads it as it reads an `xs:dateTime`
as a date (`machine_dates.xml_schema_day`): a program's own way of writing the value, never a guess. Years
and months are refused: a month is 28 to 31 days, so which hours were meant is not written.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal, localcontext

from hub.adapters.mapping.exact_hours import exact_hours
from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

__all__ = ["is_duration", "read_duration"]

_NUMBER = r"\d+(?:[.,]\d+)?"
# P, then days, then T and hours, minutes, seconds, each optional but at least one; a fraction (ISO 8601
# allows a comma) on any of them. Years and months are matched only to be refused by name.
_DURATION = re.compile(
    rf"(?P<sign>-)?P(?:(?P<y>{_NUMBER})Y)?(?:(?P<mo>{_NUMBER})M)?(?:(?P<d>{_NUMBER})D)?"
    rf"(?:T(?=\d)(?:(?P<h>{_NUMBER})H)?(?:(?P<m>{_NUMBER})M)?(?:(?P<s>{_NUMBER})S)?)?",
)
_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def is_duration(text: str) -> bool:
    """Whether a text is written as a duration ("PT45M"), whether or not its hours are exact."""
    match = _DURATION.fullmatch(text.strip())
    return match is not None and any(match[part] for part in ("y", "mo", "d", "h", "m", "s"))


def read_duration(text: str) -> Decimal | None:
    """The hours a duration text holds (`Decimal("1.5")` for "PT1H30M"), or None when the text is no
    duration (then the other ways of writing hours are tried)."""
    if not is_duration(text):
        return None
    match = _DURATION.fullmatch(text.strip())
    assert match is not None
    if match["sign"]:
        raise TransformError(
            f"the hours cannot be negative: {quoted(text)}",
            f"timerne kan ikke være negative: {quoted_da(text)}",
        )
    if match["y"] or match["mo"]:
        raise TransformError(
            f"a duration in years or months has no exact hours: {quoted(text)}"
            " (write it in days, hours and minutes)",
            f"en varighed i år eller måneder har ikke et præcist antal timer: {quoted_da(text)}"
            " (skriv den i dage, timer og minutter)",
        )
    # In a context wider than the text: the default's 28 digits would round "P1.000…01D" (30 digits) to
    # 24 hours nobody wrote before `exact_hours` could refuse it (decision 0068, "Stop 66: review-101").
    with localcontext(Context(prec=2 * len(text) + 12)):
        seconds = sum(
            (
                Decimal(match[part].replace(",", ".")) * factor
                for part, factor in _SECONDS.items()
                if match[part]
            ),
            Decimal(0),
        )
    # Rounding would change the hours delivered, as "1:20" is refused: read only exact hours a record
    # keeps (`exact_hours`, whose rule takes a part of a second, "PT1H30M0.36S", as it takes whole ones).
    said = bool(match["s"] and Decimal(match["s"].replace(",", ".")))  # seconds other than 0 written
    return exact_hours(seconds, text, seconds_written=said)
