"""The parts of a dashboard made from what `dashboard_queries` counted: the sites' and municipalities'
rows, the per-place payments that replace a month's sums under `fixed_per_place`, the citizens named on
the page, and the outcomes table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy.orm import Session

from hub.access import Principal, cpr_view
from hub.exports.outcomes import BENEFIT_ROWS, OutcomeReport
from hub.models import Agreement, AgreementMunicipality
from hub.periods import Period
from hub.pseudonyms import show_cpr
from hub.schemas.records import OUTCOMES
from hub.services import agreement_members, payments
from hub.services import dashboard_queries as q
from hub.services.agreement_terms import history
from hub.services.dashboard_rows import ZERO, MunicipalityRow, Person, SiteRow


def site_rows(
    agreement: Agreement, groups: list[q.Group], ends: dict[str, list[date]], first: date
) -> tuple[SiteRow, ...]:
    """The agreement's sites on the day, from the groups counted as of it and each site's latest ends."""
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


def municipality_row(
    member: AgreementMunicipality, groups: list[q.Group], totals: dict[str, Any]
) -> MunicipalityRow:
    """A municipality's row: its groups' counts, and its month's sums from `totals` (zero when none)."""
    return _row(member.municipality_code, member.role, member.places, groups, totals)


def past_rows(
    agreement: Agreement, month: Period, groups: list[q.Group], totals: dict[str, Any]
) -> tuple[MunicipalityRow, ...]:
    """A row of each municipality taken out of the agreement that was a member on some day of the month
    (role `removed`), with the places of its first such day: its month's payments are the agreement's
    (`paid_per_place`), as its claim's are (decision 0010, "Payments and dashboards")."""
    return tuple(
        _row(code, "removed", _places(agreement, code, month), groups, totals)
        for code in agreement_members.past_members(agreement, month)
    )


def _places(agreement: Agreement, code: str, month: Period) -> int | None:
    """The places of the first version of the terms in the month that lists the municipality."""
    return next(
        v.places[code]
        for v in history(agreement)
        if code in v.places and month.overlap(v.valid_from or month.start, v.valid_to or month.end)
    )


def _row(
    code: str, role: str, places: int | None, groups: list[q.Group], totals: dict[str, Any]
) -> MunicipalityRow:
    own = [g for g in groups if g.municipality_code == code]
    month = totals.get(code)
    return MunicipalityRow(
        code=code,
        role=role,
        places=places,
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


def paid_per_place(
    session: Session, agreement: Agreement, month: Period, rows: tuple[MunicipalityRow, ...]
) -> tuple[MunicipalityRow, ...]:
    """Under `fixed_per_place` a municipality is paid for the places allotted to it, occupied or not, and
    never for more: a sum of per-placement amounts would be wrong both ways. Such agreements are small
    (BRFkredit: 6 places), so their month is computed as `hub payments` computes it: the same numbers."""
    totals = payments.PaymentRun(session, agreement, month).summed()
    return tuple(
        replace(row, claimable=totals[row.code].claimable_hours, amount=totals[row.code].amount_dkk)
        for row in rows
    )


def people(
    found: dict[int, tuple[str, dict[str, Any], int]], principal: Principal, agreement: Agreement
) -> dict[int, Person]:
    """Each placement's citizen as the user may see them (`cpr_view`), by placement id."""
    people = {}
    for placement_id, (participant, data, record_id) in found.items():
        code = data["municipality_code"]
        view = cpr_view(principal, code, agreement.lead_municipality, "masked")
        cpr = show_cpr(data["citizen"]["cpr"], view) if view != "none" else ""
        name = data["citizen"]["name"]
        site = data["site"]["name"]
        people[placement_id] = Person(placement_id, participant, name, cpr, code, site, record_id)
    return people


def outcomes(groups: list[Any]) -> OutcomeReport:
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
            if g.outcome:  # the summaries keep "" for an end whose outcome was left blank: ended only
                outcomes[g.outcome] = outcomes.get(g.outcome, 0) + g.count
    average = (Decimal(days) / ended).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) if ended else None
    return OutcomeReport(total - ended, ended, outcomes, benefits, male, total - male, under_30, average)
