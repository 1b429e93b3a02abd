"""`hub adapters suggest`: what a value seen in the sample says of the transforms its field needs."""

from __future__ import annotations

import re

from hub.adapters.mapping.excel_days import excel_day
from hub.adapters.mapping.textparse import TransformError, parse_date

DANISH_DATE = re.compile(r"\s*\d{1,2}[./-]\d{1,2}[./ -]\s?(\d{4}|\d{2})\s*")
ISO_DATE = re.compile(r"\s*\d{4}-\d{2}-\d{2}\s*")
DECIMAL_COMMA = re.compile(r"\s*\d+,\d+\s*")
TEXT_PATHS = ("name", "email", "note", "purpose", "signed_by")
# A yes or no as XML Schema's boolean, SQL/XML and JavaScript write it: never a name, a note or an e-mail.
BOOLEANS = frozenset({"true", "false"})
# A time of day after a day: a workbook's date-time cell as read (`2026-10-05T07:15:00`), a printed one,
# one as CLDR's patterns write it, a comma before the time (JavaScript's `toLocaleString("da-DK")`:
# "31.3.2027, 14.05.00").
_TIME_OF_DAY = re.compile(r"(?:T|,?\s)\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*$")


def date_like(text: str) -> bool:
    """Whether `date` reads the text, or it is an Excel day number (a workbook's General cell)."""
    try:
        parse_date(text)
    except TransformError:
        return excel_day(text) is not None
    return True


def day_or_time(text: str) -> bool:
    """Whether a text is a day as printed, alone or with its time of day (no name or note is one)."""
    day = _TIME_OF_DAY.sub("", text)
    return bool(DANISH_DATE.fullmatch(day) or ISO_DATE.fullmatch(day))


def value_transforms(path: str, seen: str | None) -> list[str]:
    """The transforms a value asks for by its look alone: a Danish date `date`, a decimal comma `hours`."""
    if not seen or path.endswith(TEXT_PATHS):
        return []
    if DANISH_DATE.fullmatch(seen):
        return ["date"]
    return ["hours"] if DECIMAL_COMMA.fullmatch(seen) else []


def value_hint(seen: str | None) -> str:
    """A TODO's hint at the transform its value suggests ("" for none)."""
    transforms = value_transforms("?", seen)
    return f'not recognised; the value suggests transforms = ["{transforms[0]}"]' if transforms else ""
