"""Canonical records as one user may see them, for the API: each version's data and provenance with what
the user may not see left out by `placement_reads`' rules, and the company's view of a form a
municipality sent without that municipality's assessment. Every read is logged, staff's too (stop 73).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, selectinload

from hub.access import Principal, sees_categories
from hub.errors import missing_or_not_yours
from hub.models import Agreement, Placement, Record, RecordVersion, Submission
from hub.services import scope
from hub.services.placement_reads import sees_assessment, shown_data, shown_provenance, view_of


def _record_dict(
    principal: Principal, record: Record, lead: str, version: RecordVersion, by_company: bool
) -> dict[str, Any]:
    view = view_of(principal, record.municipality_code, lead)
    assessment = sees_assessment(principal, by_company)
    return {
        "id": record.id,
        "form_type": record.form_type,
        "placement_id": record.placement_id,
        "participant_id": record.placement.participant_id,
        "municipality_code": record.municipality_code,
        "current_version": record.current_version,
        "cpr_view": view,
        "data": shown_data(version.data, view, sees_categories(principal), assessment),
    }


def records_page(
    session: Session, principal: Principal, placement_id: int, page: int, per_page: int
) -> tuple[list[dict[str, Any]], int]:
    """One page of a placement's records the user may read (by id), each with its current version's
    data, and how many the placement has in all; `NotFound` for a placement the user may not read."""
    found = scope.placement(session, principal, placement_id)
    lead = session.scalar(select(Agreement.lead_municipality).where(Agreement.id == found.agreement_id))
    total = session.scalar(select(func.count()).select_from(Record).where(Record.placement_id == found.id))
    rows = session.execute(
        select(Record, RecordVersion, Submission.from_company)
        .join(
            RecordVersion,
            and_(RecordVersion.record_id == Record.id, RecordVersion.version == Record.current_version),
        )
        .join(Submission, Submission.id == RecordVersion.submission_id)
        .where(Record.placement_id == found.id)
        .order_by(Record.id)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    items = [_record_dict(principal, r, lead or "", version, bool(ours)) for r, version, ours in rows]
    detail = {"records": len(items), "page": page}
    scope.note_read(session, principal, "read.records", f"placement:{placement_id}", detail)
    return items, int(total or 0)


def record(session: Session, principal: Principal, record_id: int) -> dict[str, Any]:
    """One record the user may read, with every version and its provenance, or `NotFound`."""
    row = session.execute(
        select(Record, Agreement.lead_municipality)
        .join(Placement, Placement.id == Record.placement_id)
        .join(Agreement, Agreement.id == Placement.agreement_id)
        .where(Record.id == record_id, scope.placement_clause(principal))
        .options(selectinload(Record.versions).selectinload(RecordVersion.provenance))
    ).first()
    if row is None:
        raise missing_or_not_yours("record", "Posten", record_id)
    found, lead = row
    view = view_of(principal, found.municipality_code, lead)
    categories = sees_categories(principal)
    current = next(v for v in found.versions if v.version == found.current_version)
    company = sent_by_company(session, [v.submission_id for v in found.versions])
    out = _record_dict(principal, found, lead, current, current.submission_id in company)
    out["versions"] = []
    for version in found.versions:
        assessment = sees_assessment(principal, version.submission_id in company)
        out["versions"].append(
            {
                "version": version.version,
                "reason": version.reason,
                "submission_id": version.submission_id,
                "created_at": _utc(version.created_at),
                "read_with": version.read_with,
                "mapped_with": version.mapped_with,
                "data": shown_data(version.data, view, categories, assessment),
                "provenance": shown_provenance(version.provenance, view, categories, assessment),
            }
        )
    return out


def sent_by_company(session: Session, submission_ids: Sequence[int]) -> set[int]:
    """Those of the submissions the company sent (for an agreement, not by a municipality)."""
    query = select(Submission.id).where(Submission.id.in_(submission_ids), Submission.from_company)
    return set(session.scalars(query))


def _utc(moment: datetime) -> str:
    """RFC 3339 with its offset (the column type gives times in UTC; a naive one is taken as UTC too)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


def note_record_read(
    session: Session, principal: Principal, record_id: int, not_modified: bool = False
) -> None:
    """Log a record read, by any party (staff's too since stop 73). A 304 is logged too, marked
    `not_modified`: the caller was told its copy of the person's data is current, and reads that copy
    (DESIGN.md: every read)."""
    detail = {"not_modified": True} if not_modified else {}
    scope.note_read(session, principal, "read.record", f"record:{record_id}", detail)
