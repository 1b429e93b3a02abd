"""The lead's dashboard and the partner municipality's view of one agreement, from the summaries.

A fixed number of statements per page (`dashboard_queries`), whatever the number of placements: sums and
counts for everyone, bounded lists of named citizens for those the user may see by name. CPR numbers are
shown as `hub.access.cpr_view` says: in full for the user's own citizens, masked for a lead's partners'.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hub.access import Principal
from hub.errors import NotFound
from hub.models import Agreement
from hub.periods import Period, month_of
from hub.schemas.municipalities import by_name
from hub.services import agreement_members, dashboard_months, dashboard_parts, dashboard_summary, scope
from hub.services import dashboard_queries as q
from hub.services.dashboard_rows import Dashboard, Listed
from hub.services.dashboard_statements import CHART_DAYS

LIMIT = 20  # rows per list; the total is shown beside them
SOON_DAYS = 14
CHART_MONTHS = CHART_DAYS  # eleven months' 15th and the day itself


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
    municipalities = tuple(
        dashboard_parts.municipality_row(m, groups, totals) for m in agreement.municipalities
    ) + dashboard_parts.past_rows(agreement, month, groups, totals)
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
    outcomes = dashboard_parts.outcomes(q.outcome_groups(session, agreement.id, only))
    ids = {row.placement_id for rows in (running, ending, missing, gaps) for row in rows}
    named = dashboard_parts.people(q.people(session, ids), principal, agreement)
    if agreement.payment_basis == "fixed_per_place":
        municipalities = dashboard_parts.paid_per_place(session, agreement, month, municipalities)
    return Dashboard(
        agreement=agreement,
        as_of=as_of,
        month=month,
        months=month_choices(first, as_of),
        only=only,
        sites=dashboard_parts.site_rows(agreement, groups, ends, first or as_of),
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
        claim_periods=_claim_periods(agreement, month, only),
    )


def _claim_periods(agreement: Agreement, month: Period, only: str | None) -> tuple[tuple[str, Period], ...]:
    """Each municipality's claim period the month lies in, where it is more than the month: the members'
    of now, then those taken out that were members on some day of it (decision 0010, "Payments and
    dashboards"). A partner is told its own only: another's terms are not its business."""
    found = []
    codes = [m.municipality_code for m in agreement.municipalities] + agreement_members.taken_out(agreement)
    for code in codes:
        period = dashboard_months.claim_period(code, month.start)
        if (
            only in (None, code)
            and period.kind != "month"
            and agreement_members.member_in(agreement, code, period)
        ):
            found.append((code, period))
    return tuple(found)


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
