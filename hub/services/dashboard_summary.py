"""The dashboards' summary of each placement: its rows computed from its records.

`rows_of` computes one placement's summary and its months (`dashboard_months`) from the canonical store
with the same functions the payments and the audit check use (`exports.payments`,
`exports.completeness`), so a dashboard reads sums instead of every placement (decision 0017);
`dashboard_refresh` keeps them in step in the transaction that stores a record about the placement.
`rebuild` does the same for a whole agreement in one streamed pass (after a migration, a change of an
agreement's terms or of a municipality's audit rules, and for the benchmark's bulk data).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Hashable
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from hub.exports.facts import PlacementFacts
from hub.exports.outcomes import age_on, benefit_row
from hub.exports.payments import Terms
from hub.models import (
    Agreement,
    Placement,
    PlacementMonth,
    PlacementSummary,
    Record,
    RecordVersion,
    SummaryState,
)
from hub.schemas.cpr import cpr_born_and_male
from hub.services import dashboard_totals, dashboard_totals_rebuild
from hub.services.dashboard_months import audit_rules, month_rows
from hub.services.facts import placement_facts
from hub.services.id_lists import among
from hub.services.payments import terms, terms_spans

BATCH = 2000
# Bump when the rows are computed differently: every agreement is then rebuilt. 5: the problems' Danish
# texts write a date as the pages do (3. aug. 2026, not 03.08.2026; decision 0062). 6: a month's
# timesheet is one with a week of that month (its Thursday), not the next month's first week (decision
# 0012, "Evidence inside the period"). 7: a period with no timesheet is not "0 signed" but ok or missing by
# whether hours are claimed in it, and a placement its end form ran on into a month counts there (decision
# 0012, "Stop 39: nothing to check is not ok"). 8: the grant is kept week by week, and a week above it is
# a gap of its own (decision 0066).
VERSION = "8"


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
    alike: dict[Hashable, list[dict[str, Any]]] | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """A placement's summary row and month rows (None: it has no placement record, or no agreement).

    `known`: the payment terms already worked out in this pass, by agreement and municipality, filled
    here; one dict for one pass over placements whose agreements do not change meanwhile (a batch's
    refresh, a rebuild), so that a hundred placements of one agreement ask for its terms once.
    `alike`: for the same pass, the month rows already computed, by what they are computed from
    (`_months_key`): a batch of new placements is mostly citizens starting on the same days at the
    same site, whose months are the same but for the placement's id."""
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
    months_key = _months_key(agreement, facts) if alike is not None else None
    computed = alike.get(months_key) if alike is not None else None
    if computed is None:
        code = facts.municipality_code
        # An agreement whose terms changed prices each month by the terms of its days (decision 0063).
        changed = len(agreement.terms_history) > 1
        spans_of = (lambda month: terms_spans(agreement, code, month)) if changed else None
        months = month_rows(facts, agreement.id, rules, audit_rules(code), spans_of)
        if alike is not None:
            alike[months_key] = months
    else:
        # Copies: each placement's rows are its own (the totals and the INSERT take them as they are).
        months = [
            {**row, "placement_id": facts.placement_id, "problems": [list(p) for p in row["problems"]]}
            for row in computed
        ]
    return summary_row(facts, agreement.id, placement, outcome), months


def _months_key(agreement: Agreement, facts: PlacementFacts) -> Hashable:
    """What a placement's month rows are computed from: its agreement and its facts without the
    citizen's and the placement's own identity, which no month row holds (a payment line's participant
    id and a check's documents are summed or dropped in `month_rows`, never stored)."""
    return agreement.id, dataclasses.replace(
        facts, participant_id="", name="", cpr="", placement_id=0, placement_source=None
    )


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
    alike: dict[Hashable, list[dict[str, Any]]] = {}
    for facts in placement_facts(session, agreement_id):
        rows = rows_of(facts, agreement, contents.pop(facts.placement_id, {}), known, alike)
        if rows is None:
            continue
        summaries.append(rows[0])
        months.extend(rows[1])
        count += 1
        if len(summaries) >= BATCH:
            _flush(session, summaries, months)
    _flush(session, summaries, months)
    dashboard_totals.forget(session, agreement_id)
    dashboard_totals_rebuild.rebuild(session, agreement_id)
    session.merge(SummaryState(agreement_id=agreement_id, fingerprint=fingerprint(agreement)))
    session.commit()
    return count


def fingerprint(agreement: Agreement) -> str:
    """What an agreement's summaries depend on besides its records: its payment terms and its
    municipalities' audit rules (and `VERSION`, the way they are computed)."""
    parts = [VERSION, agreement.id]
    for member in sorted(agreement.municipalities, key=lambda m: m.municipality_code):
        code = member.municipality_code
        parts += [code, repr(terms(agreement, code)), repr(audit_rules(code))]
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
