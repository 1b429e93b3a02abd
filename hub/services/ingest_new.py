"""The new files of a batch (`ingest.submit_many`) stored: a document unless its bytes are, and a
submission for each new digest, in multi-row INSERTs, audited, in one commit."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hub.models import Document, Submission
from hub.models.base import utcnow
from hub.pseudonyms import mask_cpr_like
from hub.services import audit
from hub.services.ingest_types import Item, Submitted, Submitter

_DIGEST = Submission.document_sha256


def store_new(
    session: Session,
    party: Submitter,
    items: Sequence[Item],
    digests: list[str],
    todo: list[int],
    documents: set[str],
    channel: str,
    sender: str,
) -> dict[int, Submitted]:
    """Insert a document (unless stored) and a submission per new digest, audit, commit."""
    first: dict[str, int] = {}
    for n in todo:
        first.setdefault(digests[n], n)
    # Documents in the order of their hash: two batches sharing files take those keys in one order, so
    # one waits for the other and then finds its submissions, instead of each waiting for the other.
    new_documents = [
        {
            "sha256": digest,
            "size": len(items[first[digest]].data),
            "media_type": "application/octet-stream",
            "filename": items[first[digest]].filename,
            "received_at": items[first[digest]].received_at or utcnow(),
        }
        for digest in sorted(first.keys() - documents)
    ]
    if new_documents:
        session.execute(insert(Document), new_documents)
    # Core multi-row INSERTs rather than the unit of work: the ORM asks for the new ids back in the rows'
    # order, and SQLite can only give that one row per statement (a third of taking in a small file).
    # Unordered, the ids come back with their digests; one statement numbers its rows in the order
    # given, so the ids still follow the order the files came in.
    rows = [
        {
            "document_sha256": digest,
            "municipality_code": party.municipality_code,
            "agreement_id": party.agreement_id,
            "channel": channel,
            "submitted_by": sender,
            "filename": items[n].filename,
            "status": "received",
            "created_at": items[n].received_at or utcnow(),
            "corrects_id": items[n].corrects,
        }
        for digest, n in first.items()
    ]
    made = session.execute(insert(Submission).returning(Submission.id, _DIGEST), rows)
    ids = {digest: submission_id for submission_id, digest in made}
    for digest, n in first.items():
        audit.append_at_commit(
            session,
            sender,
            "submission.received",
            f"submission:{ids[digest]}",
            # Caseworkers name files after the citizen: the audit trail gets the name with CPRs masked.
            {
                "sha256": digest,
                "municipality": party.municipality_code,
                "agreement": party.agreement_id,
                "channel": channel,
                "filename": mask_cpr_like(items[n].filename),
            },
        )
    session.commit()
    # The same bytes twice in one batch: the second is the first's duplicate, as if sent after it.
    return {n: Submitted(ids[digests[n]], first[digests[n]] != n, "received") for n in todo}


def someone_else_stored(session: Session, digests: set[str], documents: set[str]) -> bool:
    """Whether another transaction has stored a submission, or a document, of these digests since."""
    if session.scalar(select(_DIGEST).where(_DIGEST.in_(digests)).limit(1)) is not None:
        return True
    unseen = digests - documents
    return (
        bool(unseen)
        and session.scalar(select(Document.sha256).where(Document.sha256.in_(unseen)).limit(1)) is not None
    )
