"""A submission as its sender follows it: the status, and once processed the items, the record versions
it made and every problem at its locator. Reads only; the caller has applied the user's party."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from hub.models import FINAL_STATES, RecordVersion, Submission
from hub.periods import DENMARK
from hub.services import site_notices


def page_of(
    session: Session, clause: ColumnElement[bool], page: int, per_page: int
) -> tuple[list[Submission], int]:
    """One page of the submissions matching `clause`, newest first, and how many match in all."""
    total = session.scalar(select(func.count()).select_from(Submission).where(clause)) or 0
    query = select(Submission).where(clause).order_by(Submission.id.desc())
    rows = session.scalars(query.offset((page - 1) * per_page).limit(per_page))
    return list(rows), int(total)


def result_of(session: Session, row: Submission) -> dict[str, Any]:
    """The submission's status and result as plain data (problems as `FieldProblem` dicts)."""
    versions = session.execute(
        select(
            RecordVersion.id,
            RecordVersion.record_id,
            RecordVersion.version,
            RecordVersion.id == row.unchanged_version_id,
        )
        .where((RecordVersion.submission_id == row.id) | (RecordVersion.id == row.unchanged_version_id))
        .order_by(RecordVersion.id)
    ).all()
    return {
        "id": row.id,
        "filename": row.filename,
        "status": row.status,
        "final": row.status in FINAL_STATES,
        "channel": row.channel,
        "municipality": row.municipality_code,
        "agreement": row.agreement_id,
        "form_id": row.form_id,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "problems": list(row.problems or []),
        "items": [
            {
                "position": i.position,
                "label": i.label,
                "label_da": i.label_da,
                "status": i.status,
                "problems": list(i.problems or []),
                "record_id": i.record_id,
                "version": i.version,
            }
            for i in row.items
        ],
        # The versions it made; or, its content the same as a version stored before, that one.
        "records": [{"record_id": r, "version": v, "unchanged": bool(same)} for _, r, v, same in versions],
        # What the sender should know of what was stored (a site past its places), once it is stored.
        "notices": site_notices.overbooked(session, [i for i, *_ in versions]) if versions else [],
    }


def same_bytes_note(row: Submission, filename: str) -> tuple[str, str]:
    """Why a file sent again is one submission, in English and Danish: the sender's file, the earlier
    one's name (when it differs) and when it came in, so that nobody wonders which file counted."""
    # Danish time, as the pages show times (the column holds UTC; a caseworker reads the clock on the wall).
    stored = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    when = stored.astimezone(DENMARK).strftime("%Y-%m-%d %H:%M")
    if row.filename == filename:
        return (
            f"{filename}: the same bytes were received on {when} as submission {row.id}",
            f"{filename}: det samme indhold blev modtaget {when} som indsendelse {row.id}",
        )
    return (
        f"{filename}: the same bytes as {row.filename}, received on {when} as submission {row.id}",
        f"{filename}: samme indhold som {row.filename}, modtaget {when} som indsendelse {row.id}",
    )
