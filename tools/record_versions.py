"""A correction kept by hand: a record's current version, and a new version on top of it.

The benches and the tests that need a record corrected without a form (a timesheet with an hour less,
a sheet made unsigned) build the new version the way a correction is kept: the next version number,
the current version's submission, the record pointing at it. One place, so that a change to how
versions are kept is made once for all of them. The caller commits.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import Record, RecordVersion


def current_version(session: Session, record: Record) -> RecordVersion:
    """The version of `record` that is its current one."""
    return session.scalars(
        select(RecordVersion).where(
            RecordVersion.record_id == record.id, RecordVersion.version == record.current_version
        )
    ).one()


def add_version(session: Session, record: Record, data: dict[str, Any]) -> RecordVersion:
    """A new current version of `record` holding `data`, kept under its current version's submission,
    as a correction is (not committed)."""
    current = current_version(session, record)
    added = RecordVersion(
        record_id=record.id,
        version=record.current_version + 1,
        submission_id=current.submission_id,
        data=data,
    )
    session.add(added)
    record.current_version += 1
    return added
