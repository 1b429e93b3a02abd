"""A file part an upload would not read as a document is refused whole, naming it, never dropped
(stop 45): a part named `file` beside `files`, a part with no name, a `files` part without a filename."""

from __future__ import annotations

import io
from typing import Any

import pytest
from accounts import add_user, bearer
from api_support import events
from flask import Flask
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import Submission

CSV = b"Navn;Timer\nA;1\n"
BOUNDARY = "hubtest"


def _submissions(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(Submission)) or 0)


def _post(app: Flask, **body: Any) -> Any:
    add_user(app, "kommune-herlev")
    client = app.test_client()
    return client.post("/api/submissions", headers=bearer(app, "kommune-herlev"), **body)


def _raw(parts: list[tuple[str, bytes]]) -> dict[str, Any]:
    """A multipart body written by hand, each part its Content-Disposition's parameters and its bytes."""
    data = b"".join(
        f"--{BOUNDARY}\r\nContent-Disposition: form-data{params}\r\n\r\n".encode() + value + b"\r\n"
        for params, value in parts
    )
    return {
        "data": data + f"--{BOUNDARY}--\r\n".encode(),
        "content_type": f"multipart/form-data; boundary={BOUNDARY}",
    }


def test_a_part_named_file_beside_files_refuses_the_upload_naming_it(app: Flask) -> None:
    """Before stop 45 `files` was stored and `file` dropped without a word (202 for one document)."""
    answer = _post(
        app,
        data={"files": (io.BytesIO(CSV), "timer.csv"), "file": (io.BytesIO(CSV + b"B;2\n"), "mere.csv")},
        content_type="multipart/form-data",
    )
    assert answer.status_code == 422, answer.get_data(as_text=True)
    assert answer.mimetype == "application/problem+json"
    body = answer.get_json()
    assert body["code"] == "unprocessable_entity" and body["type"].endswith(
        "/api/problems/unprocessable_entity"
    )
    [problem] = body["problems"]
    assert (problem["field"], problem["locator"]) == ("file", "files")
    assert "Part 'file'" in body["message"] and "'files'" in body["message"]
    assert "nothing of this upload was stored" in body["message"]
    assert "Delen 'file'" in body["message_da"] and "intet fra denne upload er gemt" in body["message_da"]
    assert _submissions(app) == 0
    # Seen, as every refused upload is: the file names in the audit log.
    [refused] = events(app, "user:kommune-herlev", "upload.refused")
    assert refused.detail == {"files": ["timer.csv", "mere.csv"], "reason": "part_name"}


def test_a_file_part_without_a_name_is_refused_too(app: Flask) -> None:
    answer = _post(
        app,
        **_raw([('; name="files"; filename="a.csv"', CSV), ('; filename="b.csv"', CSV + b"B;2\n")]),
    )
    assert answer.status_code == 422, answer.get_data(as_text=True)
    [problem] = answer.get_json()["problems"]
    assert (problem["field"], problem["locator"]) == ("", "files")
    assert "without a name" in problem["reason_en"] and "uden navn" in problem["reason_da"]
    assert _submissions(app) == 0


def test_a_files_part_without_a_filename_is_told_so_not_that_files_is_missing(app: Flask) -> None:
    """No `filename`: the form parser makes it a text field, and the client heard "Part 'files' is
    missing" about the part it had sent."""
    answer = _post(app, **_raw([('; name="files"', CSV)]))
    assert answer.status_code == 422
    body = answer.get_json()
    [problem] = body["problems"]
    assert (problem["field"], problem["locator"]) == ("files", "files")
    assert "no filename" in body["message"] and "is missing" not in body["message"]
    assert "intet filnavn" in body["message_da"]
    assert _submissions(app) == 0


@pytest.mark.parametrize("sent", ["", "mappe/", "../", "\u202e\u200e", "   "])
def test_a_file_part_whose_file_name_is_empty_refuses_the_upload_naming_it(app: Flask, sent: str) -> None:
    """Stop 46: kept as "upload" (`filenames.FALLBACK`), the file could not be found again by its name
    (nor told from another sent so); now refused, as any part that would not be read as itself is, with
    the other documents of the upload (the batch rule of stop 45: nothing of it is stored)."""
    answer = _post(
        app, **_raw([('; name="files"; filename="a.csv"', CSV), (f'; name="files"; filename="{sent}"', CSV)])
    )
    assert answer.status_code == 422, answer.get_data(as_text=True)
    body = answer.get_json()
    [problem] = body["problems"]
    assert (problem["field"], problem["locator"]) == ("files", "files")
    assert problem["reason_en"].startswith("a file part without a file name")
    assert problem["reason_da"].startswith("en fildel uden filnavn")
    assert (
        body["message"].startswith("Part 'files'") and "nothing of this upload was stored" in body["message"]
    )
    assert "intet fra denne upload er gemt" in body["message_da"]
    assert _submissions(app) == 0
    [refused] = events(app, "user:kommune-herlev", "upload.refused")
    assert refused.detail == {"files": ["a.csv", "upload"], "reason": "part_name"}


def test_each_name_is_named_once_however_many_parts_carry_it(app: Flask) -> None:
    parts = [(f'; name="file"; filename="f{i}.csv"', CSV) for i in range(3)]
    answer = _post(app, **_raw([*parts, ('; name="dokument"; filename="d.csv"', CSV)]))
    assert answer.status_code == 422
    assert [p["field"] for p in answer.get_json()["problems"]] == ["file", "dokument"]


def test_an_upload_of_files_parts_only_is_received(app: Flask) -> None:
    answer = _post(
        app, **_raw([('; name="files"; filename="a.csv"', CSV), ('; name="municipality"', b"163")])
    )
    assert answer.status_code == 202, answer.get_data(as_text=True)
    assert _submissions(app) == 1


def test_the_spec_says_a_part_of_another_name_is_refused(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    post = spec["paths"]["/api/submissions"]["post"]
    assert "`file`" in post["responses"]["422"]["description"]
    schema = post["requestBody"]["content"]["multipart/form-data"]["schema"]
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    assert "never ignored" in schema["properties"]["files"]["description"]


PART = b'Content-Disposition: form-data; name="files"; filename="a.csv"\r\n\r\nNavn;Timer\nA;1\n\r\n'


@pytest.mark.parametrize(
    "data",
    [
        b"--other\r\n" + PART + b"--other--\r\n",  # the parts cut by another boundary than the header's
        b"--" + BOUNDARY.encode() + b"--\r\n",  # multipart of no part at all
        b"--" + BOUNDARY.encode() + b"\r\n" + PART,  # cut off before the closing boundary
        b"--" + BOUNDARY.encode() + b"\r\n" + PART[:40],  # cut off inside the part's header
    ],
    ids=["another boundary", "no part", "cut off", "cut in a header"],
)
# werkzeug leaves the temporary file of a part cut off unclosed when it gives the body up (its leak, not
# the hub's; the file is removed when collected), which pytest reports as an unraisable warning.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_body_whose_parts_cannot_be_found_is_told_so_not_that_files_is_missing(
    app: Flask, data: bytes
) -> None:
    """The form parser gives up on every part of such a body in silence: the client, which sent a
    `files` part, heard "Part 'files' (…) is missing." (stop 45)."""
    answer = _post(app, data=data, content_type=f"multipart/form-data; boundary={BOUNDARY}")
    assert answer.status_code == 400, answer.get_data(as_text=True)
    body = answer.get_json()
    assert body["code"] == "bad_request"
    assert body["message"].startswith("no part could be read from the upload's body")
    assert f"(`{BOUNDARY}`)" in body["message"] and "nothing was stored" in body["message"]
    assert body["message_da"].startswith("ingen del kunne læses fra uploadens indhold")
    assert f"(`{BOUNDARY}`)" in body["message_da"] and "intet er gemt" in body["message_da"]
    assert _submissions(app) == 0


def test_an_empty_body_is_still_the_missing_files_part(app: Flask) -> None:
    """No bytes at all (`Content-Length: 0`): nothing was sent, and the missing `files` part says so."""
    empty = {"input_stream": io.BytesIO(b""), "content_length": 0}
    answer = _post(app, **empty, content_type=f"multipart/form-data; boundary={BOUNDARY}")
    assert answer.status_code == 422
    [problem] = answer.get_json()["problems"]
    assert (problem["field"], problem["locator"]) == ("files", "files")
