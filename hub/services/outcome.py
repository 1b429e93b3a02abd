"""A batch's outcomes held in memory and written together: one UPDATE of many submissions, one of many
documents, just before the batch commits.

Set on the ORM objects, each document's outcome was flushed by the next document's savepoint: two
UPDATE statements and a unit-of-work flush per document, a sixth of a worker's time (decision 0035).
An outcome is noted here only once its document's savepoint is released (or, for a rejection or a
crash, after it rolled back), so a document rolled back never leaves a half-noted outcome behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from hub.adapters.language.fingerprint import read_with
from hub.adapters.readers.base import Extraction
from hub.models import Document, Submission
from hub.models.base import table_of

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "xml": "application/xml",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class Settled:
    """What a document's outcome sets on its submission, and the reading to keep when the form re-read
    the document (say, in the encoding the form names)."""

    status: str
    form_id: str | None = None
    problems: list[dict[str, Any]] | None = None
    error: str | None = None
    config_fingerprint: str | None = None
    reread: Extraction | None = None
    unchanged_version_id: int | None = None  # one record, the same as its current version: that version


_SUBMISSIONS, _DOCUMENTS = table_of(Submission), table_of(Document)
# Bound names differ from the columns' (a bound parameter may not take a column's name in an UPDATE).
_SETTLE = (
    update(_SUBMISSIONS)
    .where(_SUBMISSIONS.c.id == bindparam("b_id"))
    .values({name: bindparam(f"b_{name}") for name in ("status", "form_id", "problems", "error")})
    .values(config_fingerprint=bindparam("b_config_fingerprint"))
    .values(unchanged_version_id=bindparam("b_unchanged_version_id"))
    .values(waiting_since=bindparam("b_waiting_since"))
)
_KEEP = (
    update(_DOCUMENTS)
    .where(_DOCUMENTS.c.sha256 == bindparam("b_sha256"))
    .values({name: bindparam(f"b_{name}") for name in ("extraction", "format", "media_type")})
)


@dataclass
class Outcomes:
    """The outcomes of one batch, by submission, and the readings to keep, by document."""

    submissions: dict[int, tuple[Submission, Settled]] = field(default_factory=dict)
    documents: dict[str, tuple[Document, dict[str, Any]]] = field(default_factory=dict)

    def keep(self, document: Document, extraction: Extraction) -> None:
        """Keep a document's reading (and the format it found), unless one made by the same reading code
        is kept already: a reading by today's code replaces one by an earlier hub's."""
        kept = document.extraction
        if kept is not None and read_with(kept.get("meta")) == read_with(extraction.meta):
            return
        if document.sha256 not in self.documents:
            self.documents[document.sha256] = (document, _reading(document, extraction))

    def settle(self, submission: Submission, settled: Settled) -> None:
        """Note a submission's outcome (the last one noted is written)."""
        self.submissions[submission.id] = (submission, settled)
        if settled.reread is not None:
            document = submission.document
            self.documents[document.sha256] = (document, _reading(document, settled.reread))

    def write(self, session: Session) -> None:
        """Write every outcome noted, one executemany per table; no commit. The objects are told the new
        values as stored, so nothing reads them again before the commit."""
        connection = session.connection()
        if self.documents:
            rows = [{"b_sha256": sha} | _bound(values) for sha, (_, values) in self.documents.items()]
            connection.execute(_KEEP, rows)
        if self.submissions:
            rows = [
                {"b_id": submission_id} | _bound(_columns(settled))
                for submission_id, (_, settled) in self.submissions.items()
            ]
            connection.execute(_SETTLE, rows)
        for document, values in self.documents.values():
            for name, value in values.items():
                set_committed_value(document, name, value)
        for submission, settled in self.submissions.values():
            for name, value in _columns(settled).items():
                set_committed_value(submission, name, value)
            session.expire(submission, ["updated_at"])
        self.documents.clear()
        self.submissions.clear()


def _reading(document: Document, extraction: Extraction) -> dict[str, Any]:
    return {
        "extraction": extraction.to_dict(),
        "format": extraction.format,
        "media_type": MEDIA_TYPES.get(extraction.format, document.media_type),
    }


def _columns(settled: Settled) -> dict[str, Any]:
    return {
        "status": settled.status,
        "form_id": settled.form_id,
        "problems": settled.problems,
        "error": settled.error,
        "config_fingerprint": settled.config_fingerprint,
        "unchanged_version_id": settled.unchanged_version_id,
        "waiting_since": None,  # an outcome ends any wait (`awaiting`)
    }


def _bound(values: dict[str, Any]) -> dict[str, Any]:
    return {f"b_{name}": value for name, value in values.items()}
