"""What the canonical store knows about one placement, in the shape payments and audit checks need.

`services.facts` reads these from the database; everything downstream (payments, claims, the auditor's
completeness report, the company's "what is due") is computed from them without touching SQL, so it can
be tested with facts written by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import cached_property, lru_cache
from typing import Any, TypeVar

T = TypeVar("T")

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Source:
    """The stored record a fact came from, and the document that record was read from."""

    record_id: int
    version: int
    form_type: str
    document_sha256: str
    filename: str
    received_on: date | None = None


@dataclass(frozen=True)
class Grant:
    """Granted mentor hours a week at an hourly rate for a period: a grant form, or the agreement's terms."""

    start: date
    end: date
    hours_per_week: Decimal
    hourly_rate_dkk: Decimal
    granted_on: date | None = None  # None: the agreement's terms, not a grant form
    mentor_name: str | None = None
    source: Source | None = None


@dataclass(frozen=True)
class Timesheet:
    """Mentor hours per ISO week, as one timesheet gave them, and who signed it (None: unsigned)."""

    weeks: tuple[tuple[str, Decimal], ...]
    signed_by: str | None
    signed_on: date | None = None
    mentor_name: str | None = None
    source: Source | None = None

    @property
    def signed(self) -> bool:
        """Whether someone signed the timesheet."""
        return bool(self.signed_by)


@dataclass(frozen=True)
class Dated:
    """A form that speaks of one day: a progress report's measuring day, an end form's last day."""

    day: date
    source: Source | None = None


@dataclass(frozen=True)
class PlacementFacts:
    """One placement and the current version of every record linked to it."""

    participant_id: str
    municipality_code: str
    name: str
    p_number: str
    site_name: str
    start: date
    end: date  # the planned last day
    mentor_name: str = ""
    cpr: str = ""  # for the municipality's own claim and its auditor; never for a company
    placement_id: int = 0
    ended: Dated | None = None  # the end form, when one came in
    grants: tuple[Grant, ...] = ()
    timesheets: tuple[Timesheet, ...] = ()
    progress_reports: tuple[Dated, ...] = ()
    placement_source: Source | None = None
    # What is derived from the facts again and again: a month's payment lines and gaps serve the
    # dashboard's month, its audit check and its claim period's check. Facts never change, so each is
    # computed once (`derived`); the memo takes no part in comparing, hashing or printing facts.
    memo: dict[Hashable, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    @cached_property  # asked for tens of times per month checked; a frozen dataclass still has a __dict__
    def last_day(self) -> date:
        """The last day the placement ran: the end form's day, else the planned end."""
        return self.ended.day if self.ended is not None else self.end

    def derived(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, computed once per `key` for these facts and kept. What it returns is shared:
        the caller copies a list before changing it."""
        try:
            value: T = self.memo[key]
        except KeyError:
            value = self.memo[key] = compute()
        return value

    def active_days(self, first: date, last: date) -> Iterator[date]:
        """The days of `first..last` on which the placement ran."""
        day, stop = max(first, self.start), min(last, self.last_day)
        while day <= stop:
            yield day
            day += timedelta(days=1)


@lru_cache(maxsize=8192)  # the dashboards ask for the same few hundred weeks thousands of times a batch
def iso_week(day: date) -> str:
    """The ISO week a day lies in: "2026-W32"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weeks_touching(first: date, last: date) -> list[str]:
    """The ISO weeks that touch `first..last`, in order."""
    weeks, monday = [], first - timedelta(days=first.weekday())
    while monday <= last:
        weeks.append(iso_week(monday))
        monday += timedelta(days=7)
    return weeks


def week_days(week: str) -> list[date]:
    """The seven days of an ISO week ("2026-W32")."""
    monday = date.fromisoformat(week + "-1")
    return [monday + timedelta(days=i) for i in range(7)]


# Hours are counted exactly in integer units: canonical hours have at most four decimals, and a week's
# hours are shared among at most seven days, so 1/(10,000 × 420) of an hour (420 = lcm(1..7)) is exact.
UNITS_PER_HOUR = 10_000 * 420


@dataclass(frozen=True)
class WeekHours:
    """A week's hours, and the days of that week on which the placement ran (`first..last`)."""

    week: str
    first: date
    last: date
    hours: Decimal

    def within(self, first: date, last: date) -> int:
        """The hours (in `UNITS_PER_HOUR`) of the days in `first..last`: the week's hours spread
        evenly over its days."""
        lo, hi = max(first, self.first), min(last, self.last)
        if lo > hi:
            return 0
        days = (self.last - self.first).days + 1
        return int(self.hours * 10_000) * ((hi - lo).days + 1) * (420 // days)


def spread(facts: PlacementFacts, timesheet: Timesheet) -> tuple[list[WeekHours], list[str]]:
    """A timesheet's weeks, each with the days the placement ran in it (a canonical timesheet keeps
    weeks, not days, so a week's hours count evenly for each of those days). Weeks in which it did not
    run at all come back by name: their hours belong to no day of the placement."""
    weeks: list[WeekHours] = []
    outside: list[str] = []
    for week, hours in timesheet.weeks:
        monday = date.fromisoformat(week + "-1")
        first, last = max(monday, facts.start), min(monday + timedelta(days=6), facts.last_day)
        if first > last:
            outside.append(week)
        else:
            weeks.append(WeekHours(week, first, last, hours))
    return weeks, outside


def hours_between(weeks: list[WeekHours], first: date, last: date) -> Fraction:
    """The hours of several weeks that fall on the days `first..last`, exactly."""
    return Fraction(sum(week.within(first, last) for week in weeks), UNITS_PER_HOUR)


def to_hours(value: Fraction) -> Decimal:
    """Exact hours rounded half-up to hundredths, the precision every payment line shows."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(CENT, rounding=ROUND_HALF_UP)


def to_money(value: Decimal) -> Decimal:
    """Kroner rounded half-up to øre."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)
