"""A period's last day from its first day and a length (`last_day`): "Varighed: 13 uger" on a form that
gives no end date.

The length is counted from the start day as its first day, as a placement of "13 uger" from Monday
2 March 2026 runs to Sunday 31 May 2026: the last day is the start + 13 × 7 − 1 days. A length in
months is refused (a month is 28 to 31 days: which end was meant is not written).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from hub.adapters.mapping.textparse import TransformError, parse_date
from hub.quoting import quoted, quoted_da

__all__ = ["UNITS", "last_day"]

# The config's unit, and the words a form may write after the number for it (Danish and English).
UNITS: dict[str, tuple[str, ...]] = {
    "weeks": ("uge", "uger", "week", "weeks"),
    "days": ("dag", "dage", "day", "days"),
}
_DAYS_PER = {"weeks": 7, "days": 1}
_MONTHS = ("md", "mdr", "måned", "måneder", "month", "months")
# "13", "13 uger", "Varighed: 13 uger", "13 uger." : a whole number, then a unit word or none.
_LENGTH = re.compile(r"(?:(?:varighed|duration)\s*:?\s*)?(?P<n>\d{1,4})\s*(?P<unit>[^\W\d_]+)?\.?", re.I)


# A case system's xs:duration of whole days or weeks ("P91D"; ISO 8601's "P13W"); "P3M" is months.
_XS_DURATION = re.compile(r"P(?P<n>\d{1,4})(?P<unit>[DWM])")
_XS_UNITS = {"D": "days", "W": "weeks", "M": "months"}


class StartOrLengthError(TransformError):
    """A problem with one of the two sources (0: the start date, 1: the length), for the mapping to say
    at that source's place."""

    def __init__(self, index: int, reason_en: str, reason_da: str) -> None:
        super().__init__(reason_en, reason_da)
        self.index = index


def _length_in_days(text: str, unit: str) -> int:
    """The number of days a length such as "13 uger" (or an XML Schema duration, "P91D") spans, in the
    config's `unit`."""
    xs = _XS_DURATION.fullmatch(text.strip())
    match = _LENGTH.fullmatch(f"{xs['n']} {_XS_UNITS[xs['unit']]}" if xs else text.strip())
    word = (match["unit"] or "").casefold() if match else ""
    if match is not None and word in _MONTHS:
        raise TransformError(
            f"a length in months is not read: {quoted(text)} (months differ in length: write the end date)",
            f"en varighed i måneder læses ikke: {quoted_da(text)}"
            " (måneder er ikke lige lange: skriv slutdatoen)",
        )
    if match is None or (word and word not in UNITS[unit]):
        danish = UNITS[unit][1]
        raise TransformError(
            f"not a length in {unit}: {quoted(text)} (a whole number, such as '13 {danish}')",
            f"ikke en varighed i {danish}: {quoted_da(text)} (et helt tal, fx '13 {danish}')",
        )
    count = int(match["n"])
    if count == 0:
        raise TransformError(
            f"a length of nothing: {quoted(text)}", f"en varighed på ingenting: {quoted_da(text)}"
        )
    return count * _DAYS_PER[unit]


def last_day(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """The last day (ISO) of a period from its first day (the first source, any date `date` reads) and
    its length (the second: "13 uger", "13" in the config's `unit`); both empty gives empty."""
    (_, start_text), (_, length_text) = values
    start_text, length_text = (start_text or "").strip(), (length_text or "").strip()
    if not start_text and not length_text:
        return ""
    if not start_text:
        raise StartOrLengthError(0, "no start date to count from", "ingen startdato at regne fra")
    if not length_text:
        raise StartOrLengthError(1, "no length written", "ingen varighed skrevet")
    try:
        start = date.fromisoformat(parse_date(start_text))
    except TransformError as exc:
        raise StartOrLengthError(0, exc.reason_en, exc.reason_da) from None
    try:
        days = _length_in_days(length_text, args["unit"])
    except TransformError as exc:
        raise StartOrLengthError(1, exc.reason_en, exc.reason_da) from None
    end = start + timedelta(days=days - 1)
    return parse_date(end.isoformat())  # the same year checks as any date read
