"""A lead follows the uploads it sent itself, by its own name: no other user's by a look-alike name."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from hub.access import Principal
from hub.extensions import db
from hub.models import Document, Submission
from hub.services import scope


def _sent(number: int, by: str) -> Submission:
    sha = f"{number:064x}"
    db.session.add(Document(sha256=sha, size=1, media_type="application/pdf", filename="a.pdf"))
    return Submission(
        document_sha256=sha, municipality_code="999", channel="upload", submitted_by=by, filename="a.pdf"
    )


def test_a_lead_with_an_underscore_in_its_name_does_not_follow_a_look_alike_users_uploads(app: Flask) -> None:
    # In SQL LIKE "_" matches any one character: "jens_hansen" must not match "jens.hansen"'s token.
    lead = Principal(1, "jens_hansen@gladsaxe.dk", "lead", municipality="159")
    with app.app_context():
        own = _sent(1, "user:jens_hansen@gladsaxe.dk token:4")
        other = _sent(2, "user:jens.hansen@gladsaxe.dk token:5")
        db.session.add_all([own, other])
        db.session.flush()
        seen = set(db.session.scalars(select(Submission.id).where(scope.submission_clause(lead))))
        assert seen == {own.id}
        db.session.rollback()
