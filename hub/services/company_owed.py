"""What an agreement's municipalities pay its company, month by month and municipality by municipality,
for the lead's dashboard (page-119's finding 3: the lead's pages said what each citizen lacked, never
what the company is owed).

The figures are the payment run's: the dashboards' month totals, which `dashboard_months` prices with
the functions `hub payments` uses, and under `fixed_per_place` the payment run itself, as the dashboard's
month does (`dashboard_parts.paid_per_place`). Nothing is priced here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import Agreement, MonthTotal
from hub.periods import Period
from hub.schemas.municipalities import by_name
from hub.services import agreement_members, payments

ZERO = Decimal("0.00")
MONTHS = 12  # a year of months: the months before are on the payments page, month by month


@dataclass(frozen=True)
class OwedMonth:
    """One month: each municipality's amount (kroner) and their sum."""

    month: Period
    amounts: dict[str, Decimal]

    @property
    def total(self) -> Decimal:
        """The month's amount for the whole agreement: the sum of the municipalities' amounts."""
        return sum(self.amounts.values(), ZERO)


@dataclass(frozen=True)
class Owed:
    """The months (newest first) and the municipalities that are paid in any of them."""

    codes: tuple[str, ...]
    months: tuple[OwedMonth, ...]


def by_month(session: Session, agreement: Agreement, months: tuple[Period, ...]) -> Owed:
    """The amounts of the newest `MONTHS` of `months` (newest first), each municipality's."""
    shown = months[:MONTHS]
    if agreement.payment_basis == "fixed_per_place":
        amounts = {month.start: _run(session, agreement, month) for month in shown}
    else:
        amounts = _totals(session, agreement.id, shown)
    # The members of now, those taken out that were members in a month shown, and any other paid in one.
    paid = {code for found in amounts.values() for code, amount in found.items() if amount}
    past = {code for month in shown for code in agreement_members.past_members(agreement, month)}
    every = {m.municipality_code for m in agreement.municipalities} | past | paid
    # The lead first, then the others by name, as the dashboard's table of municipalities orders them.
    lead = agreement.lead_municipality
    codes = tuple([lead] + [code for code in by_name(every) if code != lead])
    rows = [
        OwedMonth(month, {code: amounts.get(month.start, {}).get(code, ZERO) for code in codes})
        for month in shown
    ]
    # The months before the first paid one are rows of zeros (the picker's months run from the first
    # placement's start, months before the hours came): left out; the newest month is kept, paid or not.
    while len(rows) > 1 and not any(rows[-1].amounts.values()):
        rows.pop()
    return Owed(codes, tuple(rows))


def _totals(
    session: Session, agreement_id: str, months: tuple[Period, ...]
) -> dict[date, dict[str, Decimal]]:
    """Each month's amounts by municipality from the dashboards' month totals, in one statement."""
    found: dict[date, dict[str, Decimal]] = {}
    if not months:
        return found
    rows = session.execute(
        select(MonthTotal.month, MonthTotal.municipality_code, MonthTotal.amount_dkk).where(
            MonthTotal.agreement_id == agreement_id,
            MonthTotal.month.in_([month.start for month in months]),
        )
    )
    for month, code, amount in rows:
        found.setdefault(month, {})[code] = Decimal(amount)
    return found


def _run(session: Session, agreement: Agreement, month: Period) -> dict[str, Decimal]:
    """One month's amounts as `hub payments` computes them (small agreements: BRFkredit's six places)."""
    return {
        code: totals.amount_dkk
        for code, totals in payments.PaymentRun(session, agreement, month).summed().items()
    }
