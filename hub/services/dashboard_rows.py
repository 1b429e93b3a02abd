"""What a dashboard page holds: the agreement's rows (one per site, one per municipality, one per citizen
named), a page of each list, and the whole page (`Dashboard`). Made by `dashboard.build`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from hub.exports.outcomes import OutcomeReport
from hub.models import Agreement
from hub.periods import Period

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class SiteRow:
    """A site's places on the day: occupied, empty, and since when each empty place has stood empty."""

    p_number: str
    name: str
    places: int
    occupied: int
    empty_since: tuple[date, ...]

    @property
    def empty(self) -> int:
        """Places not occupied."""
        return max(self.places - self.occupied, 0)

    @property
    def over(self) -> int:
        """Placements running beyond the site's places (the agreement's places, not a hard limit: the
        hub accepts them, and the lead is shown that the site is overbooked)."""
        return max(self.occupied - self.places, 0)


@dataclass(frozen=True)
class MunicipalityRow:
    """A municipality's part of the agreement: places, counts, and its month's hours and claim total."""

    code: str
    role: str
    places: int | None
    placements: int
    occupied: int
    ending: int
    granted: Decimal
    delivered: Decimal
    claimable: Decimal
    amount: Decimal
    with_gaps: int
    with_missing: int


@dataclass(frozen=True)
class Person:
    """A citizen named on a page: by participant id and name, the CPR as the user may see it."""

    placement_id: int
    participant_id: str
    name: str
    cpr: str
    municipality_code: str
    site_name: str
    record_id: int  # the placement's own record: where its name links to, its versions and documents


@dataclass(frozen=True)
class Listed:
    """One page of a list (`LIMIT` rows from page `page`), and how many rows there are in all."""

    rows: tuple[Any, ...]
    total: int
    page: int = 1


@dataclass(frozen=True)
class Dashboard:
    """Everything one page shows of one agreement."""

    agreement: Agreement
    as_of: date
    month: Period
    months: tuple[Period, ...]
    only: str | None  # the partner's own municipality, or None for the lead's whole agreement
    sites: tuple[SiteRow, ...]
    municipalities: tuple[MunicipalityRow, ...]
    running: Listed
    ending: Listed
    missing: Listed
    gaps: Listed
    outcomes: OutcomeReport
    chart: tuple[tuple[date, int], ...]
    stale: bool = False  # computed with other terms or audit rules than today's: being rebuilt
    claim_periods: tuple[tuple[str, Period], ...] = ()  # where evidence is checked over more than the month

    @property
    def places(self) -> int:
        """All the agreement's places."""
        return sum(site.places for site in self.sites)

    @property
    def delivered(self) -> Decimal:
        """The month's delivered hours of the municipalities shown."""
        return sum((m.delivered for m in self.municipalities if self.only in (None, m.code)), ZERO)

    @property
    def amount(self) -> Decimal:
        """The month's claim total of the municipalities shown (the sum of theirs)."""
        return sum((m.amount for m in self.municipalities if self.only in (None, m.code)), ZERO)
