"""Ingestion: bytes in, a submission to process.

`submit` stores the bytes under their hash and creates (or finds) the submission; the caller queues
`jobs.process_batch` (`jobs.enqueue_submissions`), which processes many submissions at once
(`processing.process_batch`): each document read once (the reader's output kept on the document), then
recognised, mapped, validated, linked and stored with its provenance and audit entries, all of it or
nothing of it, in one transaction for the whole batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hub.errors import FieldProblem, NotFound, Rejection
from hub.extensions import blobs
from hub.models import Agreement, Document, Submission
from hub.models.base import utcnow
from hub.pseudonyms import mask_cpr_like
from hub.services import audit, processing, retry
from hub.services.registry import registry

# The states a worker may take a submission from (`processing.CLAIMABLE`).
CLAIMABLE = processing.CLAIMABLE
# The states in which sending the same bytes again should queue the submission again: it never got
# to a worker (Redis was down when it came in), or it failed for a reason that was not the document's.
RETRYABLE = ("received", "failed")


@dataclass(frozen=True)
class Submitted:
    """What `submit` did: the submission's id and whether the same bytes had come before."""

    submission_id: int
    duplicate: bool
    status: str
    read_again: str | None = None  # the same bytes, read again: why (`retry.WHY`)

    @property
    def needs_queueing(self) -> bool:
        """Whether the caller should queue the processing job (new, or stuck before a worker had it)."""
        return not self.duplicate or self.status in RETRYABLE


@dataclass(frozen=True)
class Party:
    """Who sends a document: a municipality (its code), or the company of an agreement."""

    municipality_code: str | None = None
    agreement_id: str | None = None

    def describe(self, lang: str = "en") -> str:
        """The party for messages."""
        if self.agreement_id is not None:
            return (
                f"the company of agreement {self.agreement_id}"
                if lang == "en"
                else (f"virksomheden i aftalen {self.agreement_id}")
            )
        return (
            f"municipality {self.municipality_code}" if lang == "en" else f"kommune {self.municipality_code}"
        )


def submit(
    session: Session,
    data: bytes,
    filename: str,
    municipality: str,
    channel: str,
    sender: str,
    received_at: datetime | None = None,
) -> Submitted:
    """Store the bytes a municipality sent and record the submission; the same bytes twice give the
    same submission. `received_at`: when it came in, if not now (the demo's forms of past months)."""
    config = registry().get(municipality)
    party = Party(municipality_code=config.code)
    return _submit(session, data, filename, party, channel, sender, received_at)


def submit_company(
    session: Session,
    data: bytes,
    filename: str,
    agreement_id: str,
    channel: str,
    sender: str,
    received_at: datetime | None = None,
) -> Submitted:
    """Store a company's filled-in one form for an agreement; its records land with each intern's
    municipality when it is processed."""
    if session.get(Agreement, agreement_id) is None:
        raise NotFound(f"no agreement {agreement_id!r}", f"ingen aftale {agreement_id!r}")
    party = Party(agreement_id=agreement_id)
    return _submit(session, data, filename, party, channel, sender, received_at)


def _submit(
    session: Session,
    data: bytes,
    filename: str,
    party: Party,
    channel: str,
    sender: str,
    received_at: datetime | None,
) -> Submitted:
    digest = blobs.store.put(data)
    existing = session.scalar(select(Submission).where(Submission.document_sha256 == digest))
    if existing is not None:
        return _duplicate(session, existing, party, filename, sender)
    if session.get(Document, digest) is None:
        session.add(
            Document(
                sha256=digest,
                size=len(data),
                media_type="application/octet-stream",
                filename=filename,
                received_at=received_at or utcnow(),
            )
        )
    submission = Submission(
        document_sha256=digest,
        municipality_code=party.municipality_code,
        agreement_id=party.agreement_id,
        channel=channel,
        submitted_by=sender,
        filename=filename,
        status="received",
        created_at=received_at or utcnow(),
    )
    session.add(submission)
    try:
        session.flush()
        audit.append(
            session,
            sender,
            "submission.received",
            f"submission:{submission.id}",
            # Caseworkers name files after the citizen: the audit trail gets the name with CPRs masked.
            {
                "sha256": digest,
                "municipality": party.municipality_code,
                "agreement": party.agreement_id,
                "channel": channel,
                "filename": mask_cpr_like(filename),
            },
        )
        session.commit()
    except IntegrityError:
        # Someone sent the same bytes at the same moment: theirs is the submission.
        session.rollback()
        existing = session.scalar(select(Submission).where(Submission.document_sha256 == digest))
        if existing is None:
            raise
        return _duplicate(session, existing, party, filename, sender)
    return Submitted(submission.id, False, submission.status)


def _duplicate(session: Session, existing: Submission, party: Party, filename: str, sender: str) -> Submitted:
    ours = Party(existing.municipality_code, existing.agreement_id)
    if ours != party:
        if existing.status == "rejected" and existing.form_id is None and party.municipality_code:
            # Sent first under the wrong municipality and rejected as none of its forms: the right one
            # may take it over, or those bytes could never come in. The audit trail keeps both.
            audit.append(
                session,
                sender,
                "submission.reassigned",
                f"submission:{existing.id}",
                {"from": existing.municipality_code or existing.agreement_id, "to": party.municipality_code},
            )
            existing.municipality_code, existing.agreement_id = party.municipality_code, None
            existing.status, existing.problems = "received", None
            session.commit()
            return Submitted(existing.id, True, existing.status)
        raise Rejection(
            [
                FieldProblem(
                    f"these exact bytes were already submitted by {ours.describe('en')}",
                    f"netop denne fil er allerede indsendt af {ours.describe('da')}",
                    file=filename,
                )
            ]
        )
    why = retry.why_read_again(existing)
    if why is not None and retry.read_again(session, existing, sender, why):
        return Submitted(existing.id, True, "received", read_again=why)
    return Submitted(existing.id, True, existing.status)


def mark_queued(session: Session, submission_ids: int | Sequence[int], job_id: str) -> None:
    """Note the job that will process a submission (or each of a batch), in one UPDATE."""
    ids = [submission_ids] if isinstance(submission_ids, int) else list(submission_ids)
    # A worker may already have taken the job: only a submission still `received` becomes `queued`,
    # decided by the database in the same statement, not by a possibly stale object in this session.
    session.execute(
        update(Submission)
        .where(Submission.id.in_(ids))
        .values(
            job_id=job_id,
            status=case((Submission.status == "received", "queued"), else_=Submission.status),
        )
    )
    session.commit()


def process(
    session: Session,
    submission_id: int,
    actor: str = "worker",
    holder: str | None = None,
    lease_seconds: float = 30,
) -> str:
    """Process one submission (a batch of one, `processing.process_batch`); returns its status. Safe
    to run twice: a finished submission is left as it is."""
    statuses = processing.process_batch(session, [submission_id], actor, holder, lease_seconds)
    return statuses[submission_id]
