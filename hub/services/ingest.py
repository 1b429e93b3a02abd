"""Ingestion: bytes in, a submission to process.

`submit` stores the bytes under their hash and creates (or finds) the submission; `submit_many` does the
same for many files of one sender in one transaction (an upload, `hub ingest`); the caller queues
`jobs.process_batch` (`jobs.enqueue_submissions`), which processes many submissions at once
(`processing.process_batch`): each document read once (the reader's output kept on the document), then
recognised, mapped, validated, linked and stored with its provenance and audit entries, all of it or
nothing of it, in one transaction for the whole batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hub.errors import NotFound, Rejection
from hub.extensions import blobs
from hub.models import Agreement, Document, Submission
from hub.services import same_bytes
from hub.services.id_lists import among
from hub.services.ingest_new import someone_else_stored, store_new
from hub.services.ingest_types import Item, Submitted, Submitter
from hub.services.registry import registry

_DIGEST = Submission.document_sha256


def party_of(session: Session, municipality: str | None = None, agreement_id: str | None = None) -> Submitter:
    """The sender as a party: a municipality (its slug or code) or the company of a stored agreement."""
    if agreement_id is not None:
        if session.get(Agreement, agreement_id) is None:
            raise NotFound(f"no agreement {agreement_id!r}", f"ingen aftale {agreement_id!r}")
        return Submitter(agreement_id=agreement_id)
    return Submitter(municipality_code=registry().get(str(municipality)).code)


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
    party = party_of(session, municipality=municipality)
    return _only(submit_many(session, party, [Item(data, filename, received_at)], channel, sender))


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
    party = party_of(session, agreement_id=agreement_id)
    return _only(submit_many(session, party, [Item(data, filename, received_at)], channel, sender))


def _only(outcomes: list[Submitted | Rejection]) -> Submitted:
    (outcome,) = outcomes
    if isinstance(outcome, Rejection):
        raise outcome
    return outcome


def submit_many(
    session: Session, party: Submitter, items: Sequence[Item], channel: str, sender: str
) -> list[Submitted | Rejection]:
    """Store many files of one party, each outcome (in the files' order) what `submit` would give it
    alone: a `Submitted`, or the `Rejection` refusing it (another party's bytes) without stopping the rest.

    The new ones are one transaction: one SELECT for the bytes already submitted, one for the documents
    already stored, one INSERT for the documents and one for the submissions, their audit entries
    written at the commit, one commit. The bytes are stored first, by their
    hash: a failure after that leaves only blobs that the next try reuses."""
    digests = blobs.store.put_many([item.data for item in items])
    outcomes: dict[int, Submitted | Rejection] = {}
    todo = list(range(len(items)))
    while todo:
        wanted = {digests[n] for n in todo}
        existing = {
            s.document_sha256: s for s in session.scalars(select(Submission).where(_DIGEST.in_(wanted)))
        }
        # The same bytes as before: the duplicate, reassign and read-again paths, file by file (each
        # commits what it changes, before anything new is added to the session).
        for n in todo:
            if digests[n] in existing:
                outcomes[n] = same_bytes.again(
                    session, existing[digests[n]], party, items[n].filename, sender, channel
                )
        todo = [n for n in todo if digests[n] not in existing]
        if not todo:
            break
        new = {digests[n] for n in todo}
        documents = set(session.scalars(select(Document.sha256).where(Document.sha256.in_(new))))
        try:
            outcomes.update(store_new(session, party, items, digests, todo, documents, channel, sender))
        except IntegrityError:
            # Someone sent some of the same bytes at the same moment: theirs are the submissions. Only
            # this batch is undone; tried again, the next SELECT finds theirs as duplicates.
            session.rollback()
            if not someone_else_stored(session, new, documents):
                raise
            continue
        break
    return [outcomes[n] for n in range(len(items))]


def mark_queued(session: Session, submission_ids: int | Sequence[int], job_id: str) -> None:
    """Note the job that will process a submission (or each of a batch), in one UPDATE."""
    ids = [submission_ids] if isinstance(submission_ids, int) else list(submission_ids)
    # A worker may already have taken the job: only a submission still `received` becomes `queued`,
    # decided by the database in the same statement, not by a possibly stale object in this session.
    session.execute(
        update(Submission)
        .where(among(session, Submission.id, ids))
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
    # Imported here: processing imports the readers (lxml) and the back-off (redis), which a process
    # that only stores documents (`hub ingest`'s module, imported for its `--help`) has no use for.
    from hub.services import processing  # noqa: PLC0415

    statuses = processing.process_batch(session, [submission_id], actor, holder, lease_seconds)
    return statuses[submission_id]
