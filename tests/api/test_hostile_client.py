"""The API under a hostile or careless client (api-67), beyond schemathesis' generated requests
(`test_fuzz`): every route asked with HEAD, OPTIONS, a trailing slash, `Accept: application/xml` and
garbage conditional headers, ids and query values no client should send (NUL, Unicode, a CPR number,
numbers past 64 bits, 2026-02-30), uploads cut short, too large or of the wrong type, as each kind of
caller including none and one whose token expired. Every refusal is problem details in English and
Danish with its status, never a 5xx or a traceback; asked twice it answers the same; a company or an
auditor never has a CPR number it sent echoed back."""

from __future__ import annotations

import io
import re
from datetime import datetime
from typing import Any

import pytest
from accounts import bearer
from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import update

from hub.extensions import db
from hub.models import ApiToken

hostile_app = demo_copy_fixture("api-hostile", name="hostile_app")

CPR_SENT = "010190-1234"
MULTIPART = "multipart/form-data; boundary=x"
REFUSED = {400, 401, 403, 404, 405, 406, 409, 413, 415, 422}
# A path id, as sent (URL-encoded): NUL, a Danish letter, a right-to-left mark, past 64 bits, negative,
# an escaped slash, a CPR number.
IDS = ("%00", "%C3%A6", "%E2%80%AE", "9" * 25, "-1", "1%2F2", CPR_SENT)
QUERIES = ("period=2026-02-30", "period=%00", "page=%00", "page=" + "9" * 25, "per_page=%F0%9F%98%80")
HEADERS: tuple[dict[str, str], ...] = (
    {"Accept": "application/xml"},
    {"If-None-Match": 'garbage"'},
    {"If-Match": 'W/"'},
    {"Accept-Language": "\x01;q=x"},
)


@pytest.fixture(scope="module")
def callers(hostile_app: Flask) -> dict[str, dict[str, str]]:
    """Authorization headers: a company's, an auditor's, none, and an expired token's (the lead's and a
    partner's reads see more, not less, of what a hostile request can reach: `test_fuzz` sends theirs)."""
    expired = bearer(hostile_app, "falck", name="expired")
    with hostile_app.app_context():
        gone = update(ApiToken).where(ApiToken.name == "expired").values(expires_at=datetime(2020, 1, 1))
        db.session.execute(gone)
        db.session.commit()
    return {
        "company": bearer(hostile_app, "falck"),
        "auditor": bearer(hostile_app, "revisor-ballerup"),
        "none": {},
        "expired": expired,
    }


def _urls(app: Flask) -> list[str]:
    """Every API route, its arguments filled with a plausible value."""
    rules = sorted({r.rule for r in app.url_map.iter_rules() if r.rule.startswith("/api")})
    return [re.sub(r"<[^>]*>", "1", rule.replace("<municipality>", "159")) for rule in rules]


def _checked(answer: Any, again: Any, role: str, asked: str) -> list[str]:
    """What is wrong with one answer (and the same request's second answer), as lines naming it."""
    said = f"{answer.status_code} {asked} as {role}"
    wrong = []
    text = answer.get_data(as_text=True)
    if answer.status_code >= 400:
        if answer.status_code not in REFUSED:
            wrong.append(f"{said}: not a refusal's status")
        if answer.mimetype != "application/problem+json":
            wrong.append(f"{said}: {answer.mimetype}")
        elif asked.split()[0] != "HEAD":
            body = answer.get_json()
            if not (body.get("message") and body.get("message_da")) or body["status"] != answer.status_code:
                wrong.append(f"{said}: {body}")
            if again.get_json() != body or again.headers.get("Allow") != answer.headers.get("Allow"):
                wrong.append(f"{said}: another answer the second time")
    if "Traceback" in text or 'File "' in text:
        wrong.append(f"{said}: a traceback")
    if role in ("company", "auditor") and CPR_SENT in text:
        wrong.append(f"{said}: the CPR number echoed")
    return wrong


def test_every_route_asked_carelessly_is_refused_in_both_languages(
    hostile_app: Flask, callers: dict[str, dict[str, str]]
) -> None:
    client, wrong = hostile_app.test_client(), []
    for url in _urls(hostile_app):
        asked: list[tuple[str, str, dict[str, str]]] = [("HEAD", url, {}), ("OPTIONS", url, {})]
        asked += [("GET", url + "/", {})] + [("GET", url, headers) for headers in HEADERS]
        asked += [("GET", f"{url}?{query}", {}) for query in QUERIES]
        asked += [("GET", re.sub(r"/(1|159)(?=/|$)", f"/{bad}", url, count=1), {}) for bad in IDS]
        for role, token in callers.items():
            for method, target, headers in asked:
                answer = client.open(target, method=method, headers={**token, **headers})
                again = answer
                if answer.status_code >= 400:  # a read's body may change (the audit log grows by reads)
                    again = client.open(target, method=method, headers={**token, **headers})
                wrong += _checked(answer, again, role, f"{method} {target} {headers or ''}")
    assert wrong == [], "\n".join(wrong[:40])


def _upload(client: Any, headers: dict[str, str], **sent: Any) -> Any:
    """POST to the upload; a body of bytes with a Content-Type goes as it is (the test client would
    write a multipart body of its own, under a boundary of its own)."""
    if isinstance(sent.get("data"), bytes) and "content_type" in sent:
        body = sent.pop("data")
        sent.update(input_stream=io.BytesIO(body), content_length=len(body))
    return client.post("/api/submissions", headers=headers, **sent)


PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.mark.parametrize(
    ("sent", "status", "code"),
    [
        ({"data": b""}, 415, "unsupported_media_type"),
        ({"data": b"", "content_type": MULTIPART}, 422, "unprocessable_entity"),
        ({"data": b"abc", "content_type": "multipart/form-data"}, 400, "bad_request"),
        ({"data": b"--y\r\nno end", "content_type": MULTIPART}, 400, "bad_request"),
        ({"data": b"x" * 10_001, "content_type": MULTIPART}, 413, "request_entity_too_large"),
        ({"json": {"files": "a.pdf"}}, 415, "unsupported_media_type"),
        ({"data": b"<files/>", "content_type": "application/xml"}, 415, "unsupported_media_type"),
        ({"data": {"files": "a.pdf"}}, 415, "unsupported_media_type"),
    ],
)
def test_an_upload_cut_short_too_large_or_of_another_type_is_refused_in_both_languages(
    hostile_app: Flask, callers: dict[str, dict[str, str]], sent: dict[str, Any], status: int, code: str
) -> None:
    limit = hostile_app.config["MAX_CONTENT_LENGTH"]
    hostile_app.config["MAX_CONTENT_LENGTH"] = 10_000  # the limit, so that 10,001 bytes are one too many
    try:
        client = hostile_app.test_client()
        answer = _upload(client, callers["company"], **dict(sent))
        assert answer.status_code == status, answer.get_data(as_text=True)
        body = answer.get_json()
        assert answer.mimetype == "application/problem+json" and body["code"] == code
        assert body["message"] and body["message_da"] and body["message"] != body["message_da"]
        assert _upload(client, callers["company"], **dict(sent)).get_json() == body
    finally:
        hostile_app.config["MAX_CONTENT_LENGTH"] = limit


def test_two_files_of_one_name_are_each_received_as_sent(
    hostile_app: Flask, callers: dict[str, dict[str, str]]
) -> None:
    files = [(io.BytesIO(PDF + b"1"), "twice.pdf"), (io.BytesIO(PDF + b"2"), "twice.pdf")]
    answer = _upload(
        hostile_app.test_client(),
        callers["company"],
        data={"files": files, "agreement": "falck-hovedstaden"},
        content_type="multipart/form-data",
    )
    assert answer.status_code == 202, answer.get_data(as_text=True)
    sent = answer.get_json()["files"]
    assert [f["filename"] for f in sent] == ["twice.pdf", "twice.pdf"]
    assert [f["outcome"] for f in sent] == ["received", "received"]
    assert sent[0]["submission_id"] != sent[1]["submission_id"]
