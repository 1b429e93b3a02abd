"""From a document's kept extraction to a stored, linked, versioned canonical record.

Shared by ingestion and `hub reprocess`: both recognise the form, map it, validate it against the
canonical contract and then store a new version only where the canonical content changed.
"""

from __future__ import annotations

from typing import Any

from flask import current_app
from sqlalchemy import Connection, event
from sqlalchemy.orm import Session, SessionTransaction

from hub.adapters import pipeline
from hub.adapters.language.fingerprint import read_with
from hub.adapters.pipeline import Canonical
from hub.errors import FieldProblem, Rejection
from hub.models import Placement, Record, RecordVersion, Submission
from hub.services import (
    audit,
    dashboard_refresh,
    linking,
    not_yet,
    placement_forms,
    received_order,
    record_rows,
    site_cpr,
    version_held,
)
from hub.services.submission_adapter import fingerprint_of
from hub.services.version_held import Stored


def _not_superseded(record: Record, submission: Submission) -> None:
    """Reprocessing re-reads old documents: one may not overwrite what a later submission corrected."""
    latest = max(v.submission_id for v in record.versions)
    if latest > submission.id:
        raise Rejection(
            [
                FieldProblem(
                    f"left as it is: a later submission ({latest}) has corrected this record",
                    f"uændret: en senere indsendelse ({latest}) har rettet denne post",
                    field="form_type",
                )
            ]
        )


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back_rows(session: Session, previous: SessionTransaction) -> None:
    """After a savepoint's rollback, reload placements, records and versions when next used.

    Their rows are written by the statements above, which the unit of work does not see: it expunges
    the objects it inserted itself, but an object loaded from a row written in the savepoint would stay,
    and SQLite gives the next row the same id, so a later query would hand back the old object."""
    if previous.nested:
        for instance in list(session.identity_map.values()):
            if isinstance(instance, Placement | Record | RecordVersion):
                session.expire(instance)


def store(session: Session, submission: Submission, canonical: Canonical, actor: str, reason: str) -> Stored:
    """Link and store a new version, or (`new` false) name the current version the content equals.
    No commit."""
    ahead = not_yet.problems(canonical.record, submission.created_at)
    if ahead:
        raise Rejection(ahead)
    secret = str(current_app.config["PSEUDONYM_KEY"])
    received = submission.id if reason == "submitted" else None  # read again: the rule of `_not_superseded`
    # A placement to create comes back uninserted: it goes with the record and version below.
    site_cpr.refuse_cpr_like_site(session, canonical.record)  # told as the slip it is, not quoted
    placement, created = linking.link(session, canonical.record, secret, received, insert=False)
    record, identity = linking.find_record(session, placement, canonical.record, created)
    if record is not None and reason == "reprocessed":
        _not_superseded(record, submission)
    # Written with Core statements on the session's connection, not through the unit of work: a batch
    # stores hundreds of documents in one session, and the flushes per record and per version were a
    # quarter of a worker's time (decision 0034). What linking added is flushed by now.
    connection = session.connection()
    version_row = _version_row(submission, canonical, reason)
    later: RecordVersion | None = None  # a version received after this document, stored before it
    if record is None:
        placement, version = _first_version(session, connection, placement, identity, canonical, version_row)
    else:
        assert isinstance(placement, Placement)  # a new placement has no record yet (`find_record`)
        current = record.versions[-1] if record.versions else None
        if current is not None and current.data == canonical.record:
            return Stored(current.id, record.id, current.version, new=False)
        if reason == "submitted":
            repeated = received_order.newest_repeat(session, record.id)
            later = received_order.received_later(record, submission, repeated)
        version = _next_version(session, connection, record, version_row)
    version_held.hold(session, version, canonical, submission, placement, actor, reason)
    if later is not None:
        # Received before the current version, stored after it: the later form stays current.
        detail = {
            "form_type": canonical.record["form_type"],
            "participant": placement.participant_id,
            "received_before": submission.id,
        }
        received_order.reapply(session, version.record_id, version.version + 1, later, actor, detail)
    # The dashboards' sums change with the record, in the same transaction (decisions 0017, 0033).
    dashboard_refresh.mark(session, placement.id)
    return version


def _version_row(submission: Submission, canonical: Canonical, reason: str) -> dict[str, Any]:
    """The columns of the version about to be stored that do not depend on its record."""
    return {
        "submission_id": submission.id,
        "reason": reason,
        "data": canonical.record,
        # The reading is the extraction's own (a kept one: the day it was read), the mapping today's.
        "read_with": read_with(canonical.extraction.meta),
        "mapped_with": fingerprint_of(submission),
    }


def _first_version(
    session: Session,
    connection: Connection,
    placement: Placement | placement_forms.NewPlacement,
    identity: str,
    canonical: Canonical,
    version_row: dict[str, Any],
) -> tuple[Placement, Stored]:
    """Insert a new record and its version 1 (and the placement too, when it is new): the placement
    as stored, and the version."""
    # current_version is set to the version about to be stored, saving an UPDATE after the INSERT.
    row = {
        "form_type": canonical.record["form_type"],
        "municipality_code": canonical.record["municipality_code"],
        "current_version": 1,
    }
    if isinstance(placement, placement_forms.NewPlacement):
        # One statement for the three on PostgreSQL; the record's identity is the placement's id.
        placement_id, record_id, version_id = record_rows.new_placement_record(
            connection, placement.row, row, version_row
        )
        placement = placement_forms.placed(session, placement, placement_id)
    else:
        row |= {"identity": identity, "placement_id": placement.id}
        record_id, version_id = record_rows.new_record(connection, row, version_row)
    return placement, Stored(version_id, record_id, 1)


def _next_version(
    session: Session, connection: Connection, record: Record, version_row: dict[str, Any]
) -> Stored:
    """Insert the record's next version and make it the current one."""
    record_id, number = record.id, record.current_version + 1
    version_id = record_rows.new_version(connection, record_id, number, version_row)
    # The loaded record no longer tells its current version or versions: the next document of the
    # batch that corrects it reads them again.
    session.expire(record)
    return Stored(version_id, record_id, number)


def store_single(session: Session, submission: Submission, canonical: Canonical, actor: str) -> Stored:
    """Store the record of a one-record document and note the submission's acceptance in the audit log
    (the caller sets the status and commits)."""
    try:
        stored = store(session, submission, canonical, actor, "submitted")
    except Rejection as exc:
        raise Rejection(located(exc.problems, submission, canonical)) from None
    detail: dict[str, object] = {"form": canonical.form_id}
    if not stored.new:
        detail["unchanged"] = f"record:{stored.record_id} version {stored.version}"
    audit.append_at_commit(session, actor, "submission.accepted", f"submission:{submission.id}", detail)
    return stored


def located(problems: list[FieldProblem], submission: Submission, canonical: Canonical) -> list[FieldProblem]:
    """Linking problems know the canonical field; add the file, the form and where it was read."""
    return pipeline.placed(problems, canonical.provenance, file=submission.filename, form=canonical.form_id)
