"""What the period's claim says of each placement on the auditor's page: its days, the hours granted,
delivered and claimed, the amount, and why any hours are not claimed, beside the checks of the evidence.

The auditor had the checks on the page ("timer inden for bevillingen: ok") and the claim's lines only in
the bundle's PDF, to be matched by name (decision 0062, "Stop 49: walk-51"). The figures are the claim's
own: where the terms are one for the whole period and pay per occupied place, a placement's lines are
`occupied_lines` of its facts, as `services.payments.municipality_items` makes them for the claim. A
change of terms in the period or a price per place makes the claim's lines otherwise (stretches, places):
then the page says nothing of them rather than something else than the claim (the bundle has it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from hub.exports.completeness import PlacementCheck
from hub.exports.payments import occupied_lines
from hub.models import Agreement
from hub.periods import Period
from hub.services.payment_terms import terms_spans


@dataclass(frozen=True)
class Claimed:
    """One placement's lines of the claim, summed, and the reasons some of its hours are not claimed."""

    days: int
    granted: Decimal
    delivered: Decimal
    claimable: Decimal
    amount: Decimal
    reasons_da: tuple[str, ...]
    reasons_en: tuple[str, ...]


def claimed(
    rows: Iterable[tuple[Agreement, PlacementCheck]], code: str, period: Period
) -> dict[str, Claimed]:
    """The claim's figures of each row's placement, by participant id; a placement the claim has no line
    for (it did not run in the period, or the terms make lines the page does not show) is left out."""
    found: dict[str, Claimed] = {}
    for agreement, checked in rows:
        spans = terms_spans(agreement, code, period)
        whole, rules = spans[0][:2] == (period.start, period.end), spans[0][2]
        if len(spans) != 1 or not whole or rules.basis != "occupied_places":
            continue
        lines, gaps = occupied_lines(checked.facts, period, rules)
        if not lines:
            continue
        found[checked.facts.participant_id] = Claimed(
            days=sum(line.days_active for line in lines),
            granted=sum((line.granted_hours for line in lines), Decimal(0)),
            delivered=sum((line.delivered_hours for line in lines), Decimal(0)),
            claimable=sum((line.claimable_hours for line in lines), Decimal(0)),
            amount=sum((line.amount_dkk for line in lines), Decimal(0)),
            reasons_da=tuple(gap.reason_da for gap in gaps),
            reasons_en=tuple(gap.reason_en for gap in gaps),
        )
    return found
