"""Every JSON read of a token holder carries an ETag and answers a current `If-None-Match` with 304: a
case system polls a submission's status, or reads the placements again, for a few bytes. A browser's
session gets `no-store` and no tag; files are not tagged; the spec says which reads are conditional."""

from __future__ import annotations

from accounts import sign_in
from api_support import Caller, events
from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import select

from hub.extensions import db
from hub.models import Submission

app = demo_copy_fixture("api-conditional")


def _herlevs_first_submission(app: Flask) -> int:
    with app.app_context():
        found = db.session.scalar(
            select(Submission.id).where(Submission.municipality_code == "163").order_by(Submission.id)
        )
    assert found is not None
    return found


def test_a_polled_submission_status_is_304_while_it_is_unchanged(app: Flask) -> None:
    herlev = Caller(app, "kommune-herlev")
    url = f"/api/submissions/{_herlevs_first_submission(app)}"
    first = herlev.get(url)
    tag = first.headers["ETag"]
    assert first.status_code == 200 and tag.startswith('"') and len(tag) == 34
    assert first.headers["Cache-Control"] == "private, no-cache"
    again = herlev.get(url, **{"If-None-Match": tag})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == tag
    assert herlev.get(url, **{"If-None-Match": "W/" + tag}).status_code == 304  # compared weakly
    stale = herlev.get(url, **{"If-None-Match": '"0123"'})
    assert stale.status_code == 200 and stale.get_json() == first.get_json()


def test_a_lists_tag_is_its_callers_own_and_its_304_keeps_the_links(app: Flask) -> None:
    """Herlev sees its citizens in full, the lead masked: one list, two representations, two tags."""
    url = "/api/placements?municipality_code=163&per_page=2"
    herlev, lead = Caller(app, "kommune-herlev"), Caller(app, "lead-gladsaxe")
    mine, theirs = herlev.get(url), lead.get(url)
    assert mine.headers["ETag"] != theirs.headers["ETag"]
    assert lead.get(url, **{"If-None-Match": mine.headers["ETag"]}).status_code == 200
    again = herlev.get(url, **{"If-None-Match": mine.headers["ETag"]})
    assert again.status_code == 304 and again.headers["Link"] == mine.headers["Link"]
    # Another page is another answer.
    other = herlev.get(url + "&page=2", **{"If-None-Match": mine.headers["ETag"]})
    assert other.status_code == 200


def test_a_304_to_the_company_is_still_a_read_in_the_audit_log(app: Flask) -> None:
    falck = Caller(app, "falck")
    url = "/api/placements?per_page=3"
    tag = falck.get(url).headers["ETag"]
    before = len(events(app, "user:falck ", "read.placements"))
    assert falck.get(url, **{"If-None-Match": tag}).status_code == 304
    assert len(events(app, "user:falck ", "read.placements")) == before + 1


def test_a_browser_session_is_not_tagged_and_keeps_nothing(app: Flask) -> None:
    """The upload page polls with its session: its answers stay `no-store`, without a tag to keep them by."""
    client = app.test_client()
    sign_in(client, "kommune-herlev")
    answer = client.get(f"/api/submissions/{_herlevs_first_submission(app)}")
    assert answer.status_code == 200 and "ETag" not in answer.headers
    assert answer.headers["Cache-Control"] == "no-store"


def test_files_and_errors_are_not_tagged(app: Flask) -> None:
    falck = Caller(app, "falck")
    export = falck.get("/api/agreements/falck-hovedstaden/export?format=json&period=2026-09")
    assert export.status_code == 200 and export.mimetype == "application/json"
    assert "ETag" not in export.headers and export.headers["Cache-Control"] == "no-store"
    missing = falck.get("/api/placements/999999")
    assert missing.status_code == 404 and "ETag" not in missing.headers


def test_the_spec_says_which_reads_are_conditional(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    assert "ETag" in spec["components"]["responses"]["NotModified"]["headers"]
    conditional, files = set(), set()
    for path, operations in spec["paths"].items():
        get = operations.get("get")
        if get is None:
            continue
        headers = [p["name"] for p in get.get("parameters", []) if p["in"] == "header"]
        if "Content-Disposition" not in get["responses"]["200"].get("headers", {}):
            assert headers == ["If-None-Match"] and "304" in get["responses"], path
            assert "ETag" in get["responses"]["200"]["headers"], path
            conditional.add(path)
        else:
            assert headers == [] and "304" not in get["responses"], path
            files.add(path)
    assert {"/api/submissions/{submission_id}", "/api/placements", "/api/records/{record_id}"} <= conditional
    # The JSON export is a file (a download), though documented as JSON: the spec promises it no tag.
    assert {"/api/municipalities/{municipality}/bundle", "/api/agreements/{agreement_id}/export"} <= files
    export = spec["paths"]["/api/agreements/{agreement_id}/export"]["get"]
    assert "application/json" in export["responses"]["200"]["content"]
    for path in conditional:
        assert "application/json" in spec["paths"][path]["get"]["responses"]["200"]["content"], path
