"""A week written without its year (`Uge 49`, a pivot's `uge_45`) read within the period its document
states (`{ name = "week", period = "A1" }`; decision 0060, "Stop 67: fixes-105").

A timesheet of one month often numbers its weeks alone and says the year once, in its title
("Mentortimer december 2026") or a period field (`Periode: 01-12-2026 - 31-12-2026`, an export's
`måned='2026-10'`). The week is never guessed from today's date: the config names where the period is
(`period`, a selector of the document), and each week number is read as the one ISO week of that number
that overlaps the stated days. So a `Uge 1` on a December 2025 sheet is 2026-W01 (29 December 2025 to
4 January 2026), and on a December 2026 sheet no week 1 overlaps December (2026-W53 runs to 3 January
2027, 2027-W01 starts on the 4th): refused, naming the week and the period. A year stated alone is the
week's own year, as a Danish calendar numbers it (`uge 52 2023` is 2023-W52, though 2022-W52 ends on 1
January 2023). A week written with its year is read as written and refused where it is outside the
period, as a day outside a month would be. Which period a text states, and a print date read past, is
`stated_period`'s.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from hub.adapters.mapping import textparse as tp
from hub.adapters.mapping.stated_period import Period, parse_within
from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

__all__ = ["bare_week", "week_within"]

# A week number alone, as a sheet or a pivot's header writes it: `Uge 49`, `uge_45`, `U49`, `W49`, `49`.
_BARE_WEEK = re.compile(r"(?:uge|u|w|week|wk)?[\s_.:-]*(\d{1,2})\.?", re.IGNORECASE)


def bare_week(text: str) -> bool:
    """Whether a text is a week's number without its year (`Uge 49`, `uge_45`, `49`)."""
    found = _BARE_WEEK.fullmatch(text.strip())
    return found is not None and 1 <= int(found[1]) <= 53


def week_within(text: str, within: str) -> str:
    """An ISO week ("2026-W49") from a week written alone (`Uge 49`) or with its year, within a period
    (`Period`'s text: `2026-12-01/2026-12-31`, or `2026`); refused where it does not fall in it."""
    period = parse_within(within)
    bare = _BARE_WEEK.fullmatch(text.strip())
    if bare is None:
        week = tp.parse_week(text)  # written with its year: read as written, then checked
        year, number = int(week[:4]), int(week[6:])
        if _overlaps(year, number, period):
            return week
        raise _outside(text, period)
    number = int(bare[1])
    if not 1 <= number <= 53:
        raise TransformError(f"not a week: {quoted(text)}", f"ikke en uge: {quoted_da(text)}")
    if period.iso_year:
        candidates = [period.iso_year] if _exists(period.iso_year, number) else []
    else:
        years = range(period.first.year - 1, period.last.year + 2)
        candidates = [y for y in years if _exists(y, number) and _overlaps(y, number, period)]
    if len(candidates) == 1:
        return f"{candidates[0]}-W{number:02d}"
    if not candidates:
        raise _outside(text, period)
    both = " / ".join(f"{y}-W{number:02d}" for y in candidates)
    raise TransformError(
        f"week {quoted(text)} is more than one week of the period {period.words(False)} ({both})",
        f"uge {quoted_da(text)} er mere end én uge i perioden {period.words(True)} ({both})",
    )


def _exists(year: int, number: int) -> bool:
    try:
        date.fromisocalendar(year, number, 1)
    except ValueError:
        return False
    return True


def _overlaps(year: int, number: int, period: Period) -> bool:
    if period.iso_year:
        return year == period.iso_year
    monday = date.fromisocalendar(year, number, 1)
    return monday <= period.last and monday + timedelta(days=6) >= period.first


def _outside(text: str, period: Period) -> TransformError:
    return TransformError(
        f"week {quoted(text)} does not fall in the period the document states, {period.words(False)}",
        f"uge {quoted_da(text)} ligger ikke i den periode, dokumentet angiver, {period.words(True)}",
    )
