"""A company's own form's original is saved under the name it was sent with (`records.original`), and a
company names a file after an intern as a caseworker does ("0101901234 mentortimer.xlsx"): the bytes
hold no CPR number (a company's form with one is refused, `holds_cpr_like`), but the name went into the
answer's `Content-Disposition` as stored. The original is named as every page names the file to its
reader (`submission_view`): to the company with CPR-like text masked wholly, to the agreement's lead
(whose original it also is) masked as its pages name a company's file, to the sender's own municipality
as sent (stop 60, privacy-71)."""

from __future__ import annotations

import pytest
from accounts import sign_in
from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import select
from sweep_capture import Spellings

from hub.extensions import db
from hub.models import Agreement, Document, Record, RecordVersion, Submission

app = demo_copy_fixture("original-name-masked")

NAMED = "0101901234 mentortimer.csv"  # a made-up citizen's number, as a company names a file


def _a_form_falck_sent(app: Flask) -> int:
    """A record of a form Falck sent itself, its submission and document renamed `NAMED`; its id."""
    with app.app_context():
        submission, record_id = db.session.execute(
            select(Submission, RecordVersion.record_id)
            .join(RecordVersion, RecordVersion.submission_id == Submission.id)
            .join(Record, Record.id == RecordVersion.record_id)
            .join(Agreement, Agreement.id == Submission.agreement_id)
            .where(Agreement.company_cvr == "22222228", Record.current_version == RecordVersion.version)
            .order_by(Submission.id)
        ).first()
        submission.filename = NAMED
        document = db.session.scalar(select(Document).where(Document.sha256 == submission.document_sha256))
        assert document is not None
        document.filename = NAMED
        db.session.commit()
        return int(record_id)


@pytest.mark.usefixtures("demo_today")
def test_the_company_saves_its_own_original_under_a_masked_name(app: Flask) -> None:
    record_id = _a_form_falck_sent(app)
    company = app.test_client()
    sign_in(company, "falck")
    answer = company.get(f"/records/{record_id}/original")
    assert answer.status_code == 200
    disposition = answer.headers["Content-Disposition"]
    assert Spellings({"0101901234"}).find(disposition) is None, disposition
    assert "XXXXXX-XXXX mentortimer.csv" in disposition
    # The agreement's lead: as its upload page names a company's file, `DDMMYY-XXXX`.
    lead = app.test_client()
    sign_in(lead, "lead-gladsaxe")
    named = lead.get(f"/records/{record_id}/original").headers["Content-Disposition"]
    assert "010190-XXXX mentortimer.csv" in named, named
