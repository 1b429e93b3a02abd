"""Payments of an agreement for a period, municipality by municipality, streamed line by line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from hub.errors import NotFound
from hub.exports.facts import PlacementFacts
from hub.exports.gaps import Gap
from hub.exports.payments import PaymentLine, Terms, fixed_lines, occupied_lines
from hub.models import Agreement
from hub.periods import Period
from hub.schemas.municipalities import municipality_name
from hub.services.facts import placement_facts
from hub.services.registry import registry


def agreement(session: Session, agreement_id: str) -> Agreement:
    """One agreement by id, or a `NotFound` that lists the ones there are."""
    found = session.get(Agreement, agreement_id)
    if found is None:
        known = ", ".join(sorted(a for (a,) in session.query(Agreement.id))) or "none"
        raise NotFound(
            f"no agreement {agreement_id!r} (known: {known})",
            f"ingen aftale {agreement_id!r} (kendte: {known})",
        )
    return found


def terms(agreement: Agreement, code: str) -> Terms:
    """The agreement's payment terms as they apply to one of its municipalities."""
    member = next((m for m in agreement.municipalities if m.municipality_code == code), None)
    reg = registry()
    grants_from_forms = code in reg and any(f.form_type == "mentor_support" for f in reg.get(code).forms)
    return Terms(
        basis=agreement.payment_basis,
        hourly_rate_dkk=agreement.hourly_rate_dkk or Decimal("0.00"),
        hours_per_week=agreement.hours_per_week or Decimal(0),
        places=(member.places or 0) if member else 0,
        grants_from_forms=grants_from_forms,
    )


@dataclass
class Totals:
    """Running sums of one municipality's lines."""

    code: str
    terms: Terms
    lines: int = 0
    granted_hours: Decimal = Decimal("0.00")
    delivered_hours: Decimal = Decimal("0.00")
    claimable_hours: Decimal = Decimal("0.00")
    amount_dkk: Decimal = Decimal("0.00")
    gaps: int = 0
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The municipality's name."""
        return municipality_name(self.code)

    def add(self, item: PaymentLine | Gap) -> None:
        """Count one line or gap."""
        if isinstance(item, Gap):
            self.gaps += 1
            self.kinds[item.kind] = self.kinds.get(item.kind, 0) + 1
            return
        self.lines += 1
        self.granted_hours += item.granted_hours
        self.delivered_hours += item.delivered_hours
        self.claimable_hours += item.claimable_hours
        self.amount_dkk += item.amount_dkk


def municipality_items(
    session: Session,
    agreement: Agreement,
    code: str,
    period: Period,
    seen: Callable[[PlacementFacts], None] | None = None,
) -> Iterator[PaymentLine | Gap]:
    """One municipality's lines and gaps for the period (nothing under basis `none`); `seen` is called
    with each placement's facts before any line made from them, for a caller that needs more of the
    placement than a payment line carries (a claim's CPR numbers) without reading it a second time."""
    rules = terms(agreement, code)
    if rules.basis == "none":
        return
    facts = placement_facts(session, agreement.id, code, period)
    if seen is not None:
        facts = _tapped(facts, seen)
    if rules.basis == "fixed_per_place":
        first_site = agreement.sites[0]
        yield from fixed_lines(code, facts, period, rules, (first_site.p_number, first_site.name))
        return
    for placement in facts:
        lines, gaps = occupied_lines(placement, period, rules)
        yield from lines
        yield from gaps


def _tapped(
    facts: Iterator[PlacementFacts], seen: Callable[[PlacementFacts], None]
) -> Iterator[PlacementFacts]:
    for placement in facts:
        seen(placement)
        yield placement


class PaymentRun:
    """An agreement's payments for a period: `items()` streams every line and gap, municipality by
    municipality, and `totals` holds each municipality's sums once its items have passed."""

    def __init__(self, session: Session, agreement: Agreement, period: Period) -> None:
        self.session, self.agreement, self.period = session, agreement, period
        self.totals = {
            m.municipality_code: Totals(m.municipality_code, terms(agreement, m.municipality_code))
            for m in agreement.municipalities
        }

    def items(self) -> Iterator[PaymentLine | Gap]:
        """Every line and gap, the lead's municipality first."""
        for code, totals in self.totals.items():
            for item in municipality_items(self.session, self.agreement, code, self.period):
                totals.add(item)
                yield item

    @property
    def amount_dkk(self) -> Decimal:
        """The agreement's total: the sum of the municipalities' totals (the sums of their lines)."""
        return sum((t.amount_dkk for t in self.totals.values()), Decimal("0.00"))
