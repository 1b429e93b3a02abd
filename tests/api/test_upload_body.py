"""An upload's body is multipart form data: a client sending anything else is told so (415), not that a
`files` part is missing, and the spec says so."""

from __future__ import annotations

import io
from typing import Any

import pytest
from accounts import add_user, bearer
from flask import Flask
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import Submission


def _submissions(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(Submission)) or 0)


@pytest.mark.parametrize(
    "body",
    [
        {"json": {"files": ["bWVudG9y"]}},  # a file as base64 in JSON
        {"data": "files=mentor", "content_type": "application/x-www-form-urlencoded"},
        {"data": b"Navn;Timer\n", "content_type": "text/csv"},  # the file itself as the body
        {},  # no body at all
    ],
)
def test_a_body_that_is_not_multipart_is_415_naming_what_it_must_be(app: Flask, body: dict[str, Any]) -> None:
    add_user(app, "kommune-herlev")
    response = app.test_client().post("/api/submissions", headers=bearer(app, "kommune-herlev"), **body)
    assert response.status_code == 415
    assert response.headers["Accept-Post"] == "multipart/form-data"
    answer = response.get_json()
    assert answer["code"] == "unsupported_media_type" and answer["problems"] == []
    assert "multipart/form-data" in answer["message"] and "`files`" in answer["message"]
    assert "multipart/form-data" in answer["message_da"] and "dokument" in answer["message_da"]
    assert _submissions(app) == 0


def test_multipart_without_files_is_still_the_422_naming_files(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    response = app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "kommune-herlev"),
        data={"municipality": "163"},
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    [problem] = response.get_json()["problems"]
    assert (problem["field"], problem["locator"]) == ("files", "files")


def test_who_may_not_upload_hears_that_first(app: Flask) -> None:
    """The role is checked before the body: an auditor's JSON body is 403, not 415; no token is 401."""
    add_user(app, "revisor-ballerup")
    client = app.test_client()
    auditor = client.post("/api/submissions", headers=bearer(app, "revisor-ballerup"), json={})
    assert auditor.status_code == 403
    assert client.post("/api/submissions", json={}).status_code == 401


def _multipart(app: Flask, part: str, data: bytes, name: str) -> Any:
    """Herlev's upload of one file in a multipart part named `part`."""
    add_user(app, "kommune-herlev")
    return app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "kommune-herlev"),
        data={part: (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


def test_a_multipart_upload_is_not_refused_for_its_type(app: Flask) -> None:
    """`multipart/form-data; boundary=…` with a parameter is multipart: the file is received."""
    response = _multipart(app, "files", b"Note;not a form of Herlev's\n", "note.csv")
    assert response.status_code == 202, response.get_data(as_text=True)


def test_an_upload_without_its_files_part_names_the_part_as_it_is_sent(app: Flask) -> None:
    """Multipart, but the file in a part named `file`: the answer names `file` and the name to use, not a
    missing `files` the client believes it sent (stop 45; stop 44's was "Delen 'files' (…) mangler.")."""
    answer = _multipart(app, "file", b"Navn;Timer\nA;1\n", "timer.csv")
    assert answer.status_code == 422
    body = answer.get_json()
    assert body["message"].startswith("Part 'file': ") and "named 'files'" in body["message"]
    assert body["message_da"].startswith("Delen 'file': ") and "ved navn 'files'" in body["message_da"]
    [problem] = body["problems"]
    assert (problem["field"], problem["locator"], problem["locator_da"]) == ("file", "files", "filerne")
    assert _submissions(app) == 0


def test_the_spec_documents_the_415(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    answer = spec["paths"]["/api/submissions"]["post"]["responses"]["415"]
    assert "Accept-Post" in answer["headers"]
    assert answer["content"]["application/problem+json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorShape"
    }
