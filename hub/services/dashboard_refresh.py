"""Keeping each placement's dashboard summary in step with its records: marked as they are stored,
refreshed together at the commit.

`normalise.store` marks the placement a record changed (`mark`); at the commit of the transaction (a
`before_commit` hook) every marked placement is recomputed in one pass: one locking SELECT, one read of
the stored rows, one of the records, one DELETE and one INSERT per table, instead of about a dozen
statements per document (decision 0033). Then the running totals are written (`dashboard_totals`).
A mark made inside a savepoint that rolls back is dropped with it, as the totals' differences are.

`refresh_marked(..., tolerant=True)` is the batch worker's: a placement whose summary cannot be computed
(a bug, not a document's fault: the record was validated) does not undo the documents stored with it.
Its agreement's summaries are marked for a rebuild instead, which the dashboard shows and queues.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from typing import Any

from sqlalchemy import delete, event, select, update
from sqlalchemy.orm import Session

from hub.exports.payments import Terms
from hub.logsetup import Both
from hub.models import Agreement, Placement, PlacementMonth, PlacementSummary, SummaryState
from hub.models.base import table_of
from hub.services import bulk, dashboard_summary, dashboard_totals, dashboard_unchanged, held
from hub.services.backoff import is_transient
from hub.services.facts import facts_of_many
from hub.services.id_lists import among, pairs_among

log = logging.getLogger(__name__)

MARKED = held.key("dashboard_marked")  # held items: placement ids
SUMMARIES, MONTHS = table_of(PlacementSummary), table_of(PlacementMonth)
Rows = dashboard_totals.Rows  # a placement's summary row and month rows


def mark(session: Session, placement_id: int) -> None:
    """Note that a placement's summary is to be recomputed at the commit (no statement now)."""
    held.hold(session, MARKED, placement_id)


def refresh_marked(session: Session, tolerant: bool = False) -> None:
    """Recompute every marked placement now (in the caller's transaction; no commit).

    `tolerant`: a placement that fails is left as it was and its agreement marked for a rebuild."""
    ids = sorted(set(held.take(session, MARKED)))
    if not ids:
        return
    if not tolerant:
        refresh(session, ids)
        return
    try:
        with session.begin_nested():
            refresh(session, ids)
    except Exception as exc:
        if is_transient(exc):
            raise
        # One by one, to keep every summary that can be computed.
        for placement_id in ids:
            _refresh_alone(session, placement_id)


def _refresh_alone(session: Session, placement_id: int) -> None:
    try:
        with session.begin_nested():
            refresh(session, [placement_id])
    except Exception as exc:
        if is_transient(exc):
            raise
        log.error(
            Both(
                "placement %s: summary not computed (%s); rebuild queued",
                "praktik %s: overblikket er ikke beregnet (%s); genberegning sat i kø",
                placement_id,
                type(exc).__name__,
            )
        )
        agreement_id = session.scalar(select(Placement.agreement_id).where(Placement.id == placement_id))
        if agreement_id is not None:
            # A fingerprint no agreement has: `dashboard_summary.stale` is true until it is rebuilt.
            state = update(SummaryState).where(SummaryState.agreement_id == agreement_id)
            session.execute(state.values(fingerprint="rebuild"))


def refresh(session: Session, placement_ids: list[int]) -> None:
    """Recompute these placements' summaries and months and note the difference they make to the
    running totals (no commit)."""
    # Locked first, in id order (so that two workers never wait on each other in a circle): another
    # transaction refreshing one of them waits here and then reads what the first one committed.
    owners = dict(
        session.execute(
            select(Placement.id, Placement.agreement_id)
            .where(among(session, Placement.id, placement_ids))
            .order_by(Placement.id)
            .with_for_update()
        ).all()
    )
    before = _stored(session, placement_ids)
    contents = dashboard_summary.contents_of(session, placement_ids)
    computed: dict[int, Rows] = {}
    known: dict[tuple[str, str], Terms] = {}  # nothing here changes an agreement: its terms hold
    alike: dict[Hashable, list[dict[str, Any]]] = {}  # placements whose months are computed alike
    changed: list[tuple[Rows, Rows]] = []  # each placement's rows before and after, for the totals
    for facts in list(facts_of_many(session, placement_ids)):
        agreement = session.get(Agreement, owners[facts.placement_id])
        rows = dashboard_summary.rows_of(facts, agreement, contents.get(facts.placement_id, {}), known, alike)
        after: Rows = rows if rows is not None else (None, [])
        computed[facts.placement_id] = after
        changed.append((before.get(facts.placement_id, (None, [])), after))
    for gone in set(placement_ids) - set(owners):
        changed.append((before.get(gone, (None, [])), (None, [])))
    dashboard_totals.note_many(session, changed)
    # Only the rows that differ from what is stored are deleted and written (`dashboard_unchanged`).
    gone_summaries, gone_months, summaries, months = dashboard_unchanged.split(
        SUMMARIES,
        MONTHS,
        session.get_bind().dialect,
        ((p, before.get(p, (None, [])), computed.get(p, (None, []))) for p in placement_ids),
    )
    if gone_months:
        pairs = (PlacementMonth.placement_id, PlacementMonth.month)
        for part in pairs_among(session, pairs, gone_months):
            session.execute(delete(PlacementMonth).where(part))
    if gone_summaries:
        dropped = among(session, PlacementSummary.placement_id, gone_summaries)
        session.execute(delete(PlacementSummary).where(dropped))
    # Core inserts of the tables, one statement each (COPY on PostgreSQL, decision 0036); the ORM's bulk
    # insert would split the rows by which of their values are None.
    bulk.insert_rows(session.connection(), SUMMARIES, summaries)
    bulk.insert_rows(session.connection(), MONTHS, months)


def _stored(session: Session, placement_ids: list[int]) -> dict[int, Rows]:
    """Each placement's summary and month rows as they stand, as dicts."""
    stored: dict[int, Rows] = {}
    summaries = select(PlacementSummary.__table__).where(
        among(session, PlacementSummary.placement_id, placement_ids)
    )
    for row in session.execute(summaries):
        stored[row.placement_id] = (row._asdict(), [])
    months = select(PlacementMonth.__table__).where(
        among(session, PlacementMonth.placement_id, placement_ids)
    )
    for row in session.execute(months.order_by(PlacementMonth.placement_id, PlacementMonth.month)):
        stored.setdefault(row.placement_id, (None, []))[1].append(row._asdict())
    return stored


@event.listens_for(Session, "before_commit")
def _at_commit(session: Session) -> None:
    """At the commit (not a savepoint's release): the marked placements, then the running totals."""
    if held.committing(session):
        refresh_marked(session)
        dashboard_totals.apply_pending(session)
