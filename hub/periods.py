"""Claim periods: a month (`2026-08`), a quarter (`2026-Q3`) or a half-year (`2026-H2`).

Payments, claims, completeness checks and bundles are all asked for "a period"; this is the one place
that parses it, names it for people and counts the days a placement was active in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from hub.errors import HubError

# Denmark's time: the day a date-time falls on, and the time people are shown, are Danish.
DENMARK = ZoneInfo("Europe/Copenhagen")


def local_today() -> date:
    """Today in Copenhagen: the day every default period, "has it begun/ended" and claim is reckoned by,
    since the server's own clock may run in UTC and be an hour or two behind the Danish day."""
    return datetime.now(DENMARK).date()


KINDS = ("month", "quarter", "half_year")
# A period as it is written: the one pattern the parser reads and the API's spec publishes, so that the two
# cannot disagree. Years 1900-2199, months 01-12, `Q1`-`Q4`, `H1`-`H2` (the letter in either case). Plain
# groups and ASCII classes only: ECMA-262 (a client's validator) and Python (with `re.ASCII`) read it alike.
PATTERN = r"^(19\d{2}|2[01]\d{2})-(?:(0[1-9]|1[0-2])|[Qq]([1-4])|[Hh]([12]))$"
_PERIOD = re.compile(PATTERN, re.ASCII)
_MONTHS = {"month": 1, "quarter": 3, "half_year": 6}
KIND_NAMES_DA = {"month": "måned", "quarter": "kvartal", "half_year": "halvår"}
_ARTICLE_DA = {"month": "en", "quarter": "et", "half_year": "et"}
KIND_NAMES_EN = {"month": "month", "quarter": "quarter", "half_year": "half-year"}
_MONTH_NAMES_DA = (
    "januar februar marts april maj juni juli august september oktober november december".split()
)
_MONTH_NAMES_EN = (
    "January February March April May June July August September October November December".split()
)


class PeriodError(HubError):
    """A period that cannot be read, or that cannot be asked for (in the future, of the wrong kind)."""

    code = "bad_period"


@dataclass(frozen=True, order=True)
class Period:
    """A calendar period: its first and last day, and what kind of period it is."""

    start: date
    end: date
    kind: str

    @property
    def label(self) -> str:
        """The period as it is written on the command line: `2026-08`, `2026-Q3`, `2026-H2`."""
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        number = (self.start.month - 1) // _MONTHS[self.kind] + 1
        return f"{self.start.year}-{'Q' if self.kind == 'quarter' else 'H'}{number}"

    def describe(self, lang: str = "da") -> str:
        """The period for people: `august 2026`, `3. kvartal 2026` / `August 2026`, `Q3 2026`."""
        number = (self.start.month - 1) // _MONTHS[self.kind] + 1
        if self.kind == "month":
            names = _MONTH_NAMES_DA if lang == "da" else _MONTH_NAMES_EN
            return f"{names[self.start.month - 1]} {self.start.year}"
        if lang == "da":
            return f"{number}. {KIND_NAMES_DA[self.kind]} {self.start.year}"
        return f"{'Q' if self.kind == 'quarter' else 'H'}{number} {self.start.year}"

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.end - self.start).days + 1

    def overlap(self, first: date, last: date) -> tuple[date, date] | None:
        """The part of `first..last` (inclusive) inside the period, or None."""
        lo, hi = max(first, self.start), min(last, self.end)
        return (lo, hi) if lo <= hi else None

    def overlap_days(self, first: date, last: date) -> int:
        """How many days of `first..last` (inclusive) lie inside the period."""
        found = self.overlap(first, last)
        return 0 if found is None else (found[1] - found[0]).days + 1

    def months(self) -> list[Period]:
        """The months of the period, in order."""
        out, day = [], self.start
        while day <= self.end:
            out.append(month_of(day))
            day = out[-1].end + timedelta(days=1)
        return out

    def require_kind(self, kind: str, whose: str) -> None:
        """Refuse a period of another kind than `kind`: `whose` is the municipality (its name, the same in
        both languages) that claims per `kind`."""
        self.require_kind_by(
            kind,
            f"{whose} claims per {KIND_NAMES_EN[kind]}",
            f"{whose} afregner pr. {KIND_NAMES_DA[kind]}",
        )

    def require_kind_by(self, kind: str, rule_en: str, rule_da: str) -> None:
        """Refuse a period of another kind than `kind`, saying the rule that asks for it in English and
        Danish ("payments are worked out per month"): a page's own name is no subject for a caseworker."""
        if self.kind != kind:
            raise PeriodError(
                f"{rule_en}; {self.label} is not a {KIND_NAMES_EN[kind]}",
                f"{rule_da}; {self.describe('da')} er ikke {_ARTICLE_DA[kind]} {KIND_NAMES_DA[kind]}",
            )

    def require_started(self, today: date) -> None:
        """Refuse a period that has not begun. (The Danish line names the period and the dates as the
        pages write them, `december 2026`, `1. dec. 2026` (decision 0062); the English one as the API
        takes them.)"""
        if self.start > today:
            raise PeriodError(
                f"the period {self.label} is in the future (today is {today.isoformat()})",
                f"perioden {self.describe('da')} ligger i fremtiden (i dag er {_day_da(today)})",
            )

    def require_ended(self, today: date) -> None:
        """Refuse a period that has not ended: a claim or a bundle covers a closed period."""
        self.require_started(today)
        if self.end >= today:
            raise PeriodError(
                f"the period {self.label} has not ended yet (it ends {self.end.isoformat()})",
                f"perioden {self.describe('da')} er ikke slut endnu (den slutter {_day_da(self.end)})",
            )


def _day_da(day: date) -> str:
    # hub.datewords imports this module (for DENMARK), so its helper is imported when a refusal is made.
    from hub.datewords import day_da  # noqa: PLC0415

    return day_da(day)


def default_period(today: date) -> Period:
    """The period meant when none is named: the month before `today`'s, the newest whose hours are all
    in. The one default of the company's export and form (`hub export company`, `hub form company`, the
    API, the company's page) and of every page's `?period=` (decision 0016, "Stop 41")."""
    return month_of(month_of(today).start - timedelta(days=1))


def month_of(day: date) -> Period:
    """The month a day lies in."""
    return _month(day.year, day.month)


@lru_cache(maxsize=4096)
def _month(year: int, month: int) -> Period:
    # Cached: the placements' summaries ask for the months of every week of every form (a period is
    # frozen, so one object serves every caller).
    start = date(year, month, 1)
    following = (start + timedelta(days=32)).replace(day=1)
    return Period(start, following - timedelta(days=1), "month")


def period_of(day: date, kind: str) -> Period:
    """The period of a kind (`month`, `quarter`, `half_year`) a day lies in."""
    months = _MONTHS[kind]
    return _span(day.year, (day.month - 1) // months * months + 1, months, kind)


def _span(year: int, first_month: int, months: int, kind: str) -> Period:
    start = date(year, first_month, 1)
    last_month = first_month + months - 1
    return Period(start, month_of(date(year, last_month, 1)).end, kind)


def parse_period(text: str) -> Period:
    """Read `2026-08`, `2026-Q3` or `2026-H2` as people type it (spaces around it are dropped); raise
    `PeriodError` in both languages otherwise."""
    return read_period(text.strip(), shown=text)


def read_period(text: str, shown: str | None = None) -> Period:
    """Read a period written exactly as `PATTERN` says (the API's `period`); raise `PeriodError` in both
    languages otherwise, naming `shown` (what was typed) when given."""
    match = _PERIOD.fullmatch(text)
    if match is None:
        said = text if shown is None else shown
        raise PeriodError(
            f"not a period: {said!r}; write a month (2026-08), a quarter (2026-Q3) or a half-year (2026-H2)",
            f"ikke en periode: {said!r}; skriv en måned (2026-08), et kvartal (2026-Q3) eller et halvår "
            "(2026-H2)",
        )
    year, month, quarter, half = match.groups()
    kind, number = ("month", month) if month else ("quarter", quarter) if quarter else ("half_year", half)
    return _span(int(year), (int(number) - 1) * _MONTHS[kind] + 1, _MONTHS[kind], kind)
