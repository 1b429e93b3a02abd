"""Dates and times as people read them, one way per language: `1. mar. 2026` and `1. mar. 2026 kl. 14.05` in
Danish, `1 Mar 2026` and `1 Mar 2026, 14:05` in British English (CLDR's medium date and short time,
with Danish's "kl." between them).

Every page and every message for people writes a date with these; the API, CSV and JSON keep ISO 8601.
A time is shown in Danish time: the database keeps UTC, a caseworker reads the clock on the wall.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime

from babel import Locale
from babel.dates import format_date, format_time, get_datetime_format

from hub.periods import DENMARK


def day_text(value: date | datetime | str, locale: Locale | str) -> str:
    """A date (or the ISO text of one, as records and exports keep it) in the language's medium form."""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    elif isinstance(value, datetime):
        value = local_time(value).date()
    return _medium(value, str(locale))


@functools.lru_cache(maxsize=4096)
def _medium(value: date, locale: str) -> str:
    # Babel parses the locale and the pattern on every call (~35 µs); the dashboards' summaries write
    # a dozen dates a placement on the worker's path, nearly all month ends and due days seen before.
    return str(format_date(value, "medium", locale=locale))


def moment_text(value: datetime | str, locale: Locale | str) -> str:
    """A moment in Danish time: the medium date and the short time, as the language joins them."""
    when = local_time(datetime.fromisoformat(value) if isinstance(value, str) else value)
    # Danish writes "kl." before a time of day; CLDR's join for other languages ("1 Mar 2026, 14:05").
    language = Locale.parse(locale).language
    joined = "{1} kl. {0}" if language == "da" else str(get_datetime_format("medium", locale=locale))
    date_part = _medium(when.date(), str(locale))
    time_part = str(format_time(when.time(), "short", locale=locale))
    return joined.replace("{1}", date_part).replace("{0}", time_part)


def local_time(value: datetime) -> datetime:
    """A moment in Danish time; one without a zone is UTC (as the database keeps them)."""
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(DENMARK)


def day_da(day: date | None) -> str:
    """A date in a Danish message for people (`3. aug. 2026`): the pages' way, not a form's `03.08.2026`;
    "" for none."""
    return day_text(day, "da") if day else ""


# A moment in a message: a date with a Danish time and its zone ("2026-12-06 07:12 CET", when bytes sent
# again came in first: `same_bytes_note`).
_MOMENT = r"\b(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) CES?T\b"
# An ISO moment, date or week in a message's own words; a quoted value ('…', what a document said) is
# matched first so that it is left as it was written. A quote opens after no letter or digit and closes
# before none: an English possessive's apostrophe ("the period's days of 2026-W44, … another period's
# timesheet") is no quote, and taking the two for one left the week between them as ISO on the page.
_QUOTED = r"(?<!\w)'.*?'(?!\w)"
_IN_MESSAGE = re.compile(rf"{_QUOTED}|{_MOMENT}|\b(\d{{4}}-\d{{2}}-\d{{2}})\b|\b(\d{{4}})-W(\d{{2}})\b")


def message_dates(text: str, locale: Locale | str) -> str:
    """A message built in a service, its ISO dates and weeks written as the page's other dates are.

    The English text of a message keeps ISO 8601, since it is also the API's `message` (decision 0062);
    an English page showed "due by 2026-11-26" and "2026-W44" beside its own "1 Nov 2026". Quoted values,
    a document's own words, stay as they were."""

    def written(found: re.Match[str]) -> str:
        moment_day, time, day, year, week = found.groups()
        if moment_day is not None:
            return _moment(moment_day, time, locale)
        if day is not None:
            try:
                return day_text(date.fromisoformat(day), locale)
            except ValueError:  # not a date after all: as it was
                return found.group(0)
        if year is not None:
            return week_text(f"{year}-W{week}", locale)
        return found.group(0)

    return _IN_MESSAGE.sub(written, text)


def week_text(iso_week: str, locale: Locale | str) -> str:
    """`uge 44 2026` (`week 44 2026`) for "2026-W44": a week in a message for people, always with its
    year, in Danish as in English (an English page writes the API's "2026-W44" so, `message_dates`; the
    Danish messages' "uge 44" left out the year the English gave, stop 60). The text as given otherwise."""
    year, marker, week = iso_week.partition("-W")
    if not (marker and len(year) == 4 and year.isdigit() and week.isdigit()):
        return iso_week
    word = "uge" if Locale.parse(locale).language == "da" else "week"
    return f"{word} {int(week)} {year}"


def message_moments(text: str, locale: Locale | str) -> str:
    """A message's ISO moments alone written as the page's (`_MOMENT`): for a text that names files,
    whose names may hold a date ("scan 2026-08-03.pdf") that is theirs, not the hub's."""
    return re.sub(_MOMENT, lambda found: _moment(found.group(1), found.group(2), locale), text)


def _moment(day: str, time: str, locale: Locale | str) -> str:
    try:  # Danish time already, as its zone says
        return moment_text(datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=DENMARK), locale)
    except ValueError:  # not a moment after all: as it was
        return f"{day} {time}"


def reason_text(reason_en: str, reason_da: str, locale: Locale | str) -> str:
    """A problem's reason as a page in `locale` says it, its ISO dates and weeks written as the page's
    (`message_dates`): the English keeps ISO 8601 since it is also the API's, and a few Danish reasons
    were written with it too (a printed form's rows: `adapters/mapping/printed_rows.py`)."""
    reason = reason_da if Locale.parse(locale).language == "da" else reason_en
    return message_dates(reason, locale)


def note_text(note_en: str, note_da: str, locale: Locale | str) -> str:
    """A note of bytes sent again (`same_bytes_note`) as a page in `locale` says it: the English's ISO
    moment written as the page's, the file names in it left as they are (`message_moments`)."""
    return note_da if Locale.parse(locale).language == "da" else message_moments(note_en, locale)


def days_da(first: date, last: date) -> str:
    """A span of days in a Danish message: `3. aug. 2026–30. aug. 2026`."""
    return f"{day_da(first)}–{day_da(last)}"
