"""The auditor's page without the whole period's checks on every view: the period's totals and the order
of its placements are kept, keyed by everything that would change them, and a page checks only its own.

A tally is the placements a period's completeness covers, in the order `completeness.checks` yields
them, and how many of them are complete. It is computed in the one pass the page always made and kept
per app (`app.extensions`, a few periods, least recently used out). It is used again only while its key
is the same: the municipality's audit rules, each of its agreements with its terms as they apply to it,
and the number and the newest id of the record versions of the municipality's records (every record is
a version: a new form, a correction, a placement's new dates; none is deleted). The count, not only the
newest id: on PostgreSQL a version with a lower id may commit after one with a higher id. The key is
read before the pass, so a tally can only be kept under a key older than what it counted (and is then
counted again at the next view), never under a newer one (decision 0012, "The auditor's page").
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock
from typing import Any

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.exports.completeness import PlacementCheck, check_placement
from hub.models import Agreement, Record, RecordVersion
from hub.services import completeness
from hub.services.completeness import AuditScope
from hub.services.facts import facts_of_many
from hub.services.payments import terms, terms_spans

KEPT = 16  # periods kept per app: an auditor reads one at a time; a few auditors share a process
_LOCK = Lock()


@dataclass(frozen=True)
class Tally:
    """A period's placements in order (index into the scope's agreements, placement id), and how many
    of them are complete."""

    agreements: array[int]
    placements: array[int]
    complete: int

    def __len__(self) -> int:
        return len(self.placements)


def key(session: Session, audit: AuditScope) -> tuple[Any, ...]:
    """What the period's totals depend on (read before the checks that are kept under it)."""
    code = audit.config.code
    count, newest = session.execute(
        select(func.count(RecordVersion.id), func.max(RecordVersion.id))
        .join(Record, Record.id == RecordVersion.record_id)
        .where(Record.municipality_code == code)
    ).one()
    agreements = tuple((a.id, tuple(terms_spans(a, code, audit.period))) for a in audit.agreements)
    return (code, audit.period.label, audit.config.audit, agreements, count, newest)


def _kept() -> OrderedDict[tuple[Any, ...], Tally]:
    found: OrderedDict[tuple[Any, ...], Tally] = current_app.extensions.setdefault(
        "hub.audit_tallies", OrderedDict()
    )
    return found


def page(
    session: Session, audit: AuditScope, first: int, per_page: int
) -> tuple[Tally, list[tuple[Agreement, PlacementCheck]]]:
    """The period's tally and the checks of placements `first..first + per_page - 1` (in the tally's
    order; the last page's when `first` is past the end)."""
    now = key(session, audit)
    with _LOCK:
        tally = _kept().get(now)
        if tally is not None:
            _kept().move_to_end(now)
    if tally is None:
        tally, rows = _count(session, audit, first, per_page)
        with _LOCK:
            kept = _kept()
            kept[now] = tally
            while len(kept) > KEPT:
                kept.popitem(last=False)
        return tally, rows
    return tally, _rows(session, audit, tally, _page_start(len(tally), first, per_page), per_page)


def _page_start(total: int, first: int, per_page: int) -> int:
    """Where the page shown begins: `first`, or the last page's start when `first` is past the end."""
    return first if first < total else max(0, (total - 1) // per_page * per_page)


def _count(
    session: Session, audit: AuditScope, first: int, per_page: int
) -> tuple[Tally, list[tuple[Agreement, PlacementCheck]]]:
    """One pass over the period's checks: every placement counted, the page asked for kept (past the
    end: the last page)."""
    index = {a.id: n for n, a in enumerate(audit.agreements)}
    agreements, placements = array("i"), array("q")
    kept: list[tuple[Agreement, PlacementCheck]] = []
    complete = 0
    for agreement, checked in completeness.checks(session, audit):
        total = len(placements)
        if total < first + per_page:  # up to the page asked for; a new page's rows replace the last's
            if total % per_page == 0:
                kept = []
            kept.append((agreement, checked))
        agreements.append(index[agreement.id])
        placements.append(checked.facts.placement_id)
        complete += checked.complete
    return Tally(agreements, placements, complete), kept


def _rows(
    session: Session, audit: AuditScope, tally: Tally, start: int, per_page: int
) -> list[tuple[Agreement, PlacementCheck]]:
    """The checks of the tally's placements `start..start + per_page - 1`, in its order."""
    wanted = list(range(start, min(start + per_page, len(tally))))
    if not wanted:
        return []
    found = {f.placement_id: f for f in facts_of_many(session, [tally.placements[n] for n in wanted])}
    rules, code = audit.config.audit, audit.config.code
    rows = []
    for n in wanted:
        agreement = audit.agreements[tally.agreements[n]]
        facts = found.get(tally.placements[n])
        if facts is None:  # cannot happen: placements are never deleted
            continue
        checked = check_placement(facts, audit.period, rules, terms(agreement, code, audit.period.start))
        if checked is not None:  # changed since the key was read: counted again at the next view
            rows.append((agreement, checked))
    return rows
