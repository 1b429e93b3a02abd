"""Ingestion: bytes in, canonical record versions out, in one transaction per outcome.

`submit` stores the bytes under their hash and creates (or finds) the submission; the caller queues
`jobs.process_submission`, which calls `process`. `process` reads the document once (the reader's output
is kept on the document), then recognises, maps, validates, links and stores the record version with
its provenance and an audit event, committing all of it together or nothing of it.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, NotFound, ProcessingFailed, Rejection
from hub.extensions import blobs
from hub.models import Agreement, Document, Submission
from hub.models.base import utcnow
from hub.pseudonyms import mask_cpr_like
from hub.services import audit, documents, leases, normalise, retry
from hub.services.registry import registry

log = logging.getLogger(__name__)

# The states a worker may take a submission from; `failed` may be tried again (say, after a fix).
CLAIMABLE = ("received", "queued", "failed")
# The states in which sending the same bytes again should queue the submission again: it never got
# to a worker (Redis was down when it came in), or it failed for a reason that was not the document's.
RETRYABLE = ("received", "failed")

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "xml": "application/xml",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


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


def mark_queued(session: Session, submission_id: int, job_id: str) -> None:
    """Note the job that will process a submission."""
    # A worker may already have taken the job: only a submission still `received` becomes `queued`,
    # decided by the database in the same statement, not by a possibly stale object in this session.
    session.execute(
        update(Submission)
        .where(Submission.id == submission_id)
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
    """Process one submission; safe to run twice (a finished submission is left as it is).

    Two commits: `processing` under a lease held by `holder` (so that SQL shows a worker has it, and
    until when), then the outcome. The lease is renewed while the work runs (`leases.kept`). The
    reader's extraction is kept on the document in the outcome's transaction (accepted, rejected or
    failed), not in one of its own: it is written with the record version, or with the rejection, or
    not at all.
    """
    holder = holder or leases.holder_name()
    session.expire_all()  # another process may have moved this submission on since this session read it
    # The document comes in the same SELECT: its kept extraction is read next.
    # Claim it in one statement: of two runs of the same job at once, only one gets the row.
    claimed = session.execute(
        update(Submission)
        .where(Submission.id == submission_id, Submission.status.in_(CLAIMABLE))
        .values(status="processing", lease_until=leases.until(lease_seconds), leased_by=holder)
    )
    session.commit()
    submission = session.get_one(Submission, submission_id, options=[joinedload(Submission.document)])
    if not claimed.rowcount:  # type: ignore[attr-defined]
        return submission.status
    with leases.kept(session, submission_id, holder, lease_seconds):
        return _work(session, submission, actor)


def _work(session: Session, submission: Submission, actor: str) -> str:
    """Read, map, validate and store a claimed submission; record the outcome."""
    submission_id = submission.id
    extraction: Extraction | None = None
    try:
        data = blobs.store.get(submission.document_sha256)
        extraction = _extraction(submission, data)
        documents.store_document(session, submission, extraction, actor, data)
    except Rejection as exc:
        session.rollback()
        _finish(session, submission, "rejected", actor, extraction, problems=exc.problems)
    except Exception as exc:
        session.rollback()
        # The exception's text and traceback may quote document values (a CPR number): they are kept in
        # the database for the lead's eyes only; the log line and rq's failure record get the type alone.
        detail = "".join(traceback.format_exception(exc))
        log.error("submission %s failed with %s", submission_id, type(exc).__name__)
        failure = f"submission {submission_id} failed with {type(exc).__name__}"
        try:
            _finish(session, submission, "failed", actor, extraction, error=detail)
        except Exception as recording:
            # Not even the failure could be stored (the database is gone?): say so without chaining the
            # original, whose text rq would otherwise keep.
            raise ProcessingFailed(
                f"{failure}; recording it failed with {type(recording).__name__}"
            ) from None
        raise ProcessingFailed(failure) from None
    return submission.status


def _extraction(submission: Submission, data: bytes) -> Extraction:
    """Read the document once (or take what an earlier run kept), so that `hub reprocess` need not parse
    it again. Noted on the document here, committed by the caller's outcome transaction."""
    document = submission.document
    if document.extraction is not None:
        return Extraction.from_dict(document.extraction)
    extraction = extract(data, submission.filename, READ_OPTIONS)
    _keep(submission, extraction)
    return extraction


def _keep(submission: Submission, extraction: Extraction) -> None:
    """Note an extraction (and the format it found) on the submission's document; no commit."""
    document = submission.document
    if document.extraction is None:
        document.extraction = extraction.to_dict()
        document.format = extraction.format
        document.media_type = MEDIA_TYPES.get(extraction.format, document.media_type)


def _finish(
    session: Session,
    submission: Submission,
    status: str,
    actor: str,
    extraction: Extraction | None,
    problems: list[FieldProblem] | None = None,
    error: str | None = None,
) -> None:
    # After the rollback `submission` is expired and reloads from the database on first access.
    if extraction is not None:
        _keep(submission, extraction)  # the rollback undid it; a rejected document is still kept as read
    submission.status = status
    submission.config_fingerprint = normalise.fingerprint_of(submission)
    submission.problems = [p.to_dict() for p in problems] if problems else None
    submission.error = error
    # Reasons can quote values; the audit log gets how many and where, not the values themselves.
    audit.append(
        session,
        actor,
        f"submission.{status}",
        f"submission:{submission.id}",
        {"problems": len(problems or []), "fields": sorted({p.field for p in problems or [] if p.field})},
    )
    session.commit()
