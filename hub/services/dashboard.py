"""The lead's dashboard and the partner municipality's view of one agreement, from the summaries.

A fixed number of statements per page (`dashboard_queries`), whatever the number of placements: sums and
counts for everyone, bounded lists of named citizens for those the user may see by name. CPR numbers are
shown as `hub.access.cpr_view` says: in full for the user's own citizens, masked for a lead's partners'.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hub.access import Principal, cpr_view
from hub.errors import NotFound
from hub.exports.outcomes import BENEFIT_ROWS, OutcomeReport
from hub.models import Agreement, AgreementMunicipality
from hub.periods import Period, month_of
from hub.pseudonyms import show_cpr
from hub.schemas.municipalities import by_name
from hub.schemas.records import OUTCOMES
from hub.services import dashboard_queries as q
from hub.services import dashboard_summary, payments, scope

LIMIT = 20  # rows per list; the total is shown beside them
SOON_DAYS = 14
CHART_MONTHS = q.CHART_DAYS  # eleven months' 15th and the day itself
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


def led(session: Session, principal: Principal) -> list[Agreement]:
    """The agreements the user's municipality leads (none unless the user is a lead)."""
    if principal.role != "lead":
        return []
    query = select(Agreement).where(Agreement.lead_municipality == principal.municipality)
    return list(session.scalars(query.order_by(Agreement.id)))


def partnered(session: Session, principal: Principal) -> list[Agreement]:
    """The agreements the user's municipality is part of."""
    return scope.agreements(session, principal) if principal.role in ("lead", "municipality") else []


def _agreement(session: Session, agreement_id: str) -> Agreement:
    query = (
        select(Agreement)
        .options(selectinload(Agreement.sites), selectinload(Agreement.municipalities))
        .where(Agreement.id == agreement_id)
    )
    found = session.scalar(query)
    if found is None:
        raise NotFound(f"no agreement {agreement_id}", f"aftalen {agreement_id} findes ikke")
    return found


def chart_days(as_of: date) -> list[date]:
    """The 15th of each of the last months up to `as_of`'s month, and `as_of` itself last."""
    days, month = [], month_of(as_of)
    for _ in range(CHART_MONTHS - 1):
        month = month_of(month.start - timedelta(days=1))
        days.append(month.start.replace(day=15))
    return [*reversed(days), as_of]


def month_choices(first: date | None, as_of: date) -> tuple[Period, ...]:
    """The months a user may pick: from the first start to `as_of`'s month, newest first (at most 36)."""
    months: list[Period] = []
    month = month_of(as_of)
    while len(months) < 36 and (first is None or month.end >= first):
        months.append(month)
        month = month_of(month.start - timedelta(days=1))
    return tuple(months)


def last_month_with_hours(session: Session, board: Dashboard) -> Period | None:
    """The latest month before the board's with hours delivered, when the board's month has none: a
    new month, or a partnership that has ended, opens on a month with little to see."""
    if board.delivered or board.amount:
        return None
    found = q.last_month_with_hours(session, board.agreement.id, board.month.start, board.only)
    return None if found is None else month_of(found)


LISTS = ("running", "ending", "missing", "gaps")  # the lists a page shows a page of at a time


def build(
    session: Session,
    principal: Principal,
    agreement_id: str,
    month: Period,
    as_of: date,
    only: str | None = None,
    pages: Mapping[str, int] | None = None,
) -> Dashboard:
    """One agreement's page as of a day, for a month; `only` restricts named rows to one municipality;
    `pages` picks the page of each list (`LISTS`; the first when not given, the last when past it)."""
    scope.agreement(session, principal, agreement_id)  # the user's party may see it at all
    agreement = _agreement(session, agreement_id)
    soon, chart = as_of + timedelta(days=SOON_DAYS), chart_days(as_of)
    groups = q.groups(session, agreement.id, as_of, soon, chart)
    first = q.first_start(session, agreement.id)
    deepest = max((site.places for site in agreement.sites), default=0)
    ends = q.emptied(session, agreement.id, as_of, deepest)
    totals = {row.municipality_code: row for row in q.month_totals(session, agreement.id, month.start)}
    municipalities = tuple(_municipality(m, groups, totals) for m in agreement.municipalities)
    mine = [m for m in municipalities if only in (None, m.code)]
    counts = {
        "running": sum(m.occupied for m in mine),
        "ending": sum(m.ending for m in mine),
        "missing": sum(m.with_missing for m in mine),
        "gaps": sum(m.with_gaps for m in mine),
    }
    page = {name: _page((pages or {}).get(name, 1), counts[name]) for name in LISTS}
    skip = {name: (page[name] - 1) * LIMIT for name in LISTS}
    running = q.running(session, agreement.id, as_of, only, LIMIT, skip["running"])
    ending = q.ending(session, agreement.id, as_of, soon, only, LIMIT, skip["ending"])
    # Named citizens with missing evidence or gaps: municipality by municipality in the order of their
    # names, each read along its own index (`_slices`).
    missing_at = _slices([(m.code, m.with_missing) for m in mine], skip["missing"])
    missing = q.flagged(session, agreement.id, month.start, False, missing_at)
    gaps_at = _slices([(m.code, m.with_gaps) for m in mine], skip["gaps"])
    gaps = q.flagged(session, agreement.id, month.start, True, gaps_at)
    outcomes = _outcomes(q.outcome_groups(session, agreement.id, only))
    ids = {row.placement_id for rows in (running, ending, missing, gaps) for row in rows}
    named = _people(q.people(session, ids), principal, agreement)
    if agreement.payment_basis == "fixed_per_place":
        municipalities = _paid_per_place(session, agreement, month, municipalities)
    return Dashboard(
        agreement=agreement,
        as_of=as_of,
        month=month,
        months=month_choices(first, as_of),
        only=only,
        sites=_sites(agreement, groups, ends, first or as_of),
        municipalities=municipalities,
        running=Listed(
            tuple((named[r.placement_id], r.start, r.last_day) for r in running),
            counts["running"],
            page["running"],
        ),
        ending=Listed(
            tuple((named[r.placement_id], r.last_day) for r in ending), counts["ending"], page["ending"]
        ),
        missing=Listed(
            tuple((named[r.placement_id], r.problems) for r in missing), counts["missing"], page["missing"]
        ),
        gaps=Listed(tuple((named[r.placement_id], r) for r in gaps), counts["gaps"], page["gaps"]),
        outcomes=outcomes,
        chart=tuple((day, sum(g.days[i] for g in groups)) for i, day in enumerate(chart)),
        stale=dashboard_summary.stale(session, agreement),
        # A partner is told its own municipality's period only: another's terms are not its business.
        claim_periods=tuple(
            (m.municipality_code, period)
            for m in agreement.municipalities
            if only in (None, m.municipality_code)
            and (period := dashboard_summary.claim_period(m.municipality_code, month.start)).kind != "month"
        ),
    )


def _page(asked: int, total: int) -> int:
    """The page asked for, from 1 to the list's last (a link kept from when the list was longer)."""
    return min(max(asked, 1), max(1, -(-total // LIMIT)))


def _slices(counts: list[tuple[str, int]], skip: int) -> list[tuple[str, int, int]]:
    """Which rows of each municipality a page of `LIMIT` rows from the `skip`th holds, municipality by
    municipality in the Danish order of their names: `(code, limit, offset)`, from `counts` (how many
    rows each has), only for the municipalities the page reaches."""
    found: list[tuple[str, int, int]] = []
    start, room, wanted = 0, LIMIT, dict(counts)
    for code in by_name(wanted):
        if room <= 0:
            break
        if start + wanted[code] > skip:
            offset = max(skip - start, 0)
            taken = min(room, wanted[code] - offset)
            found.append((code, taken, offset))
            room -= taken
        start += wanted[code]
    return found


def _sites(
    agreement: Agreement, groups: list[q.Group], ends: dict[str, list[date]], first: date
) -> tuple[SiteRow, ...]:
    rows = []
    for site in agreement.sites:
        occupied = sum(g.occupied for g in groups if g.p_number == site.p_number)
        empty = max(site.places - occupied, 0)
        emptied = [day + timedelta(days=1) for day in ends.get(site.p_number, [])]
        # The rule of `services.company.occupancy`: the k-th empty place has stood empty since the day
        # after the k-th most recent end; with fewer ends than empty places, since the first start.
        since = tuple(emptied[k] if k < len(emptied) else first for k in range(empty))
        rows.append(SiteRow(site.p_number, site.name, site.places, occupied, since))
    return tuple(rows)


def _municipality(
    member: AgreementMunicipality, groups: list[q.Group], totals: dict[str, Any]
) -> MunicipalityRow:
    own = [g for g in groups if g.municipality_code == member.municipality_code]
    month = totals.get(member.municipality_code)
    return MunicipalityRow(
        code=member.municipality_code,
        role=member.role,
        places=member.places,
        placements=sum(g.total for g in own),
        occupied=sum(g.occupied for g in own),
        ending=sum(g.ending for g in own),
        granted=Decimal(month.granted) if month else ZERO,
        delivered=Decimal(month.delivered) if month else ZERO,
        claimable=Decimal(month.claimable) if month else ZERO,
        amount=Decimal(month.amount).quantize(Decimal("0.01")) if month else ZERO,
        with_gaps=int(month.with_gaps) if month else 0,
        with_missing=int(month.with_missing) if month else 0,
    )


def _paid_per_place(
    session: Session, agreement: Agreement, month: Period, rows: tuple[MunicipalityRow, ...]
) -> tuple[MunicipalityRow, ...]:
    """Under `fixed_per_place` a municipality is paid for the places allotted to it, occupied or not, and
    never for more: a sum of per-placement amounts would be wrong both ways. Such agreements are small
    (BRFkredit: 6 places), so their month is computed as `hub payments` computes it: the same numbers."""
    run = payments.PaymentRun(session, agreement, month)
    for _item in run.items():
        pass  # the run keeps each municipality's sums as its items pass
    return tuple(
        replace(row, claimable=run.totals[row.code].claimable_hours, amount=run.totals[row.code].amount_dkk)
        for row in rows
    )


def _people(
    found: dict[int, tuple[str, dict[str, Any], int]], principal: Principal, agreement: Agreement
) -> dict[int, Person]:
    people = {}
    for placement_id, (participant, data, record_id) in found.items():
        code = data["municipality_code"]
        view = cpr_view(principal, code, agreement.lead_municipality, "masked")
        cpr = show_cpr(data["citizen"]["cpr"], view) if view != "none" else ""
        name = data["citizen"]["name"]
        site = data["site"]["name"]
        people[placement_id] = Person(placement_id, participant, name, cpr, code, site, record_id)
    return people


def _outcomes(groups: list[Any]) -> OutcomeReport:
    """The seed-002 table from counted groups (the same rules as `exports.outcomes.compute_outcomes`)."""
    outcomes = dict.fromkeys(OUTCOMES, 0)
    benefits = dict.fromkeys(BENEFIT_ROWS, 0)
    total = ended = male = under_30 = days = 0
    for g in groups:
        total += g.count
        male += g.count if g.male else 0
        under_30 += g.count if g.under_30 else 0
        benefits[g.benefit_row] = benefits.get(g.benefit_row, 0) + g.count
        if g.ended:
            ended += g.count
            days += int(g.days)
            if g.outcome is not None:
                outcomes[g.outcome] = outcomes.get(g.outcome, 0) + g.count
    average = (Decimal(days) / ended).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) if ended else None
    return OutcomeReport(total - ended, ended, outcomes, benefits, male, total - male, under_30, average)
