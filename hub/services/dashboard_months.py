"""A placement's months on the dashboards: what each month pays and what evidence it lacks.

`month_rows` prices each month with the functions the payment run uses (`exports.payments`, by the
terms of the month's days where an agreement's terms changed; decision 0063) and checks its evidence
over the municipality's claim period as the auditor will (`exports.completeness`), so that a month's
row says what the claim and the audit check would say of it (decision 0017). A change to how a month is
computed bumps `dashboard_summary.VERSION`, so that every agreement's rows are computed again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hub.adapters.language.config_model import AuditRules
from hub.exports.completeness import check_placement
from hub.exports.facts import PlacementFacts
from hub.exports.gaps import HOURS_GAPS, Gap, hours_gaps
from hub.exports.payments import PaymentLine, Terms, fixed_alone, occupied_lines
from hub.periods import Period, month_of, period_of
from hub.services.registry import registry

ZERO = Decimal("0.00")
MAX_MONTHS = 48  # a placement runs 13–26 weeks; this only stops a runaway from a bad date


def audit_rules(code: str) -> AuditRules | None:
    """The municipality's audit rules (None: it has no adapter, so nothing to check evidence by)."""
    return registry().get(code).audit if code in registry() else None


def claim_period(code: str, day: date) -> Period:
    """The municipality's claim period (a month, a quarter, a half-year) that `day` lies in."""
    rules = audit_rules(code)
    return period_of(day, rules.claim_period) if rules else month_of(day)


def _months(facts: PlacementFacts, rules: AuditRules | None) -> Iterator[Period]:
    """The months the placement ran in, or in which a form about it fell due or was logged."""
    last = facts.last_day + timedelta(days=(rules.end_form_within_days or 0) if rules else 0)
    for sheet in facts.timesheets:
        for week, _ in sheet.weeks:
            last = max(last, date.fromisoformat(week + "-7"))
    month = month_of(facts.start)
    for _ in range(MAX_MONTHS):
        if month.start > last:
            return
        yield month
        month = month_of(month.end + timedelta(days=1))


def _changing(
    facts: PlacementFacts, month: Period, spans: list[tuple[date, date, Terms]]
) -> tuple[list[PaymentLine], list[Gap]]:
    """A month whose terms change in it, as the payment run prices it (`payments.municipality_items`):
    each stretch by its own terms, the hours' own gaps once for the month."""
    lines: list[PaymentLine] = []
    gaps: list[Gap] = []
    for first, last, rules in spans:
        found, told = _payment(facts, Period(first, last, month.kind), rules)
        lines += found
        gaps += [gap for gap in told if gap.kind not in HOURS_GAPS]
    return lines, gaps + hours_gaps(facts, month)


def _payment(facts: PlacementFacts, month: Period, rules: Terms) -> tuple[list[PaymentLine], list[Gap]]:
    """The placement's own lines and gaps for the month, as the payment run computes them."""
    if rules.basis == "none":
        return [], []
    if rules.basis == "fixed_per_place":
        # The placement alone on one place: the municipality's cap on places is applied by the claim
        # itself, not here (decision 0017).
        return fixed_alone(facts, month, rules)
    return occupied_lines(facts, month, rules)


def month_rows(
    facts: PlacementFacts,
    agreement_id: str,
    rules: Terms,
    audit: AuditRules | None,
    spans_of: Callable[[Period], list[tuple[date, date, Terms]]] | None = None,
) -> list[dict[str, Any]]:
    """One placement's rows of `placement_months`: only months with something to show. `spans_of`: the
    terms of each month's days, where the agreement's terms changed (decision 0063); else `rules`."""
    rows = []
    for month in _months(facts, audit):
        spans = spans_of(month) if spans_of is not None else [(month.start, month.end, rules)]
        # The evidence is checked against the terms of the month's first day.
        month_terms = spans[0][2]
        if len(spans) == 1:
            lines, gaps = _payment(facts, month, month_terms)
        else:
            lines, gaps = _changing(facts, month, spans)
        # Evidence is checked over the municipality's claim period (Ballerup's is a quarter), as the
        # auditor will check it; each month of the period shows what the period lacks by the month's
        # end: a timesheet or a report due after it is not missing yet (deterministic, not "today").
        period = period_of(month.start, audit.claim_period) if audit else month
        checked = check_placement(facts, period, audit, month_terms, as_of=month.end) if audit else None
        problems = [
            [c.rule, c.status, c.detail_en, c.detail_da]
            for c in (checked.checks if checked else ())
            if c.status != "ok"
        ]
        active = month.overlap_days(facts.start, facts.last_day)
        if not (active or lines or gaps or problems):
            continue
        rows.append(
            {
                "placement_id": facts.placement_id,
                "month": month.start,
                "agreement_id": agreement_id,
                "municipality_code": facts.municipality_code,
                "active_days": active,
                "granted_hours": sum((line.granted_hours for line in lines), ZERO),
                "delivered_hours": sum((line.delivered_hours for line in lines), ZERO),
                "claimable_hours": sum((line.claimable_hours for line in lines), ZERO),
                "amount_dkk": sum((line.amount_dkk for line in lines), ZERO),
                "gaps": len(gaps),
                "missing": len(problems),
                "problems": problems,
            }
        )
    return rows
