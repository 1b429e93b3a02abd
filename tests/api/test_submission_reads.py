"""A company's read of its submissions is a read of personal data once they name its interns (each item's
participant id), and so an audit entry, as its read of the placements is (DESIGN.md: every read of
personal data by a company or auditor). A status still waiting names nobody: polling it logs nothing."""

from __future__ import annotations

import io

from api_support import Caller, events
from flask import Flask
from page_support import demo_copy_fixture

from hub.extensions import blobs, db
from hub.models import Submission

app = demo_copy_fixture("api-submission-reads")


def test_a_companys_list_of_submissions_naming_interns_is_logged(app: Flask) -> None:
    falck = Caller(app, "falck")
    before = len(events(app, "user:falck ", "read.submissions"))
    page = falck.json("/api/submissions?per_page=5")["submissions"]
    naming = [s["id"] for s in page if any(item["participant"] for item in s["items"])]
    assert naming  # the demo's company forms name their interns by participant id
    logged = events(app, "user:falck ", "read.submissions")
    assert len(logged) == before + 1
    assert logged[-1].detail["submissions"] == naming and logged[-1].detail["page"] == 1


def test_a_companys_read_of_one_submission_naming_interns_is_logged(app: Flask) -> None:
    falck = Caller(app, "falck")
    [first] = falck.json("/api/submissions?per_page=1")["submissions"]
    assert any(item["participant"] for item in first["items"])
    before = len(events(app, "user:falck ", "read.submission"))
    falck.json(first["status_url"])
    logged = events(app, "user:falck ", "read.submission")
    assert len(logged) == before + 1 and logged[-1].subject == f"submission:{first['id']}"


def test_a_waiting_status_polled_by_the_company_is_not_logged(app: Flask) -> None:
    falck = Caller(app, "falck")
    sent = falck.client.post(
        "/api/submissions",
        headers=falck.headers,
        data={"files": (io.BytesIO(b"not a form"), "note.csv"), "agreement": "falck-hovedstaden"},
        content_type="multipart/form-data",
    )
    assert sent.status_code == 202, sent.get_data(as_text=True)
    before = len(events(app, "user:falck ", "read.submission"))
    for _ in range(3):
        assert falck.json(sent.headers["Location"])["items"] == []
    assert len(events(app, "user:falck ", "read.submission")) == before


def test_a_company_sending_a_form_again_reads_its_interns_and_that_is_logged(app: Flask) -> None:
    """The same bytes sent again answer with the items of the submission they repeat (`uploads`): the
    interns' participant ids, as that submission's status shows them, and so logged as its read is."""
    falck = Caller(app, "falck")
    listed = falck.json("/api/submissions?per_page=20")["submissions"]
    first = next(s for s in listed if any(item["participant"] for item in s["items"]))
    with app.app_context():
        sent = db.session.get_one(Submission, first["id"])
        data, agreement = blobs.store.get(sent.document_sha256), sent.agreement_id
    before = len(events(app, "user:falck ", "read.submission"))
    again = falck.client.post(
        "/api/submissions",
        headers=falck.headers,
        data={"files": (io.BytesIO(data), "igen.xlsx"), "agreement": agreement},
        content_type="multipart/form-data",
    )
    assert again.status_code == 202, again.get_data(as_text=True)
    [answer] = again.get_json()["files"]
    assert answer["outcome"] == "duplicate" and any(item["participant"] for item in answer["items"])
    logged = events(app, "user:falck ", "read.submission")
    assert len(logged) == before + 1 and logged[-1].subject == f"submission:{first['id']}"
