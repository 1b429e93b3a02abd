"""The same bytes sent again after a rejection: read again when what rejected them may have changed.

A submission rejected (or only partly accepted) is read again, against today's agreements and config,
when one of its reasons lay outside the document (no agreement for its site yet, no placement to link it
to: `FieldProblem.outside_document`) or when its adapter config, or the hub's own reading of files (a new
version of the hub), has changed since it was read (the fingerprint stored with its outcome differs). A
document rejected for itself (unreadable bytes, a bad value) with both unchanged keeps its answer. It
stays one submission either way; the earlier outcome stays in the audit log, followed by a
`submission.read_again` entry saying why.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from hub.adapters.language import fingerprint
from hub.adapters.language.fingerprint import read_with
from hub.models import Submission
from hub.services import audit, submission_adapter

# Outcomes the same bytes may change; `failed` is retried anyway (`ingest.RETRYABLE`).
READ_AGAIN_FROM = ("rejected", "partial")
WHY = {
    "outside": (
        "read again: a reason lay outside the document (an agreement, a placement)",
        "læst igen: en grund lå uden for dokumentet (en aftale, en praktik)",
    ),
    "config": (
        "read again: the adapter config or the hub's reading of files has changed since it was read",
        "læst igen: adapterens opsætning eller hubbens læsning af filer er ændret, siden den blev læst",
    ),
}


def why_read_again(submission: Submission) -> str | None:
    """`outside` or `config` when the same bytes sent again should be read again; None when not."""
    if submission.status not in READ_AGAIN_FROM:
        return None
    if any(problem.get("outside_document") for problem in submission.problems or []):
        return "outside"
    # A submission stored before fingerprints were kept has none: whether its config changed is unknown,
    # and reading it again gives today's answer.
    if submission.config_fingerprint != submission_adapter.fingerprint_of(submission):
        return "config"
    # `hub reprocess` maps a kept extraction with today's config and notes that fingerprint, but the
    # extraction stays the one an earlier hub read: a hub that reads files otherwise reads it again.
    kept = submission.document.extraction
    if kept is not None and read_with(kept.get("meta")) != fingerprint.reading_code():
        return "config"
    return None


def read_again(session: Session, submission: Submission, actor: str, why: str) -> bool:
    """Make the submission claimable again (`received`) and note why in the audit log; commit.

    False when another request moved it on first (it is then being read already)."""
    was = submission.status
    moved = session.execute(
        update(Submission)
        .where(Submission.id == submission.id, Submission.status == was)
        .values(status="received")
    )
    if not moved.rowcount:  # type: ignore[attr-defined]
        session.rollback()
        return False
    audit.append(
        session, actor, "submission.read_again", f"submission:{submission.id}", {"was": was, "why": why}
    )
    session.commit()
    return True
