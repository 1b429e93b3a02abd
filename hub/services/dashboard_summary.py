"""The dashboards' summary of each placement: its rows computed from its records.

`rows_of` computes one placement's summary and its months from the canonical store with the same
functions the payments and the audit check use (`exports.payments`, `exports.completeness`), so a
dashboard reads sums instead of every placement (decision 0017); `dashboard_refresh` keeps them in step
in the transaction that stores a record about the placement.
`rebuild` does the same for a whole agreement in one streamed pass (after a migration, a change of an
agreement's terms or of a municipality's audit rules, and for the benchmark's bulk data).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from hub.adapters.language.config_model import AuditRules
from hub.exports.completeness import check_placement
from hub.exports.facts import PlacementFacts
from hub.exports.gaps import HOURS_GAPS, Gap, hours_gaps
from hub.exports.outcomes import age_on, benefit_row
from hub.exports.payments import PaymentLine, Terms, fixed_lines, occupied_lines
from hub.models import (
    Agreement,
    Placement,
    PlacementMonth,
    PlacementSummary,
    Record,
    RecordVersion,
    SummaryState,
)
from hub.periods import Period, month_of, period_of
from hub.schemas.cpr import cpr_born_and_male
from hub.services import dashboard_totals
from hub.services.facts import placement_facts
from hub.services.id_lists import among
from hub.services.payments import terms, terms_spans
from hub.services.registry import registry

ZERO = Decimal("0.00")
MAX_MONTHS = 48  # a placement runs 13–26 weeks; this only stops a runaway from a bad date
BATCH = 2000
# Bump when the rows are computed differently: every agreement is then rebuilt. 5: the problems' Danish
# texts write a date as the pages do (3. aug. 2026, not 03.08.2026; decision 0062). 6: a month's
# timesheet is one with a week of that month (its Thursday), not the next month's first week (decision
# 0012, "Evidence inside the period"). 7: a period with no timesheet is not "0 signed" but ok or missing by
# whether hours are claimed in it, and a placement its end form ran on into a month counts there (decision
# 0012, "Stop 39: nothing to check is not ok").
VERSION = "7"


def _rules(code: str) -> AuditRules | None:
    return registry().get(code).audit if code in registry() else None


def claim_period(code: str, day: date) -> Period:
    """The municipality's claim period (a month, a quarter, a half-year) that `day` lies in."""
    rules = _rules(code)
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


def _alone(rules: Terms) -> Terms:
    """The terms a month's lines are computed with: a fixed price for the placement alone on one place."""
    return replace(rules, places=1) if rules.basis == "fixed_per_place" else rules


def _changing(
    facts: PlacementFacts, month: Period, spans: list[tuple[date, date, Terms]]
) -> tuple[list[PaymentLine], list[Gap]]:
    """A month whose terms change in it, as the payment run prices it (`payments.municipality_items`):
    each stretch by its own terms, the hours' own gaps once for the month."""
    lines: list[PaymentLine] = []
    gaps: list[Gap] = []
    for first, last, rules in spans:
        found, told = _payment(facts, Period(first, last, month.kind), _alone(rules))
        lines += found
        gaps += [gap for gap in told if gap.kind not in HOURS_GAPS]
    return lines, gaps + hours_gaps(facts, month)


def _payment(facts: PlacementFacts, month: Period, rules: Terms) -> tuple[list[PaymentLine], list[Gap]]:
    """The placement's own lines and gaps for the month, as the payment run computes them."""
    if rules.basis == "none":
        return [], []
    if rules.basis == "fixed_per_place":
        # `rules` has one place (`month_rows`): the placement alone on one place; the municipality's cap
        # on places is applied by the claim itself, not here (decision 0017).
        items = list(fixed_lines(facts.municipality_code, [facts], month, rules, ("", "")))
        lines = [i for i in items if isinstance(i, PaymentLine) and i.participant_id == facts.participant_id]
        return lines, [i for i in items if isinstance(i, Gap)]
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
            lines, gaps = _payment(facts, month, _alone(month_terms))
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


def summary_row(
    facts: PlacementFacts, agreement_id: str, placement: dict[str, Any], outcome: str | None
) -> dict[str, Any]:
    """One placement's row of `placement_summaries`."""
    born, male = cpr_born_and_male(facts.cpr)
    return {
        "placement_id": facts.placement_id,
        "agreement_id": agreement_id,
        "municipality_code": facts.municipality_code,
        "p_number": facts.p_number,
        "start": facts.start,
        "last_day": facts.last_day,
        "ended": facts.ended is not None,
        "outcome": outcome,
        "days": (facts.ended.day - facts.start).days + 1 if facts.ended else None,
        "male": male,
        "under_30": age_on(born, facts.start) < 30,
        "benefit_row": benefit_row(placement),
    }


def _contents(session: Session, agreement_id: str | None, placement_ids: list[int] | None) -> Any:
    """(placement id, form type, data) of the current placement and placement_end records."""
    query = (
        select(Record.placement_id, Record.form_type, RecordVersion.data)
        .join(
            RecordVersion,
            (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
        )
        .join(Placement, Placement.id == Record.placement_id)
        .where(Record.form_type.in_(("placement", "placement_end")))
    )
    if agreement_id is not None:
        query = query.where(Placement.agreement_id == agreement_id)
    if placement_ids is not None:
        query = query.where(among(session, Record.placement_id, placement_ids))
    return session.execute(query.execution_options(yield_per=BATCH))


def contents_of(session: Session, placement_ids: list[int]) -> dict[int, dict[str, dict[str, Any]]]:
    """Each placement's current placement and placement_end records' data, by form type."""
    contents: dict[int, dict[str, dict[str, Any]]] = {}
    for placement_id, kind, data in _contents(session, None, placement_ids):
        contents.setdefault(placement_id, {})[kind] = data
    return contents


def rows_of(
    facts: PlacementFacts,
    agreement: Agreement | None,
    contents: dict[str, dict[str, Any]],
    known: dict[tuple[str, str], Terms] | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """A placement's summary row and month rows (None: it has no placement record, or no agreement).

    `known`: the payment terms already worked out in this pass, by agreement and municipality, filled
    here; one dict for one pass over placements whose agreements do not change meanwhile (a batch's
    refresh, a rebuild), so that a hundred placements of one agreement ask for its terms once."""
    placement = contents.get("placement")
    if placement is None or agreement is None:
        return None
    outcome = (contents.get("placement_end") or {}).get("outcome")
    key = (agreement.id, facts.municipality_code)
    rules = known.get(key) if known is not None else None
    if rules is None:
        rules = terms(agreement, facts.municipality_code)
        if known is not None:
            known[key] = rules
    code = facts.municipality_code
    # An agreement whose terms changed prices each month by the terms of its days (decision 0063).
    changed = len(agreement.terms_history) > 1
    spans_of = (lambda month: terms_spans(agreement, code, month)) if changed else None
    months = month_rows(facts, agreement.id, rules, _rules(code), spans_of)
    return summary_row(facts, agreement.id, placement, outcome), months


def rebuild(session: Session, agreement_id: str) -> int:
    """Recompute every placement of an agreement, streamed, and commit; returns how many."""
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        return 0
    session.execute(delete(PlacementMonth).where(PlacementMonth.agreement_id == agreement_id))
    session.execute(delete(PlacementSummary).where(PlacementSummary.agreement_id == agreement_id))
    contents: dict[int, dict[str, dict[str, Any]]] = {}
    for placement_id, kind, data in _contents(session, agreement_id, None):
        contents.setdefault(placement_id, {})[kind] = data
    summaries: list[dict[str, Any]] = []
    months: list[dict[str, Any]] = []
    count = 0
    known: dict[tuple[str, str], Terms] = {}
    for facts in placement_facts(session, agreement_id):
        rows = rows_of(facts, agreement, contents.pop(facts.placement_id, {}), known)
        if rows is None:
            continue
        summaries.append(rows[0])
        months.extend(rows[1])
        count += 1
        if len(summaries) >= BATCH:
            _flush(session, summaries, months)
    _flush(session, summaries, months)
    dashboard_totals.forget(session, agreement_id)
    dashboard_totals.rebuild(session, agreement_id)
    session.merge(SummaryState(agreement_id=agreement_id, fingerprint=fingerprint(agreement)))
    session.commit()
    return count


def fingerprint(agreement: Agreement) -> str:
    """What an agreement's summaries depend on besides its records: its payment terms and its
    municipalities' audit rules (and `VERSION`, the way they are computed)."""
    parts = [VERSION, agreement.id]
    for member in sorted(agreement.municipalities, key=lambda m: m.municipality_code):
        code = member.municipality_code
        parts += [code, repr(terms(agreement, code)), repr(_rules(code))]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def stale(session: Session, agreement: Agreement) -> bool:
    """Whether the agreement's summaries were computed with other terms or rules than today's."""
    stored = session.scalar(select(SummaryState.fingerprint).where(SummaryState.agreement_id == agreement.id))
    return stored != fingerprint(agreement)


def _flush(session: Session, summaries: list[dict[str, Any]], months: list[dict[str, Any]]) -> None:
    if summaries:
        session.execute(insert(PlacementSummary), summaries)
        summaries.clear()
    if months:
        session.execute(insert(PlacementMonth), months)
        months.clear()
