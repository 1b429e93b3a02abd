"""Gladsaxe's golden forms submitted, read and mapped as a batch holds them before it links, and one
stored in a savepoint of its own, for the tests of a batch's locks and reads (`test_link_ahead`,
`test_records_ahead`)."""

from __future__ import annotations

from conftest import ROOT

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.extensions import db
from hub.models import Submission
from hub.services import documents, ingest

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"
Doc = tuple[Submission, documents.Prepared]


def prepared(names: tuple[str, ...], suffix: bytes = b"") -> list[Doc]:
    """The golden forms `names` submitted and mapped, no database read yet for linking; `suffix` appended
    to each file's bytes makes them new submissions of the same forms."""
    docs = []
    for name in names:
        data = (GOLDEN / name).read_bytes() + suffix
        submitted = ingest.submit(db.session, data, name, "gladsaxe", "test", "tester")
        submission = db.session.get_one(Submission, submitted.submission_id)
        docs.append((submission, documents.prepare(submission, extract(data, name, READ_OPTIONS), data)))
    db.session.commit()
    return docs


def store(doc: Doc) -> None:
    """Store one prepared document in a savepoint, as a batch stores each."""
    submission, prepared_doc = doc
    with db.session.begin_nested():
        documents.store_document(db.session, submission, prepared_doc.read, "test", None, prepared_doc)
