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
from hub.services.outcome import Settled


def store_document(
    session: Session, submission: Submission, extraction: Extraction, actor: str, data: bytes | None = None
) -> Settled:
    """Recognise, map, validate, link and store a submission's records; its outcome, for the caller to
    write (`outcome.Outcomes`); no commit."""
    adapter = normalise.adapter_of(submission)
    cache: IndexCache = {}
    form, read = pipeline.recognise(adapter, extraction, submission.filename, data, cache)
    reread = read if read is not extraction else None
    if form.items is None:
        canonical = normalise.canonicalise(extraction, submission, data, recognised=(form, read, cache))
        accepted = normalise.store_single(session, submission, canonical, actor)
        reread = canonical.extraction if canonical.extraction is not extraction else None
        return Settled("accepted", accepted, None, None, fingerprint(adapter), reread)
    # Items are rows of their own, linked to the submission: its status is set on it as they are stored.
    item_store.store_items(session, submission, form, read, cache, actor)
    status, form_id, problems = submission.status, submission.form_id, submission.problems
    return Settled(status, form_id, problems, None, fingerprint(adapter), reread)
