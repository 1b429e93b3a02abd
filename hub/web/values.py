"""A record's values the way the page's language writes them: hours and kroner with the language's
decimal comma or point, dates and ISO weeks in words, a Danish phone number in pairs.

The record keeps the canonical text (`7.5`, `2026-08-03`, `2026-W32`), which is what the API gives and
what the page keeps in a title; a person reads `7,5`, `3. aug. 2026` and `uge 32, 2026` on a Danish page.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from babel.numbers import format_decimal
from flask_babel import get_locale, gettext

from hub.datewords import day_text
from hub.exports.danish import phone
from hub.quantities import hours_number
from hub.schemas.records import phone_paths, value_kinds
from hub.schemas.vocabulary import SCORES

# A progress report's scores, 1 to 5 (`hub.schemas.parts`, 5 the best): "Fremmøde 4" alone did not say on
# what scale, and the form's own words ("Godt") are the adapter's, one table a municipality.
_SCORE_PATHS = frozenset(f"scores.{name}" for name in SCORES)
BEST_SCORE = 5
_INDEX = re.compile(r"\[\d+\]")  # `entries[2].hours` is `entries.hours` in the schema
_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def record_value(form_type: str, path: str, text: str) -> str | None:
    """A value of a record in the page's words, or None for one shown as it is (text, a code, an empty
    value, or one that is not what its field holds: the canonical text is then the truth to show)."""
    if _INDEX.sub("", path) in _SCORE_PATHS and text.isdigit():
        return gettext("%(score)s of %(best)s", score=text, best=BEST_SCORE)
    if _INDEX.sub("", path) in phone_paths(form_type) and text:
        # "+4544527000" is how the record keeps it; a person reads a Danish number in pairs, as the
        # company's page and the claim write it. Another country's number is shown as kept.
        paired = phone(text)
        return paired if paired != text else None
    kind = value_kinds(form_type).get(_INDEX.sub("", path))
    if kind is None or not text:
        return None
    locale = get_locale()
    try:
        if kind == "hours":  # every decimal the record has (Babel's default pattern keeps three)
            return hours_number(Decimal(text), locale.language)
        if kind == "money":
            return str(format_decimal(Decimal(text), "#,##0.00", locale=locale))
        if kind == "date":
            return day_text(date.fromisoformat(text), locale)
    except (InvalidOperation, ValueError):
        return None
    week = _WEEK.fullmatch(text)
    if kind == "week" and week:
        # As the pages' messages write a week ("uge 44 2026", `datewords.message_dates`) and the company's
        # form prints it: the record page's "uge 40, 2026" was a third way on the same screens (stop 60).
        return gettext("week %(week)s %(year)s", week=int(week[2]), year=week[1])
    return None
