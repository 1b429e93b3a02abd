"""One document's records stored: a document of one record, or of many (one per item).

Called by ingestion once the document is read; recognises the form with the sender's adapter and hands
the document to the single-record or the item-by-item path. Neither commits (the batch commits its
outcomes together, `processing`); a `Rejection` leaves the caller to roll back the document's savepoint.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from hub.adapters import pipeline
from hub.adapters.language.config_model import IndexCache
from hub.adapters.language.fingerprint import fingerprint
from hub.adapters.readers.base import Extraction
from hub.models import Submission
from hub.services import item_store, normalise


def store_document(
    session: Session, submission: Submission, extraction: Extraction, actor: str, data: bytes | None = None
) -> None:
    """Recognise, map, validate, link and store a submission's records and settle it; no commit."""
    adapter = normalise.adapter_of(submission)
    cache: IndexCache = {}
    form, read = pipeline.recognise(adapter, extraction, submission.filename, data, cache)
    if form.items is None:
        canonical = normalise.canonicalise(extraction, submission, data, recognised=(form, read, cache))
        normalise.store_single(session, submission, canonical, actor, extraction)
    else:
        normalise.keep_reading(submission, extraction, read)
        item_store.store_items(session, submission, form, read, cache, actor)
    # Set with the status, after the queries that flush, so that one UPDATE of the submission carries
    # both; a rejection notes it too (`processing._finish`).
    submission.config_fingerprint = fingerprint(adapter)
