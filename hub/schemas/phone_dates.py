"""A date typed into a phone number's box (decision 0064, "Stop 63: fuzz-79", recipe 67/pdf/field_value/9).

A phone's separators are dropped before its digits are counted, so a date written with four digits of
year has eight digits left ("2026-02-30" → 20260230, "12.03.2026" → 12032026) and was stored as the
Danish phone +4520260230 without a word. A phone number is never grouped as a date is: a year of four
digits (19xx or 20xx) before or after a month (1-12) and a day (1-31), the two separators alike. Such a
value is refused as a date, quoting it back (a date is no identifier), rather than guessed a phone.
"""

from __future__ import annotations

import re

from hub.quoting import quoted, quoted_da

__all__ = ["date_in_phone", "date_in_phone_reasons"]

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19|20)\d\d"
_DATE_SHAPED = re.compile(rf"{_YEAR}(?P<a>[-./]){_MONTH}(?P=a){_DAY}|{_DAY}(?P<b>[-./]){_MONTH}(?P=b){_YEAR}")


def date_in_phone(text: str) -> bool:
    """Whether a phone field's text is written as a date (ISO or Danish order, one kind of separator)."""
    return _DATE_SHAPED.fullmatch(text.strip()) is not None


def date_in_phone_reasons(text: str) -> tuple[str, str]:
    """The refusal of a date in a phone field, in English and Danish."""
    return (
        f"a date, not a phone number: {quoted(text)}; write the phone number there",
        f"en dato, ikke et telefonnummer: {quoted_da(text)}; skriv telefonnummeret der",
    )
