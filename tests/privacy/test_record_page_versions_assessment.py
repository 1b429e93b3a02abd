"""The record page's list of versions hides a job centre's assessment from the company version by version
(stop 50's review). An end form's record is one per placement (`linking.find_record`), so the job
centre's end form and the company's own for the same intern are two versions of one record. The page
decided what the company may see by the version shown: with the company's own version shown, the list
of what each version changed read out the job centre's earlier one too, its caseworker's note and its
outcome (`long_term_sick` is health data). The API decides per version (`record_reads`); so does the
page now."""

from __future__ import annotations

import copy

import pytest
from accounts import sign_in
from flask import Flask
from page_support import demo_copy_fixture, sent_by_a_municipality
from sqlalchemy import select

from hub.extensions import db
from hub.models import Record, RecordVersion, Submission

app = demo_copy_fixture("record-page-versions")

# Planted in the job centre's version: what only staff may read of it.
THEIR_NOTE = "Borgeren er sygemeldt med rygsmerter"
# The outcome as stored, and as the page says it in Danish and English (`web.names`, messages.po).
THEIR_OUTCOME = ("long_term_sick", "Langtidssyg", "Long-term sick")
# The company's own end form for the same intern.
OUR_NOTE = "Praktikken sluttede efter aftale"


def _company_version_on_top(app: Flask) -> int:
    """A job centre's end form of one of Falck Hovedstaden's interns (its note and outcome planted), with
    the company's end form for the same intern stored on top as its next version; the record's id."""
    record_id = sent_by_a_municipality(app, ("placement_end",))[0][0]
    with app.app_context():
        record = db.session.get_one(Record, record_id)
        theirs = next(v for v in record.versions if v.version == record.current_version)
        theirs.data = {**theirs.data, "note": THEIR_NOTE, "outcome": THEIR_OUTCOME[0]}
        sent = db.session.scalar(
            select(Submission.id)
            .where(Submission.agreement_id == "falck-hovedstaden", Submission.status == "accepted")
            .order_by(Submission.id.desc())
        )
        assert sent is not None and sent > theirs.submission_id  # received after the job centre's
        ours = copy.deepcopy(theirs.data) | {"note": OUR_NOTE, "outcome": "ordinary_job"}
        on_top = theirs.version + 1
        db.session.add(RecordVersion(record=record, version=on_top, submission_id=sent, data=ours))
        record.current_version = on_top
        db.session.commit()
    return record_id


@pytest.mark.usefixtures("demo_today")
def test_the_company_reads_no_job_centres_assessment_in_the_versions_list(app: Flask) -> None:
    record_id = _company_version_on_top(app)
    staff = app.test_client()
    sign_in(staff, "lead-gladsaxe")
    assert THEIR_NOTE in staff.get(f"/records/{record_id}").get_data(as_text=True)  # it is on the page
    company = app.test_client()
    sign_in(company, "falck")
    for url in (f"/records/{record_id}", f"/records/{record_id}?version=1"):
        page = company.get(url)
        assert page.status_code == 200
        text = page.get_data(as_text=True)
        assert THEIR_NOTE not in text
        assert not [word for word in THEIR_OUTCOME if word in text]
    assert OUR_NOTE in company.get(f"/records/{record_id}").get_data(as_text=True)  # its own it reads
