"""The upload API: many files or a zip in, 202 with each file's submission and status URL; the status and
result with every problem at its locator; limits and unsafe zips refused in the one error shape."""

from __future__ import annotations

import gc
import io
import json
import zipfile
from typing import Any

import pytest
from accounts import add_user, bearer, csrf_token, sign_in
from conftest import ROOT, make_app
from flask import Flask
from page_support import load_agreements
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import AuditEvent, Submission
from hub.queue import queue

GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture
def api(backend_app: Flask) -> Flask:
    app = backend_app  # SQLite and PostgreSQL
    load_agreements(app)
    for name in ("kommune-herlev", "lead-gladsaxe", "kommune-ballerup"):
        add_user(app, name)
    return app


def post(client: Any, headers: dict[str, str], *files: tuple[str, bytes], **form: str) -> Any:
    data: dict[str, Any] = {"files": [(io.BytesIO(body), name) for name, body in files], **form}
    return client.post("/api/submissions", data=data, headers=headers, content_type="multipart/form-data")


def test_many_files_in_one_upload_each_get_a_submission_and_a_status_that_ends_final(api: Flask) -> None:
    client, herlev = api.test_client(), bearer(api, "kommune-herlev")
    placement = (GOLDEN / "herlev" / "placement.csv").read_bytes()
    support = (GOLDEN / "herlev" / "mentor_support.csv").read_bytes()
    response = post(client, herlev, ("placement.csv", placement), ("support.csv", support))
    assert response.status_code == 202
    files = response.get_json()["files"]
    assert [(f["filename"], f["outcome"], f["status"]) for f in files] == [
        ("placement.csv", "received", "queued"),
        ("support.csv", "received", "queued"),
    ]
    assert files[0]["status_url"] == f"http://localhost/api/submissions/{files[0]['submission_id']}"
    queue.run_burst(api)  # the embedded worker thread is off in tests
    status = client.get(files[0]["status_url"], headers=herlev).get_json()
    assert (status["status"], status["final"], status["municipality"]) == ("accepted", True, "163")
    assert status["channel"] == "api"  # sent with a token, by a case system: not the upload page
    [made] = status["records"]
    assert made["version"] == 1 and made["url"] == f"http://localhost/records/{made['record_id']}"
    assert made["api_url"] == f"http://localhost/api/records/{made['record_id']}"
    # The record it made holds what the form says (tests/golden/herlev/placement.expected.json, by hand).
    expected = json.loads((GOLDEN / "herlev" / "placement.expected.json").read_text(encoding="utf-8"))
    assert expected["citizen"]["name"] == "Ahmad Rahimi"


def test_a_made_record_is_read_at_its_api_url_with_the_same_token(api: Flask) -> None:
    # `url` is the record's page, for a person in a browser: a token opens it no more (decision 0015).
    client, herlev = api.test_client(), bearer(api, "kommune-herlev")
    [sent] = post(client, herlev, ("p.csv", (GOLDEN / "herlev" / "placement.csv").read_bytes())).get_json()[
        "files"
    ]
    queue.run_burst(api)
    [made] = client.get(sent["status_url"], headers=herlev).get_json()["records"]
    record = client.get(made["api_url"], headers=herlev)
    assert record.status_code == 200 and record.is_json
    assert record.get_json()["id"] == made["record_id"]
    assert [v["version"] for v in record.get_json()["versions"]] == [made["version"]]
    assert client.get(made["url"], headers=herlev).status_code == 401


def test_a_file_sent_again_under_another_name_says_which_file_counted(api: Flask) -> None:
    client, herlev = api.test_client(), bearer(api, "kommune-herlev")
    placement = (GOLDEN / "herlev" / "placement.csv").read_bytes()
    [first] = post(client, herlev, ("placement.csv", placement)).get_json()["files"]
    [again] = post(client, herlev, ("kopi af placement.csv", placement)).get_json()["files"]
    assert (again["outcome"], again["submission_id"]) == ("duplicate", first["submission_id"])
    assert first["note_en"] is None
    assert again["note_en"].startswith("kopi af placement.csv: the same bytes as placement.csv, received on")
    assert again["note_da"].startswith("kopi af placement.csv: samme indhold som placement.csv, modtaget")


def test_a_rejected_file_sent_again_says_it_was_refused_before_and_must_be_corrected(api: Flask) -> None:
    # Day 32 in the start date: rejected for what is in the file, so the same bytes keep their answer
    # (`retry`). "Already received · Rejected" with the first answer's reasons read as a new rejection,
    # or as if sending it again might help; the note says what happened and what to do, in both.
    client, herlev = api.test_client(), bearer(api, "kommune-herlev")
    broken = (GOLDEN / "herlev" / "placement.csv").read_bytes().replace(b"10-08-2026", b"32-08-2026")
    [first] = post(client, herlev, ("praktik.csv", broken)).get_json()["files"]
    queue.run_burst(api)
    [again] = post(client, herlev, ("praktik.csv", broken)).get_json()["files"]
    assert (again["outcome"], again["status"]) == ("duplicate", "rejected")
    assert again["note_en"].endswith(
        f"as submission {first['submission_id']}; it was rejected then, and the same bytes get the same"
        " answer: correct the file and send the corrected file; sending the same file again changes nothing"
    ), again["note_en"]
    assert again["note_da"].endswith(
        f"som indsendelse {first['submission_id']}; den blev afvist dengang, og det samme indhold får det"
        " samme svar: ret filen, og send den rettede fil; at sende den samme fil igen ændrer ikke noget"
    ), again["note_da"]
    # Rejected for what lay outside it (no placement yet): the same bytes are read again, not to be fixed.
    gladsaxe = bearer(api, "lead-gladsaxe")
    end_form = (GOLDEN / "gladsaxe" / "placement_end.pdf").read_bytes()
    [outside] = post(client, gladsaxe, ("ophoer.pdf", end_form)).get_json()["files"]
    queue.run_burst(api)
    assert client.get(outside["status_url"], headers=gladsaxe).get_json()["status"] == "rejected"
    [read_again] = post(client, gladsaxe, ("ophoer.pdf", end_form)).get_json()["files"]
    assert read_again["outcome"] == "duplicate" and read_again["status"] != "rejected"
    assert "correct the file" not in read_again["note_en"] and "ret filen" not in read_again["note_da"]
    # and said to be read again, so that the answer that follows is not taken for the first one repeated.
    assert read_again["note_en"].endswith(
        "; read again: a reason lay outside the document (an agreement, a placement)"
    ), read_again["note_en"]
    assert read_again["note_da"].endswith(
        "; læst igen: en grund lå uden for dokumentet (en aftale, en praktik)"
    )


def test_a_rejected_form_shows_every_problem_at_its_locator_in_both_languages(api: Flask) -> None:
    client, herlev = api.test_client(), bearer(api, "kommune-herlev")
    broken = (
        (GOLDEN / "herlev" / "placement.csv")
        .read_bytes()
        .replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026")
    )
    [sent] = post(client, herlev, ("broken.csv", broken)).get_json()["files"]
    queue.run_burst(api)
    status = client.get(sent["status_url"], headers=herlev).get_json()
    assert status["status"] == "rejected" and status["records"] == []
    [problem] = [p for p in status["problems"] if p["field"] == "period.start"]
    assert problem["file"] == "broken.csv"
    assert "B9" in problem["locator"]  # Startdato is the ninth line, its value in the second column
    assert problem["reason_en"] and problem["reason_da"] and problem["reason_en"] != problem["reason_da"]
    assert (problem["locator"], problem["locator_da"]) == ("row 9, column 2 (B9)", "række 9, kolonne 2 (B9)")
    assert (problem["field_en"], problem["field_da"]) == ("first day", "startdato")  # the path in words
    # Recognised as Herlev's placement form, rejected for a value: the submission says which form.
    assert status["form_id"] == problem["form"] == "praktikaftale"


def test_a_zip_of_forms_is_unpacked_and_each_member_followed(api: Flask) -> None:
    client, herlev = api.test_client(), bearer(api, "kommune-herlev")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mappe/placement.csv", (GOLDEN / "herlev" / "placement.csv").read_bytes())
        archive.writestr("mappe/end.csv", (GOLDEN / "herlev" / "placement_end.csv").read_bytes())
    files = post(client, herlev, ("forms.zip", out.getvalue())).get_json()["files"]
    # Each member named by the zip and its folders: two citizens' folders may each hold a placement.csv.
    assert [f["filename"] for f in files] == ["forms.zip/mappe/placement.csv", "forms.zip/mappe/end.csv"]
    assert [f["outcome"] for f in files] == ["received", "received"]


def test_an_unsafe_zip_is_a_4xx_naming_the_member_and_stores_nothing(api: Flask) -> None:
    client, herlev = api.test_client(), bearer(api, "kommune-herlev")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("ok.csv", b"a;b\n")
        archive.writestr("../../etc/evil.csv", b"a;b\n")
    response = post(client, herlev, ("evil.zip", out.getvalue()))
    assert response.status_code == 422
    body = response.get_json()
    assert body["code"] == "archive_refused"
    assert body["problems"][0]["file"] == "evil.zip: ../../etc/evil.csv"
    assert "udenfor" not in body["message_da"] and "zip" in body["message_da"]
    with api.app_context():
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 0
    # Its problem has the keys of every other problem: a file refused in a 202, a bad argument's 422.
    refused = post(client, herlev, ("empty.csv", b"")).get_json()["files"][0]["problems"][0]
    argument = client.get("/api/submissions?per_page=0", headers=herlev).get_json()["problems"][0]
    assert set(body["problems"][0]) == set(refused) == set(argument)
    assert (body["problems"][0]["field_en"], body["problems"][0]["field_da"]) == ("", "")


def test_an_upload_past_the_size_limit_is_413_in_the_one_shape_and_logged(tmp_path: Any) -> None:
    app = load_agreements(make_app(tmp_path, UPLOAD_MAX_BYTES=2048))
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    response = post(client, herlev, ("big.csv", b"a;b\n" * 2000))
    assert response.status_code == 413
    body = response.get_json()
    assert body["code"] == "request_entity_too_large"
    assert "2.048" in body["message_da"] and "2,048" in body["message"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 0
        actions = db.session.scalars(
            select(AuditEvent.actor).where(AuditEvent.action == "upload.refused")
        ).all()
        assert actions == ["user:kommune-herlev token:1"]
        db.engine.dispose()


def test_an_upload_past_the_size_limit_is_told_what_to_do_in_the_shape_of_the_apis_other_errors(
    tmp_path: Any,
) -> None:
    """Decision 0016, "Stop 61: fixes-72": the 413 said the limit and nothing more; a case system (and the
    upload page, which shows the API's message) now reads what to do, in English and in Danish, in the
    same problem details as the API's 415 beside it (decision 0016's one shape)."""
    app = load_agreements(make_app(tmp_path, UPLOAD_MAX_BYTES=2048))
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    response = post(client, herlev, ("big.csv", b"a;b\n" * 2000))
    assert response.status_code == 413 and response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["message"] == (
        "the upload is larger than the limit of 2,048 bytes; send fewer files in one upload, or split a "
        "large export into several smaller files"
    )
    assert body["message_da"] == (
        "uploaden er større end grænsen på 2.048 byte; send færre filer i én upload, eller del et stort "
        "udtræk i flere mindre filer"
    )
    other = client.post("/api/submissions", data=b"{}", headers=herlev, content_type="application/json")
    assert other.status_code == 415 and set(body) == set(other.get_json())
    assert (body["status"], body["problems"]) == (413, [])
    with app.app_context():
        db.engine.dispose()


def test_the_413_names_the_limit_enforced_when_max_content_length_is_set_itself(tmp_path: Any) -> None:
    """Flask's `MAX_CONTENT_LENGTH` set directly (`HUB_MAX_CONTENT_LENGTH`) is the limit enforced, not
    `UPLOAD_MAX_BYTES` (which only fills it when unset): the 413 names the one that refused the upload."""
    app = load_agreements(make_app(tmp_path, UPLOAD_MAX_BYTES=1_000_000, MAX_CONTENT_LENGTH=3000))
    add_user(app, "kommune-herlev")
    response = post(app.test_client(), bearer(app, "kommune-herlev"), ("big.csv", b"a;b\n" * 2000))
    assert response.status_code == 413
    body = response.get_json()
    assert "3,000 bytes" in body["message"] and "3.000 byte" in body["message_da"]
    assert "1,000,000" not in body["message"] and "1.000.000" not in body["message_da"]
    with app.app_context():
        db.engine.dispose()


# Werkzeug's parser, stopped at the parts limit, leaves the files it had spooled to the collector.
@pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <function SpooledTemporaryFile:pytest.PytestUnraisableExceptionWarning"
)
def test_more_parts_than_werkzeug_takes_are_told_so_not_that_they_are_too_large(tmp_path: Any) -> None:
    """Werkzeug's form parser refuses more than `MAX_FORM_PARTS` parts with a 413 before the hub counts
    files: the message says parts, and to split the upload or zip it, not that it is larger than the
    limit in bytes (the body is a few hundred bytes). The hub raises the parts to `UPLOAD_MAX_FILES` + 10
    so that the files it counts itself come first: 2 + 10 = 12 parts here, though 5 were set."""
    app = load_agreements(make_app(tmp_path, UPLOAD_MAX_FILES=2, MAX_FORM_PARTS=5))
    add_user(app, "kommune-herlev")
    files = [(f"{n}.csv", b"a") for n in range(15)]
    response = post(app.test_client(), bearer(app, "kommune-herlev"), *files)
    assert response.status_code == 413
    body = response.get_json()
    assert "more than 12 parts" in body["message"] and "several uploads" in body["message"]
    assert "mere end 12 dele" in body["message_da"] and "flere uploads" in body["message_da"]
    assert "bytes" not in body["message"]
    with app.app_context():
        db.engine.dispose()
    gc.collect()  # here, under the filter above, not in a later test


def test_an_upload_within_the_parts_gets_the_hubs_own_count_of_files(tmp_path: Any) -> None:
    """21 files against `UPLOAD_MAX_FILES=20`: werkzeug would refuse them at the 5 parts set, before
    the hub's own `too_many_files` could say how many files an upload may hold."""
    app = load_agreements(make_app(tmp_path, UPLOAD_MAX_FILES=20, MAX_FORM_PARTS=5))
    add_user(app, "kommune-herlev")
    files = [(f"{n}.csv", b"a") for n in range(21)]
    response = post(app.test_client(), bearer(app, "kommune-herlev"), *files)
    assert response.status_code == 422
    assert response.get_json()["code"] == "too_many_files"
    with app.app_context():
        db.engine.dispose()


def test_more_plain_files_than_an_upload_may_hold_are_refused_with_their_own_code(tmp_path: Any) -> None:
    """Too many files is no archive's fault: `too_many_files`, saying the limit and to split the upload,
    in English and Danish, documented in the spec; nothing stored, the attempt in the audit log."""
    app = load_agreements(make_app(tmp_path, UPLOAD_MAX_FILES=2))
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    placement = (GOLDEN / "herlev" / "placement.csv").read_bytes()
    response = post(client, herlev, *[(f"p{n}.csv", placement + b"\n" * n) for n in range(3)])
    assert response.status_code == 422
    body = response.get_json()
    assert body["code"] == "too_many_files"
    [problem] = body["problems"]
    assert "the limit is 2" in problem["reason_en"] and "several uploads" in problem["reason_en"]
    assert "grænsen er 2" in problem["reason_da"] and "flere uploads" in problem["reason_da"]
    assert problem["file"] == ""  # plain files: no zip to name
    assert "several uploads" in body["message"] and "flere uploads" in body["message_da"]
    spec = client.get("/api/openapi.json").get_json()
    assert "`too_many_files`" in spec["paths"]["/api/submissions"]["post"]["responses"]["422"]["description"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 0
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "upload.refused")).one()
        assert event.detail["reason"] == "too_many_files"
        db.engine.dispose()


def test_a_partner_cannot_send_as_another_municipality_nor_read_its_submissions(api: Flask) -> None:
    client = api.test_client()
    herlev, ballerup = bearer(api, "kommune-herlev"), bearer(api, "kommune-ballerup")
    placement = (GOLDEN / "herlev" / "placement.csv").read_bytes()
    assert post(client, herlev, ("p.csv", placement), municipality="151").status_code == 404
    [sent] = post(client, herlev, ("p.csv", placement)).get_json()["files"]
    assert client.get(sent["status_url"], headers=ballerup).status_code == 404
    assert client.get("/api/submissions", headers=ballerup).get_json()["submissions"] == []


def test_the_list_is_the_callers_party_newest_first_and_paginated(api: Flask) -> None:
    client, herlev = api.test_client(), bearer(api, "kommune-herlev")
    lead = bearer(api, "lead-gladsaxe")
    for n in range(3):
        post(client, herlev, (f"f{n}.csv", f"Praktikaftale;{n}\n".encode()))
    page = client.get("/api/submissions?page=1&per_page=2", headers=herlev)
    body = page.get_json()
    assert [s["filename"] for s in body["submissions"]] == ["f2.csv", "f1.csv"]
    assert (body["page"], body["per_page"], body["total"]) == (1, 2, 3)
    assert 'rel="next"' in page.headers["Link"] and "page=2" in page.headers["Link"]
    # Herlev's own forms are not bound to an agreement: the lead of one it is a partner in does not
    # follow them; what the lead sends for Herlev it follows (test_a_lead_sends_for_a_partner).
    assert client.get("/api/submissions", headers=lead).get_json()["submissions"] == []


def test_a_lead_sends_for_a_partner(api: Flask) -> None:
    client, lead = api.test_client(), bearer(api, "lead-gladsaxe")
    placement = (GOLDEN / "herlev" / "placement.csv").read_bytes()
    [sent] = post(client, lead, ("p.csv", placement), municipality="163").get_json()["files"]
    assert sent["outcome"] == "received"
    queue.run_burst(api)
    status = client.get(sent["status_url"], headers=lead).get_json()
    assert (status["municipality"], status["status"]) == ("163", "accepted")
    herlev = bearer(api, "kommune-herlev")  # and Herlev sees its citizen's form as its own
    assert client.get(sent["status_url"], headers=herlev).get_json()["status"] == "accepted"


def test_a_company_in_several_agreements_is_told_which_field_to_give(api: Flask) -> None:
    add_user(api, "falck")  # Falck Hovedstaden and Falck Randers
    client, falck = api.test_client(), bearer(api, "falck")
    answer = post(client, falck, ("skema.xlsx", b"not read"))
    assert answer.status_code == 422
    (problem,) = answer.get_json()["problems"]
    assert problem["field"] == "agreement" and "falck-hovedstaden" in problem["reason_en"]
    assert "angiv den, skemaet hører til" in problem["reason_da"]


def test_a_person_on_the_upload_page_sends_by_the_web_channel(api: Flask) -> None:
    client = api.test_client()
    sign_in(client, "kommune-herlev")
    token = csrf_token(client, "/upload")
    sent = post(
        client, {"X-CSRFToken": token}, ("placement.csv", (GOLDEN / "herlev" / "placement.csv").read_bytes())
    )
    assert sent.status_code == 202, sent.get_json()
    status = client.get(sent.get_json()["files"][0]["status_url"]).get_json()
    assert status["channel"] == "web"
