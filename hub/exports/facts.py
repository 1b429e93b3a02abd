"""What the canonical store knows about one placement, in the shape payments and audit checks need.

`services.facts` reads these from the database; everything downstream (payments, claims, the auditor's
completeness report, the company's "what is due") is computed from them without touching SQL, so it can
be tested with facts written by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

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
    ended: Dated | None = None  # the end form, when one came in
    grants: tuple[Grant, ...] = ()
    timesheets: tuple[Timesheet, ...] = ()
    progress_reports: tuple[Dated, ...] = ()
    placement_source: Source | None = None

    @property
    def last_day(self) -> date:
        """The last day the placement ran: the end form's day, else the planned end."""
        return self.ended.day if self.ended is not None else self.end

    def active_days(self, first: date, last: date) -> Iterator[date]:
        """The days of `first..last` on which the placement ran."""
        day, stop = max(first, self.start), min(last, self.last_day)
        while day <= stop:
            yield day
            day += timedelta(days=1)


def week_days(week: str) -> list[date]:
    """The seven days of an ISO week ("2026-W32")."""
    monday = date.fromisoformat(week + "-1")
    return [monday + timedelta(days=i) for i in range(7)]


def spread(facts: PlacementFacts, timesheet: Timesheet) -> tuple[dict[date, Fraction], list[str]]:
    """A timesheet's hours per day: each week's hours spread evenly over the days the placement ran
    in that week (a canonical timesheet keeps weeks, not days). Weeks in which it did not run at all
    come back by name: their hours belong to no day of the placement."""
    per_day: dict[date, Fraction] = {}
    outside: list[str] = []
    for week, hours in timesheet.weeks:
        days = week_days(week)
        active = list(facts.active_days(days[0], days[-1]))
        if not active:
            outside.append(week)
            continue
        share = Fraction(hours) / len(active)
        for day in active:
            per_day[day] = per_day.get(day, Fraction(0)) + share
    return per_day, outside


def to_hours(value: Fraction) -> Decimal:
    """Exact hours rounded half-up to hundredths, the precision every payment line shows."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(CENT, rounding=ROUND_HALF_UP)


def to_money(value: Decimal) -> Decimal:
    """Kroner rounded half-up to øre."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)
