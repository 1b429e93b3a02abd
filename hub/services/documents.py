"""One document's records stored: a document of one record, or of many (one per item).

Called by ingestion once the document is read: `prepare` recognises the form with the sender's adapter
and maps a document of one record (no database: a batch maps the documents read together before it
stores the first, `processing`); `store_document` hands it to the single-record or the item-by-item
path. Neither commits (the batch commits its
outcomes together, `processing`); a `Rejection` leaves the caller to roll back the document's savepoint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session, object_session

from hub.adapters import pipeline
from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.language.fingerprint import fingerprint
from hub.adapters.pipeline import Canonical
from hub.adapters.readers.base import Extraction
from hub.adapters.rereading import Original
from hub.errors import FieldProblem, HubError, NotRecognised, Rejection
from hub.extensions import blobs
from hub.models import Submission
from hub.services import item_store, look_alike, normalise, submission_adapter
from hub.services.outcome import Settled


@dataclass(frozen=True)
class Prepared:
    """A document recognised, and (a document of one record) mapped and validated: no database yet."""

    adapter: pipeline.Adapter
    form: FormConfig
    read: Extraction  # the extraction the form was recognised in (read again, or as given)
    cache: IndexCache
    canonical: Canonical | None  # None: a document of many items, mapped item by item as it is stored


def original(sha256: str, filename: str) -> Callable[[], bytes]:
    """A stored document's bytes, fetched when first asked for (`hub reprocess` reads a document's
    bytes again only where its form asks for a reading its kept one has not had); a blob that cannot be
    read is a `Rejection` of that document, not the end of the run."""

    def fetch() -> bytes:
        try:
            return blobs.store.get(sha256)
        except (OSError, HubError) as exc:  # gone or corrupt: this document's problem, not the run's
            en, da = (exc.message, exc.message_da) if isinstance(exc, HubError) else (type(exc).__name__,) * 2
            problem = FieldProblem(
                f"its stored file cannot be read again: {en}",
                f"den gemte fil kan ikke læses igen: {da}",
                file=filename,
            )
            raise Rejection([problem]) from exc

    return fetch


def prepare(submission: Submission, extraction: Extraction, data: Original = None) -> Prepared:
    """Recognise a submission's form and map a one-record document; `Rejection` lists its problems."""
    adapter = submission_adapter.adapter_of(submission)
    cache: IndexCache = {}
    try:
        form, read = pipeline.recognise(adapter, extraction, submission.filename, data, cache)
    except NotRecognised as exc:
        if submission.municipality_code is None:
            raise  # the company's form: the company sends no municipality's forms
        # Whose agreements let the sender send another's form is asked in the submission's own session.
        session = object_session(submission)
        assert session is not None, "a submission being read is one the worker's session holds"
        raise look_alike.explained(
            session, exc, extraction, submission.municipality_code, submission.filename
        ) from None
    canonical = None
    if form.items is None:  # with the adapter found above, not looked up again for the same submission
        canonical = pipeline.canonicalise(
            adapter,
            extraction,
            submission.document_sha256,
            submission.filename,
            data,
            recognised=(form, read, cache),
        )
    return Prepared(adapter, form, read, cache, canonical)


def store_document(
    session: Session,
    submission: Submission,
    extraction: Extraction,
    actor: str,
    data: bytes | None = None,
    prepared: Prepared | None = None,
    waits: item_store.Waits | None = None,
) -> Settled:
    """Recognise, map, validate (unless `prepared` already), link and store a submission's records; its
    outcome, for the caller to write (`outcome.Outcomes`); no commit. `waits`: which of a row's problems
    make a document of many records wait whole (`item_store`)."""
    prepared = prepared or prepare(submission, extraction, data)
    reread = prepared.read if prepared.read is not extraction else None
    if prepared.canonical is not None:
        canonical = prepared.canonical
        stored = normalise.store_single(session, submission, canonical, actor)
        reread = canonical.extraction if canonical.extraction is not extraction else None
        return Settled(
            "accepted",
            canonical.form_id,
            config_fingerprint=fingerprint(prepared.adapter),
            reread=reread,
            unchanged_version_id=None if stored.new else stored.id,
        )
    # Items are rows of their own, linked to the submission: its status is set on it as they are stored.
    item_store.store_items(session, submission, prepared.form, prepared.read, prepared.cache, actor, waits)
    status, form_id, problems = submission.status, submission.form_id, submission.problems
    return Settled(status, form_id, problems, None, fingerprint(prepared.adapter), reread)
