"""Payments written out: JSON with the canonical names, or a table for people (`payment_text`), streamed
line by line. What both writers are given (`PaymentHeader`, `MunicipalTotals`) is defined here.

Lines and gaps arrive municipality by municipality (`services.payments.PaymentRun.items`); the
municipalities' totals are asked for only after their items have passed, so nothing is held but the
current municipality's gaps.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any, Protocol

from hub.exports.awaited_week import AwaitedWeek
from hub.exports.gaps import Gap
from hub.exports.payments import PaymentLine
from hub.periods import Period
from hub.quantities import hours_figure

BASIS_NAMES = {
    "da": {"occupied_places": "besatte pladser", "fixed_per_place": "fast beløb pr. plads", "none": "ingen"},
    "en": {"occupied_places": "occupied places", "fixed_per_place": "fixed per place", "none": "none"},
}


class MunicipalTotals(Protocol):
    """What a writer needs of a municipality's running totals."""

    code: str
    lines: int
    granted_hours: Decimal
    delivered_hours: Decimal
    claimable_hours: Decimal
    amount_dkk: Decimal
    gaps: int

    @property
    def name(self) -> str:
        """The municipality's name."""


@dataclass(frozen=True)
class PaymentHeader:
    """What the payments are of: the agreement, its terms and the period."""

    agreement_id: str
    agreement_name: str
    basis: str
    period: Period
    hourly_rate_dkk: Decimal | None
    hours_per_week: Decimal | None


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def line_dict(line: PaymentLine) -> dict[str, Any]:
    """A payment line with the canonical names."""
    return {
        "municipality_code": line.municipality_code,
        "place": line.place,
        "participant_id": line.participant_id,
        "citizen": {"name": line.name} if line.name else None,
        "site": {"p_number": line.p_number, "name": line.site_name},
        "period": {"start": line.first_day.isoformat(), "end": line.last_day.isoformat()},
        "days_active": line.days_active,
        "granted_hours": _money(line.granted_hours),
        "delivered_hours": _money(line.delivered_hours),
        "claimable_hours": _money(line.claimable_hours),
        "hourly_rate_dkk": _money(line.hourly_rate_dkk),
        "amount_dkk": _money(line.amount_dkk),
    }


def gap_dict(gap: Gap) -> dict[str, Any]:
    """A gap with the canonical names."""
    return {
        "municipality_code": gap.municipality_code,
        "participant_id": gap.participant_id,
        "kind": gap.kind,
        "hours": None if gap.hours is None else hours_figure(gap.hours),
        "reason_en": gap.reason_en,
        "reason_da": gap.reason_da,
        "awaiting": awaiting_dict(gap.awaiting),
    }


def awaiting_dict(week: AwaitedWeek | None) -> dict[str, Any] | None:
    """The week a `below_grant` gap waits for, as its reasons name it: `{"week": "2026-W49", "first_day",
    "last_day", "hours": "0.43", "form_period": "2026-12"}` (the month whose form gives it); None when
    nothing is awaited."""
    if week is None:
        return None
    return {
        "week": week.week,
        "first_day": week.first.isoformat(),
        "last_day": week.last.isoformat(),
        "hours": _money(week.hours),
        "form_period": week.form.label,
    }


def totals_dict(totals: MunicipalTotals) -> dict[str, Any]:
    """A municipality's sums with the canonical names."""
    return {
        "municipality_code": totals.code,
        "name": totals.name,
        "lines": totals.lines,
        "granted_hours": _money(totals.granted_hours),
        "delivered_hours": _money(totals.delivered_hours),
        "claimable_hours": _money(totals.claimable_hours),
        "amount_dkk": _money(totals.amount_dkk),
        "gaps": totals.gaps,
    }


def write_json(
    header: PaymentHeader,
    items: Iterable[PaymentLine | Gap],
    totals: Callable[[], Mapping[str, MunicipalTotals]],
    out: IO[str],
) -> None:
    """Stream `{"agreement", "period", "lines", "gaps", "municipalities", "total_amount_dkk"}`."""
    dump: Callable[[Any], str] = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    agreement = {"id": header.agreement_id, "name": header.agreement_name, "basis": header.basis}
    period = {
        "label": header.period.label,
        "start": header.period.start.isoformat(),
        "end": header.period.end.isoformat(),
    }
    out.write(f'{{"agreement": {dump(agreement)}, "period": {dump(period)},\n "lines": [')
    gaps: list[dict[str, Any]] = []
    first = True
    for item in items:
        if isinstance(item, Gap):
            gaps.append(gap_dict(item))
            continue
        out.write(("\n  " if first else ",\n  ") + dump(line_dict(item)))
        first = False
    out.write('],\n "gaps": [' + ",".join("\n  " + dump(g) for g in gaps) + "],\n")
    sums = [totals_dict(t) for t in totals().values()]
    total = sum((t.amount_dkk for t in totals().values()), Decimal("0.00"))
    out.write(f' "municipalities": {dump(sums)},\n "total_amount_dkk": {dump(_money(total))}}}\n')
