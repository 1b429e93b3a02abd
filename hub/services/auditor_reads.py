"""An auditor's page of the reads of its municipality's citizens' data: who (a company's user, another
auditor, the municipalities' staff) read what, and when (decision 0062, "Stop 74: page-136").

The entries are the audit log's reads (`read.…`, the refused requests for them too) about the auditor's
municipality's citizens, chosen by the same WHERE clause as its staff's own page (`audit_scope`), made in
the auditor's period (from its first Danish day to its last, as the bundle's `log/entries.jsonl` takes
them). Each entry's detail is cut to the municipality's own, and the citizen it is about is named as the
auditor's page of completeness names them: participant id and name, never a CPR number (the log holds
none, and the name is read from the placement's record, not the entry).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.access import Principal
from hub.models import AuditEvent, Record
from hub.services import audit_log_reads, audit_scope, dashboard_queries
from hub.services.audit_list import Filter

# Every read, as the log names its kinds (`audit_list.RENAMED`'s older names too).
READS = "read."


class NotAnAuditor(Exception):
    """Another role asked for an auditor's reads: the guard's permission should have refused it."""


@dataclass(frozen=True)
class Citizen:
    """A citizen as the auditor's pages name them."""

    participant_id: str
    name: str


@dataclass(frozen=True)
class Read:
    """One read as the page shows it: the entry, its detail cut to the municipality's own, and the citizen
    it is about where it is about one (a record or a placement; None for a list, a document, a claim)."""

    entry: AuditEvent
    detail: dict[str, Any]
    citizen: Citizen | None


def wanted(who: Principal) -> Filter:
    """The entries the auditor may read: reads of its municipality's citizens in its period."""
    if who.role != "auditor" or not who.municipality or who.audit_start is None or who.audit_end is None:
        raise NotAnAuditor(who.role)  # never every municipality's reads by mistake: a 500
    return Filter(action=READS, municipality=who.municipality, since=who.audit_start, until=who.audit_end)


def page_of(session: Session, held: Filter, page: int, per_page: int) -> tuple[list[Read], int]:
    """One page of the reads (from 1), newest first, each shown as the auditor may see it, and how many
    there are in all."""
    rows, total = audit_log_reads.page_of(session, held, page, per_page)
    details = audit_scope.details(session, held.municipality or "", rows)
    citizens = _citizens(session, rows)
    return [
        Read(row, detail, citizens.get(row.subject)) for row, detail in zip(rows, details, strict=True)
    ], total


def _citizens(session: Session, rows: Sequence[AuditEvent]) -> dict[str, Citizen]:
    """The citizen of each entry's subject that is a record or a placement, by subject (two queries)."""
    placements: dict[str, int] = {}
    records: dict[str, int] = {}
    for row in rows:
        kind, _, ident = row.subject.partition(":")
        if ident.isdigit():
            {"placement": placements, "record": records}.get(kind, {})[row.subject] = int(ident)
    if records:
        found = session.execute(select(Record.id, Record.placement_id).where(Record.id.in_(records.values())))
        owner = {rid: pid for rid, pid in found}
        placements |= {subject: owner[rid] for subject, rid in records.items() if rid in owner}
    people = dashboard_queries.people(session, set(placements.values()))
    return {
        subject: Citizen(people[pid][0], people[pid][1]["citizen"]["name"])
        for subject, pid in placements.items()
        if pid in people
    }
