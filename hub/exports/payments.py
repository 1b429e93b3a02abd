"""Mentor-support payments for one period, by the agreement's basis (docs/decisions/0009-payments.md).

- `occupied_places`: a line per placement (per grant, when the municipality grants on a form of its own):
  granted hours = hours a week × days active ÷ 7, delivered hours = the signed timesheets' hours on those
  days, claimable = min(granted, delivered), amount = rate × claimable.
- `fixed_per_place`: a line per allotted place and stretch of the period (an occupant, or empty), paid
  whether occupied or not: claimable = granted; the occupant's delivered hours are shown beside.
- `none`: nothing to pay, no lines.

Hours are exact fractions until a line is made, then rounded half-up to hundredths; amounts half-up to
øre per line; a total is the sum of its lines. Every difference between grant and delivery is a `Gap`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from hub.exports.facts import Grant, PlacementFacts, WeekHours, hours_between, spread, to_hours, to_money
from hub.exports.gaps import Gap, hours_gaps
from hub.exports.grant_gaps import line_gaps, over_allotment
from hub.exports.week_grant import week_gaps
from hub.periods import Period


@dataclass(frozen=True)
class Terms:
    """An agreement's payment terms as they apply to one municipality."""

    basis: str  # occupied_places | fixed_per_place | none
    hourly_rate_dkk: Decimal
    hours_per_week: Decimal
    places: int = 0  # fixed_per_place: the places allotted to the municipality
    grants_from_forms: bool = False  # occupied_places: the municipality grants on a form of its own


@dataclass(frozen=True)
class PaymentLine:
    """One line of a payment: a placement (or a place) in the period, and what it pays."""

    municipality_code: str
    place: int | None
    participant_id: str | None
    name: str | None
    p_number: str
    site_name: str
    first_day: date
    last_day: date
    days_active: int
    granted_hours: Decimal
    delivered_hours: Decimal
    claimable_hours: Decimal
    hourly_rate_dkk: Decimal
    amount_dkk: Decimal


def delivered(facts: PlacementFacts) -> list[WeekHours]:
    """The signed timesheets' weeks of the placement (unsigned hours are gaps, not deliveries)."""
    return list(facts.derived("delivered", lambda: tuple(_delivered(facts))))


def _delivered(facts: PlacementFacts) -> Iterator[WeekHours]:
    return (week for sheet in facts.timesheets if sheet.signed for week in spread(facts, sheet)[0])


@dataclass(frozen=True)
class _Seat:
    """Who a line is for: a placement, or an empty place at a site."""

    code: str
    facts: PlacementFacts | None
    p_number: str
    site_name: str
    place: int | None = None

    def line(
        self,
        span: tuple[date, date],
        hours_a_week: Decimal,
        rate: Decimal,
        delivered: Fraction,
        fixed: bool = False,
    ) -> PaymentLine:
        days = (span[1] - span[0]).days + 1
        granted = to_hours(Fraction(hours_a_week) * days / 7)
        done = to_hours(delivered)
        claimable = granted if fixed else min(granted, done)
        person = self.facts
        return PaymentLine(
            self.code,
            self.place,
            person.participant_id if person else None,
            person.name if person else None,
            self.p_number,
            self.site_name,
            span[0],
            span[1],
            days,
            granted,
            done,
            claimable,
            rate,
            to_money(rate * claimable),
        )


def occupied_lines(
    facts: PlacementFacts, period: Period, terms: Terms
) -> tuple[list[PaymentLine], list[Gap]]:
    """The lines and gaps of one placement under `occupied_places`."""
    # The same month is asked for by the dashboard's month and by its audit check (`completeness`).
    key = ("occupied", period, terms.hourly_rate_dkk, terms.hours_per_week, terms.grants_from_forms)
    lines, gaps = facts.derived(key, lambda: _occupied(facts, period, terms))
    return list(lines), list(gaps)


def _occupied(
    facts: PlacementFacts, period: Period, terms: Terms
) -> tuple[tuple[PaymentLine, ...], tuple[Gap, ...]]:
    gaps = hours_gaps(facts, period)
    active = period.overlap(facts.start, facts.last_day)
    if active is None:
        return (), tuple(gaps)
    seat = _Seat(facts.municipality_code, facts, facts.p_number, facts.site_name)
    own = Grant(facts.start, facts.last_day, terms.hours_per_week, terms.hourly_rate_dkk)
    grants = facts.grants if terms.grants_from_forms else (own,)
    weeks = delivered(facts)
    lines: list[PaymentLine] = []
    # Stored grants of one placement never overlap (an overlapping one is a correction), so the hours
    # no grant covers are the period's hours less those of each grant's stretch.
    ungranted = hours_between(weeks, *active)
    for grant in sorted(grants, key=lambda g: g.start):
        span = period.overlap(max(grant.start, active[0]), min(grant.end, active[1]))
        if span is None:
            continue
        hours = hours_between(weeks, *span)
        ungranted -= hours
        line = seat.line(span, grant.hours_per_week, grant.hourly_rate_dkk, hours)
        lines.append(line)
        gaps += line_gaps(facts, line, grant)
    if not lines:  # no grant at all: the placement still shows, paying nothing
        lines.append(seat.line(active, Decimal(0), terms.hourly_rate_dkk, ungranted))
    if ungranted:
        gaps += line_gaps(facts, None, None, ungranted=to_hours(ungranted))
    # A week above its weekly grant is told (decision 0066); the line still pays the smaller of the
    # period's sums, as DESIGN.md's claim line says.
    gaps += week_gaps(facts, weeks, grants, period)
    return tuple(lines), tuple(gaps)


def fixed_lines(
    code: str, placements: Iterable[PlacementFacts], period: Period, terms: Terms, site: tuple[str, str]
) -> Iterator[PaymentLine | Gap]:
    """Lines per allotted place and stretch of the period (an occupant, or empty) under
    `fixed_per_place`, and the placements' gaps. Placements take the first place free at their start;
    `site` (P-number, name) is shown on the lines of empty stretches."""
    free_from = [period.start] * terms.places
    held: list[list[PlacementFacts]] = [[] for _ in range(terms.places)]
    for facts in sorted(placements, key=lambda f: (f.start, f.participant_id)):
        yield from hours_gaps(facts, period)
        if period.overlap(facts.start, facts.last_day) is None:
            continue
        starts = max(facts.start, period.start)
        place = next((k for k in range(terms.places) if free_from[k] <= starts), None)
        if place is None:
            yield over_allotment(facts, terms.places)
            continue
        held[place].append(facts)
        free_from[place] = facts.last_day + timedelta(days=1)
    a_week, rate = terms.hours_per_week, terms.hourly_rate_dkk
    for number, occupants in enumerate(held, start=1):
        empty = _Seat(code, None, site[0], site[1], number)
        day = period.start
        for facts in occupants:
            first, last = period.overlap(facts.start, facts.last_day) or (day, day)
            if day < first:
                yield empty.line((day, first - timedelta(days=1)), a_week, rate, Fraction(0), fixed=True)
            yield _fixed_line(code, facts, number, (first, last), terms)
            day = last + timedelta(days=1)
        if day <= period.end:
            yield empty.line((day, period.end), a_week, rate, Fraction(0), fixed=True)


def _fixed_line(
    code: str, facts: PlacementFacts, place: int, span: tuple[date, date], terms: Terms
) -> PaymentLine:
    """An occupant's line on a fixed place: the place's hours paid, its delivered hours shown beside."""
    seat = _Seat(code, facts, facts.p_number, facts.site_name, place)
    hours = hours_between(delivered(facts), *span)
    return seat.line(span, terms.hours_per_week, terms.hourly_rate_dkk, hours, fixed=True)


def fixed_alone(facts: PlacementFacts, period: Period, terms: Terms) -> tuple[list[PaymentLine], list[Gap]]:
    """The placement's own line and its gaps under `fixed_per_place`, as `fixed_lines` gives them for it
    alone on one place (the dashboards' month, decision 0017), without the lines of the empty place
    around it, which the dashboards have no use for (decision 0030, stop 50 (2))."""
    gaps = hours_gaps(facts, period)
    span = period.overlap(facts.start, facts.last_day)
    if span is None:
        return [], gaps
    return [_fixed_line(facts.municipality_code, facts, 1, span, terms)], gaps
