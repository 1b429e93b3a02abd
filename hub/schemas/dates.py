"""The canonical date and ISO week field types: one text format each ("2026-08-03", "2026-W32"), in the
years of working lives.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from marshmallow import ValidationError, fields

from hub.quoting import quoted
from hub.schemas.cpr import input_string

_WEEK = re.compile(r"([0-9]{4})-W([0-9]{2})")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Canonical dates and weeks are about working lives; outside these years a value is a typing error, and
# "9999-12-31" would overflow the date arithmetic downstream (a week's last day is its first + 6).
MIN_YEAR = 1900
MAX_YEAR = 2199


def _check_year(year: int, what: str, text: str) -> None:
    """Reject a date or week whose year is outside `MIN_YEAR`..`MAX_YEAR`."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(f"the year of the {what} must be between {MIN_YEAR} and {MAX_YEAR}: {text}")


class IsoWeek(fields.String):
    """ISO week "YYYY-Www" that exists in its ISO year (W53 only in long years), in 1900 to 2199."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = input_string(value, "week")
        match = _WEEK.fullmatch(text)
        if not match:
            raise ValidationError(f"week must look like 2026-W32, not {quoted(text)}")
        try:
            date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError as error:
            raise ValidationError(f"{text} is not a week of ISO year {match.group(1)}") from error
        _check_year(int(match.group(1)), "week", text)
        return text


class IsoDate(fields.String):
    """Calendar date in ISO "YYYY-MM-DD" only, in 1900 to 2199; a `date` object is accepted; loads to text."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        if type(value) is date:  # a datetime would silently drop its time
            _check_year(value.year, "date", value.isoformat())
            return value.isoformat()
        text = input_string(value, "date")
        # fromisoformat alone would also take "20260803" and week dates; the contract is one format.
        if not _DATE.fullmatch(text):
            raise ValidationError(f"date must be YYYY-MM-DD, not {quoted(text)}")
        try:
            parsed = date.fromisoformat(text)
        except ValueError as error:
            raise ValidationError(f"not a real date: {text}") from error
        _check_year(parsed.year, "date", text)
        return parsed.isoformat()
