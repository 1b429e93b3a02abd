"""A timesheet typed as a grid for `hub adapters suggest`: one row a week, one column a weekday and no
column for the week's total ("A week a row" in docs/config-language.md). Its hours are the days added
up, so the draft names the day columns in `sources` with `sum` rather than one field per day.
"""

from __future__ import annotations

from hub.adapters.suggest.words import fold, has

# Each weekday as a header may print it, Danish and English; compared folded, a trailing dot dropped.
_NAMES = (
    ("Mandag", "Man", "Ma", "Monday", "Mon"),
    ("Tirsdag", "Tir", "Ti", "Tuesday", "Tue", "Tues"),
    ("Onsdag", "Ons", "On", "Wednesday", "Wed"),
    ("Torsdag", "Tor", "To", "Thursday", "Thu", "Thur", "Thurs"),
    ("Fredag", "Fre", "Fr", "Friday", "Fri"),
    ("Lørdag", "Lør", "Lø", "Saturday", "Sat"),
    ("Søndag", "Søn", "Sø", "Sunday", "Sun"),
)
_DAY_OF = {fold(name): day for day, names in enumerate(_NAMES) for name in names}
_WORKING_DAYS = frozenset(range(5))
# A column that reads as the week's hours or total: with one, the draft reads the total (no grid).
_TOTAL_WORDS = ("timer", "hours", "=i alt", "=ialt", "total", "=sum", "samlet")


def weekday(header: str) -> int | None:
    """The weekday a header names (0 for Monday), or None: "Man", "man.", "MANDAG", "Mon", "Lø"."""
    return _DAY_OF.get(fold(header.strip()).removesuffix(".").strip())


def weekday_grid(headers: tuple[str, ...]) -> tuple[str, ...]:
    """The day columns of a week-a-row grid, as written and in their order; () when the headers are no
    such grid: fewer than Monday to Friday, a day printed twice, or a column reading as a total."""
    if any(has(header, word) for header in headers for word in _TOTAL_WORDS):
        return ()
    days = [(header, day) for header in headers if (day := weekday(header)) is not None]
    named = [day for _, day in days]
    if len(set(named)) != len(named) or not _WORKING_DAYS <= set(named):
        return ()
    return tuple(header for header, _ in days)
