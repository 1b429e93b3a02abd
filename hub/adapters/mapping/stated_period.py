"""The period a document states it covers (decision 0060, "Stop 67: fixes-105"): the days its title or a
period field names, in which a list's weeks written without their year are read (`week_period`) and its
days are checked (`date_period`).

A timesheet of one month often says the year once, in its title ("Mentortimer december 2026") or a
period field (`Periode: 01-12-2026 - 31-12-2026`, an export's `måned='2026-10'`). A year stated alone is
a week-year, as a Danish calendar numbers it. A day the text says it was printed, made or exported on
(`Mentortimer december 2026 (udskrevet 05-01-2027)`), or of a later month than the one it states, is the
paper's day, not the hours', and read past (`print_dates`); a month beside any other day, or two months,
are two periods: refused naming each (fixes-109, fixes-111).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from hub.adapters.mapping.print_dates import days_out, paper_days_out, span_joined, stated_days
from hub.adapters.mapping.stated_months import month_parts
from hub.quoting import quoted, quoted_da

__all__ = ["Period", "day_words", "parse_within", "period_of", "read_period"]

_YEAR = re.compile(r"(?<![\d-])(\d{4})(?![\d-])")


@dataclass(frozen=True)
class Period:
    """The days a document states it covers, or the week-year it names alone (`iso_year`)."""

    first: date
    last: date
    iso_year: int | None = None

    def __str__(self) -> str:  # as the transform's argument shows it in the provenance
        return str(self.iso_year) if self.iso_year else f"{self.first.isoformat()}/{self.last.isoformat()}"

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share a day."""
        return self.first <= other.last and other.first <= self.last

    def words(self, da: bool) -> str:
        """The period in words: `1 December 2026 to 31 December 2026`, or the year."""
        if self.iso_year:
            return f"{'uge-året' if da else 'the week-year'} {self.iso_year}"
        joint = " til " if da else " to "
        return f"{day_words(self.first, da)}{joint}{day_words(self.last, da)}"


def day_words(day: date, da: bool) -> str:
    """A day as a message says it: `2026-12-01`, in Danish `1-12-2026`."""
    return f"{day.day}-{day.month:02d}-{day.year}" if da else day.isoformat()


def period_of(text: str) -> Period | None:
    """The period a title or field states: two days (a span, in digits or with their months' names), a
    month and its year, or a year alone; None when it states none, or several (never one picked of them),
    and where a month is stated beside a span that shares no day with it. A day the text says it was
    printed or exported on (`(udskrevet 05-01-2027)`), or of a later month, is no period, and read past."""
    text = paper_days_out(text)
    written = [day for _, day in stated_days(text)]
    days = [day for day in written if day is not None]
    # `12/2025` is a month, not the year alone, whose week-year would put a December sheet's `Uge 1` in
    # the January before; any shape `stated_months` reads. A day's month name (`1. december 2026`) is no
    # month stated.
    months = {month for _, month in month_parts(days_out(text))}
    if written:
        if len(written) != 2 or len(days) != 2 or days[0] > days[1]:
            return None
        span = Period(days[0], days[1])
        return span if all(_month(*month).overlaps(span) for month in months) else None
    if len(months) == 1:
        return _month(*months.pop())
    years = set(_YEAR.findall(text))
    if not months and len(years) == 1:
        year = int(years.pop())
        return Period(date.fromisocalendar(year, 1, 1), _last_week(year), iso_year=year)
    return None


def _month(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def _last_week(year: int) -> date:
    return date.fromisocalendar(year, date(year, 12, 28).isocalendar()[1], 7)


def _stated(text: str) -> list[tuple[str, bool]]:
    """The parts of a text that state a period, as written and in its order: days (a print date's left
    out, `print_dates`; `01-12-2026`, `1. december 2026`), a span's two days as one part
    (`01-12-2026 - 31-12-2026`, `1.-15. december 2026`: fixes-116, a refusal named them as two) and
    months (`december 2026`, `2026-10`, `12/2026`), whether each is days."""
    text = paper_days_out(text)
    found = [(m, True) for m, _ in stated_days(text)] + [(m, False) for m, _ in month_parts(days_out(text))]
    parts: list[tuple[int, int, bool]] = []
    for match, day in sorted(found, key=lambda part: part[0].start()):
        if parts and day and parts[-1][2] and span_joined(text, parts[-1][1], match.start()):
            parts[-1] = (parts[-1][0], match.end(), True)
        else:
            parts.append((match.start(), match.end(), day))
    return [(text[start:end], day) for start, end, day in parts]


def read_period(text: str, days: bool = False) -> tuple[Period | None, tuple[str, str]]:
    """The period a value states, or None with why (English, Danish): where it states a month and a day
    that is not plainly a print date (`december 2026 (05-01-2027)`), each is named, none picked. `days`:
    the period a list's days are checked in (`date_period`), said so, not its weeks."""
    en, da = ("check the days", "kontrollere datoerne") if days else ("read the weeks", "læse ugerne")
    period = period_of(text)
    stated = _stated(text)
    parts = [part for part, _ in stated]
    # Not "no month with its year" where it states one and something else beside it: each named. (Two
    # days alone are a span, said as before where they run the wrong way.)
    two_days = all(day for _, day in stated) and len(stated_days(paper_days_out(text))) == 2
    if period is None and len(parts) > 1 and not two_days:
        return None, (
            f"two periods to {en} in: {quoted(text)} states {' and '.join(map(quoted, parts))};"
            " write one period (a day beside a word of printing, making or exporting, or of a month after"
            " the period's, is the paper's and not read as one)",
            f"to perioder at {da} i: {quoted_da(text)} angiver {' og '.join(map(quoted_da, parts))};"
            " skriv én periode (en dato ved et ord for udskrift, dannelse eller udtræk, eller fra en måned"
            " efter periodens, er papirets og læses ikke som en)",
        )
    return period, (
        f"no period or year to {en} in: {quoted(text)} states no month with its year, no two"
        " days and no year alone (write the period as december 2026, 01-12-2026 - 31-12-2026 or 2026)",
        f"ingen periode eller årstal at {da} i: {quoted_da(text)} angiver ingen måned med årstal,"
        " ingen to datoer og intet årstal alene (skriv perioden som december 2026, 01-12-2026 - 31-12-2026"
        " eller 2026)",
    )


def parse_within(within: str) -> Period:
    """The period a transform's `within` names (`Period`'s text: `2026-12-01/2026-12-31`, or `2026`)."""
    if "/" not in within:
        year = int(within)
        return Period(date.fromisocalendar(year, 1, 1), _last_week(year), iso_year=year)
    first, last = within.split("/", 1)
    return Period(date.fromisoformat(first), date.fromisoformat(last))
