"""Read canonical records, their versions and provenance, and submissions' outcomes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.errors import NotFound
from hub.models import Record, RecordVersion, Submission
from hub.services.received_order import as_listed


def submission(session: Session, submission_id: int) -> Submission:
    """One submission by id."""
    found = session.get(Submission, submission_id)
    if found is None:
        raise NotFound(f"no submission {submission_id}", f"ingen indsendelse {submission_id}")
    return found


def versions_of_submission(session: Session, submission_id: int) -> list[RecordVersion]:
    """The record versions a submission produced (one, or none when rejected or unchanged), each record
    once (`received_order.as_listed`)."""
    query = select(RecordVersion).where(RecordVersion.submission_id == submission_id)
    found = session.scalars(query.order_by(RecordVersion.id))
    return as_listed(found, lambda v: (v.submission_id, v.record_id, v.reason))


def version(session: Session, version_id: int) -> RecordVersion:
    """One record version by its row id."""
    found = session.get(RecordVersion, version_id)
    if found is None:
        raise NotFound(f"no record version {version_id}", f"ingen postversion {version_id}")
    return found


def record(session: Session, record_id: int) -> Record:
    """One record by id, with its versions."""
    found = session.get(Record, record_id)
    if found is None:
        raise NotFound(f"no record {record_id}", f"ingen post {record_id}")
    return found


def current_records(session: Session, form_type: str | None = None) -> list[RecordVersion]:
    """The current version of every record (optionally of one form type), oldest record first."""
    query = select(RecordVersion).join(Record, Record.id == RecordVersion.record_id)
    query = query.where(RecordVersion.version == Record.current_version)
    if form_type:
        query = query.where(Record.form_type == form_type)
    return list(session.scalars(query.order_by(Record.id)))
