"""A company's read of its submissions is a read of personal data once they name its interns (each item's
participant id), and so an audit entry, as its read of the placements is (DESIGN.md: every read of
personal data by a company or auditor). A status still waiting names nobody: polling it logs nothing."""

from __future__ import annotations

import io
import re
from html import unescape
from typing import Any

from accounts import csrf_token, sign_in
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
    # A CSV no form of Falck's matches: stored and waiting, as no worker runs here.
    sent = falck.client.post(
        "/api/submissions",
        headers=falck.headers,
        data={"files": (io.BytesIO(b"Note;not a form\n"), "note.csv"), "agreement": "falck-hovedstaden"},
        content_type="multipart/form-data",
    )
    assert sent.status_code == 202, sent.get_data(as_text=True)
    before = len(events(app, "user:falck ", "read.submission"))
    for _ in range(3):
        assert falck.json(sent.headers["Location"])["items"] == []
    assert len(events(app, "user:falck ", "read.submission")) == before


def _naming_sent(app: Flask, falck: Caller) -> tuple[int, bytes, str]:
    """A submission of the company's whose items name its interns: its id, its bytes and agreement."""
    listed = falck.json("/api/submissions?per_page=20")["submissions"]
    first = next(s for s in listed if any(item["participant"] for item in s["items"]))
    with app.app_context():
        sent = db.session.get_one(Submission, first["id"])
        return first["id"], blobs.store.get(sent.document_sha256), str(sent.agreement_id)


def test_a_company_sending_a_form_again_reads_its_interns_and_that_is_logged(app: Flask) -> None:
    """The same bytes sent again answer with the items of the submission they repeat (`uploads`): the
    interns' participant ids, as that submission's status shows them, and so logged as its read is."""
    falck = Caller(app, "falck")
    first_id, data, agreement = _naming_sent(app, falck)
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
    assert len(logged) == before + 1 and logged[-1].subject == f"submission:{first_id}"


def test_the_same_submission_repeated_twice_in_one_answer_is_one_read(app: Flask) -> None:
    """Two files of one upload with the same bytes as an earlier submission: the answer shows its items
    twice, and they are one submission's read, as its status read twice at once would be two requests."""
    falck = Caller(app, "falck")
    first_id, data, agreement = _naming_sent(app, falck)
    before = len(events(app, "user:falck ", "read.submission"))
    files = [(io.BytesIO(data), "igen.xlsx"), (io.BytesIO(data), "igen-2.xlsx")]
    again = falck.client.post(
        "/api/submissions",
        headers=falck.headers,
        data={"files": files, "agreement": agreement},
        content_type="multipart/form-data",
    )
    assert again.status_code == 202, again.get_data(as_text=True)
    answers = again.get_json()["files"]
    assert [a["outcome"] for a in answers] == ["duplicate", "duplicate"]
    assert all(any(item["participant"] for item in a["items"]) for a in answers)
    logged = events(app, "user:falck ", "read.submission")
    assert [e.subject for e in logged[before:]] == [f"submission:{first_id}"]


def _flashes(client: Any, path: str) -> list[str]:
    page = client.get(path).get_data(as_text=True)
    return [unescape(m) for m in re.findall(r'<p class="flash [^"]*" role="status">(.*?)</p>', page, re.S)]


def test_the_form_sent_again_without_script_shows_no_interns_and_logs_no_read(app: Flask) -> None:
    """The upload form sent without upload.js says a file sent again by its note alone (which file, which
    submission, when), never the items it repeats: the company read no one's data, and nothing is logged
    as read. The same bytes through the API are (above): the log follows what is shown."""
    first_id, data, agreement = _naming_sent(app, Caller(app, "falck"))
    client = app.test_client()
    sign_in(client, "falck")
    before = len(events(app, "user:falck", "read.submission"))
    sent = client.post(
        "/upload",
        data={
            "agreement": agreement,
            "back": "/upload",
            "csrf_token": csrf_token(client, "/upload"),
            "files": [(io.BytesIO(data), "igen.xlsx")],
        },
        content_type="multipart/form-data",
        headers={"Accept": "text/html"},
    )
    assert sent.status_code == 303, sent.get_data(as_text=True)
    [said] = _flashes(client, "/upload")
    assert f"som indsendelse {first_id}" in said  # the repeat was seen and said
    assert len(events(app, "user:falck", "read.submission")) == before
