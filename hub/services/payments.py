"""Payments of an agreement for a period, municipality by municipality, streamed line by line.

The terms that price each day are `payment_terms`' (offered from here too, as before the split).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from hub.errors import NotFound
from hub.exports.facts import PlacementFacts
from hub.exports.gaps import HOURS_GAPS, Gap, hours_gaps
from hub.exports.payments import PaymentLine, Terms, fixed_lines, occupied_lines
from hub.models import Agreement
from hub.periods import Period
from hub.schemas.municipalities import municipality_name
from hub.services import agreement_members
from hub.services.facts import placement_facts
from hub.services.payment_terms import terms, terms_spans

__all__ = ["PaymentRun", "Totals", "agreement", "municipality_items", "terms", "terms_spans"]


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
    spans = terms_spans(agreement, code, period)
    if len(spans) > 1 or spans[0][:2] != (period.start, period.end):  # or a member for part of it only
        yield from _changing(session, agreement, code, period, spans, seen)
        return
    rules = spans[0][2]
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


def _changing(
    session: Session,
    agreement: Agreement,
    code: str,
    period: Period,
    spans: list[tuple[date, date, Terms]],
    seen: Callable[[PlacementFacts], None] | None,
) -> Iterator[PaymentLine | Gap]:
    """The items of a period whose terms change in it: each stretch priced by its own terms as a period
    of its own, then the gaps of the hours (signatures, months without a timesheet) once, for the whole
    period, as they do not depend on the terms and a stretch that splits a month or a week would miss
    or repeat them."""
    if all(rules.basis == "none" for *_, rules in spans):
        return
    found = placement_facts(session, agreement.id, code, period)
    facts = list(_tapped(found, seen) if seen is not None else found)
    for first, last, rules in spans:
        part = Period(first, last, period.kind)
        if rules.basis == "fixed_per_place":
            site = agreement.sites[0]
            items: Iterable[PaymentLine | Gap] = fixed_lines(
                code, facts, part, rules, (site.p_number, site.name)
            )
        elif rules.basis == "occupied_places":
            items = (
                item
                for placement in facts
                for group in occupied_lines(placement, part, rules)
                for item in group
            )
        else:
            continue
        yield from (item for item in items if not (isinstance(item, Gap) and item.kind in HOURS_GAPS))
    for placement in facts:
        yield from hours_gaps(placement, period)


def _tapped(
    facts: Iterator[PlacementFacts], seen: Callable[[PlacementFacts], None]
) -> Iterator[PlacementFacts]:
    for placement in facts:
        seen(placement)
        yield placement


class PaymentRun:
    """An agreement's payments for a period: `items()` streams every line and gap, municipality by
    municipality, and `totals` holds each municipality's sums once its items have passed: the members of
    now, then each municipality taken out that was a member on some day of the period, for those days
    only, as its claim (decision 0010, "Payments and dashboards")."""

    def __init__(self, session: Session, agreement: Agreement, period: Period) -> None:
        self.session, self.agreement, self.period = session, agreement, period
        self.totals = {
            m.municipality_code: Totals(
                m.municipality_code, terms(agreement, m.municipality_code, period.start)
            )
            for m in agreement.municipalities
        }
        for code in agreement_members.past_members(agreement, period):
            # The terms of its first day as a member in the period (`period.start` may be after it left).
            self.totals[code] = Totals(code, terms_spans(agreement, code, period)[0][2])

    def items(self) -> Iterator[PaymentLine | Gap]:
        """Every line and gap, the lead's municipality first."""
        for code, totals in self.totals.items():
            for item in municipality_items(self.session, self.agreement, code, self.period):
                totals.add(item)
                yield item

    def summed(self) -> dict[str, Totals]:
        """Each municipality's sums with every item passed, for a caller that wants the sums alone (a
        dashboard's month); call it once, and not after `items()`: each item adds to the sums as it passes."""
        for _item in self.items():
            pass
        return self.totals

    @property
    def amount_dkk(self) -> Decimal:
        """The agreement's total: the sum of the municipalities' totals (the sums of their lines)."""
        return sum((t.amount_dkk for t in self.totals.values()), Decimal("0.00"))
