"""An upload's `Idempotency-Key` (decision 0016, "Stop 65: api-93"): a case system that retries gets the
first answer again for the same key and request, a refusal for the same key with another request, and
keys are its party's own and expire after `HUB_IDEMPOTENCY_KEY_HOURS`."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

from accounts import add_user, bearer
from flask import Flask
from spec_walk import SpecCheck
from sqlalchemy import func, select, update

from hub.extensions import db
from hub.models import IdempotencyKey, Submission
from hub.models.base import utcnow

KEY = "5f0c6a7e-2b7d-4c55-9d1a-0c3f1e2d4b6a"
HOURS = b"Navn;Timer\nA;1\n"
OTHER = b"Navn;Timer\nB;2\n"


def _send(app: Flask, user: str, data: bytes, key: str | None = KEY, **form: str) -> Any:
    headers = bearer(app, user) | ({"Idempotency-Key": key} if key is not None else {})
    return app.test_client().post(
        "/api/submissions",
        headers=headers,
        data={"files": [(io.BytesIO(data), "timer.csv")], **form},
        content_type="multipart/form-data",
    )


def _count(app: Flask, model: Any) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(model)) or 0)


def _problem(app: Flask, answer: Any, code: str, status: int) -> dict[str, Any]:
    spec = app.test_client().get("/api/openapi.json").get_json()
    assert SpecCheck(spec).problems(spec["paths"]["/api/submissions"]["post"], answer) == []
    body = answer.get_json()
    assert (answer.status_code, body["code"], body["status"]) == (status, code, status)
    assert body["type"] == f"http://localhost/api/problems/{code}"
    assert "Traceback" not in answer.get_data(as_text=True)
    return dict(body)


def test_the_same_key_and_request_is_answered_the_first_answer_again(backend_app: Flask) -> None:
    app = backend_app  # the key's row, its JSON body and its unique pair on both databases
    add_user(app, "kommune-herlev")
    first, again = _send(app, "kommune-herlev", HOURS), _send(app, "kommune-herlev", HOURS)
    assert first.status_code == again.status_code == 202
    assert first.get_json()["files"][0]["outcome"] == "received"
    # The first answer, not a new one of `duplicate`s: the same body, byte for byte, and `Location`.
    assert again.get_data() == first.get_data()
    assert again.headers["Location"] == first.headers["Location"]
    assert again.headers["Retry-After"] == first.headers["Retry-After"]
    assert _count(app, Submission) == 1
    # Without the key the bytes are still the key: a `duplicate` of the same submission.
    plain = _send(app, "kommune-herlev", HOURS, key=None).get_json()["files"][0]
    assert plain["outcome"] == "duplicate"
    assert plain["submission_id"] == first.get_json()["files"][0]["submission_id"]


def test_the_same_key_with_another_request_is_refused_and_stores_nothing(backend_app: Flask) -> None:
    app = backend_app  # the refusal from the unique pair's savepoint, on both databases
    add_user(app, "kommune-herlev")
    assert _send(app, "kommune-herlev", HOURS).status_code == 202
    body = _problem(app, _send(app, "kommune-herlev", OTHER), "idempotency_key_reused", 422)
    assert body["message"] == (
        f"the Idempotency-Key '{KEY}' was sent before with other files or form fields: use a new key for a "
        "new upload"
    )
    assert _count(app, Submission) == 1


def test_a_key_is_the_callers_partys_own(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    add_user(app, "lead-gladsaxe")
    assert _send(app, "kommune-herlev", HOURS).status_code == 202
    other = _send(app, "lead-gladsaxe", OTHER)  # Gladsaxe's key of the same text is its own
    assert other.status_code == 202 and other.get_json()["files"][0]["outcome"] == "received"
    assert _count(app, IdempotencyKey) == 2


def test_a_key_past_its_hours_is_new(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    assert _send(app, "kommune-herlev", HOURS).status_code == 202
    with app.app_context():
        past = utcnow() - timedelta(hours=25)  # the default is 24
        db.session.execute(update(IdempotencyKey).values(created_at=past))
        db.session.commit()
    later = _send(app, "kommune-herlev", OTHER)
    assert later.status_code == 202 and later.get_json()["files"][0]["outcome"] == "received"
    assert _count(app, IdempotencyKey) == 1  # the expired one deleted


def test_a_refused_upload_keeps_nothing_of_its_key(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    refused = _send(app, "kommune-herlev", HOURS, agreement="brfkredit")
    assert refused.status_code == 422 and refused.get_json()["code"] == "rejected"
    assert _count(app, IdempotencyKey) == 0
    assert _send(app, "kommune-herlev", HOURS).status_code == 202  # the same key, the request mended


def test_a_key_whose_first_request_is_under_way_is_409(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    assert _send(app, "kommune-herlev", HOURS).status_code == 202
    with app.app_context():  # as the first request leaves it until it is answered
        db.session.execute(update(IdempotencyKey).values(status=None, body=None, location=None))
        db.session.commit()
    _problem(app, _send(app, "kommune-herlev", HOURS), "idempotency_key_in_use", 409)


def test_a_key_that_is_no_key_is_400_naming_the_header(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    body = _problem(app, _send(app, "kommune-herlev", HOURS, key="two words"), "bad_request", 400)
    assert [(p["locator"], p["field"]) for p in body["problems"]] == [("header", "Idempotency-Key")]
    assert _count(app, Submission) == 0


def test_the_spec_documents_the_header_and_its_refusals(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    upload = spec["paths"]["/api/submissions"]["post"]
    [header] = [p for p in upload["parameters"] if p["in"] == "header"]
    assert header["name"] == "Idempotency-Key" and header["required"] is False
    assert "`idempotency_key_reused`" in upload["responses"]["422"]["description"]
    assert "`idempotency_key_in_use`" in upload["responses"]["409"]["description"]
    assert "the two combine" in spec["info"]["description"]


def test_the_kept_answer_holds_no_file_name_and_is_sent_again_whole(backend_app: Flask) -> None:
    app = backend_app  # decision 0016's example of a name with a CPR number in it, stored and refused
    add_user(app, "kommune-herlev")

    def send() -> Any:
        files = [
            (io.BytesIO(HOURS), "0101901234 timesheet.csv"),
            (io.BytesIO(b"\x1f\x8b\x08\x00 gz"), "2202923456 note.gz"),
        ]
        return app.test_client().post(
            "/api/submissions",
            headers=bearer(app, "kommune-herlev") | {"Idempotency-Key": KEY},
            data={"files": files},
            content_type="multipart/form-data",
        )

    first = send()
    assert [f["outcome"] for f in first.get_json()["files"]] == ["received", "refused"]
    with app.app_context():
        kept = db.session.scalars(select(IdempotencyKey)).one()
        held = f"{kept.body} {kept.location} {kept.fingerprint}"
    # Neither name, nor its CPR number, nor any word of the answer: the refused file is in no row.
    for word in ("0101901234", "2202923456", "timesheet", "note.gz", "refused", "received"):
        assert word not in held
    again = send()  # the same files and names bring the answer back, byte for byte
    assert (again.status_code, again.get_data()) == (202, first.get_data())
