"""A case system that uploads is told where to follow its submission and when to look again: the 202
names the status URL in `Location` (RFC 9110 15.3.3), and `Retry-After` asks it to wait while the
submission is not final, on the 202 and on each status read until it is."""

from __future__ import annotations

import io

from accounts import add_user, bearer
from flask import Flask
from werkzeug.test import TestResponse

from hub.queue import queue


def _upload(app: Flask, *files: tuple[bytes, str]) -> TestResponse:
    parts = [(io.BytesIO(data), name) for data, name in files]
    return app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "kommune-herlev"),
        data={"files": parts},
        content_type="multipart/form-data",
    )


def test_one_document_is_followed_from_location_until_it_is_final(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    sent = _upload(app, (b"Navn;Timer\nA;1\n", "timer.csv"))
    assert sent.status_code == 202
    [file] = sent.get_json()["files"]
    assert file["status"] == "queued"
    url = f"http://localhost/api/submissions/{file['submission_id']}"  # whole ("Stop 65: api-93")
    assert sent.headers["Location"] == file["status_url"] == url
    assert sent.headers["Retry-After"] == "2"
    client, headers = app.test_client(), bearer(app, "kommune-herlev")
    waiting = client.get(sent.headers["Location"], headers=headers)
    assert waiting.get_json()["final"] is False and waiting.headers["Retry-After"] == "2"
    queue.run_burst(app)
    done = client.get(sent.headers["Location"], headers=headers)
    assert done.get_json()["final"] is True and "Retry-After" not in done.headers


def test_the_same_bytes_again_point_to_the_one_submission(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    first = _upload(app, (b"Navn;Timer\nB;2\n", "a.csv"))
    again = _upload(app, (b"Navn;Timer\nB;2\n", "b.csv"))
    assert again.get_json()["files"][0]["outcome"] == "duplicate"
    assert again.headers["Location"] == first.headers["Location"]


def test_several_submissions_have_no_one_location(app: Flask) -> None:
    """Two documents are two submissions: each file's `status_url` says where, no header picks one."""
    add_user(app, "kommune-herlev")
    sent = _upload(app, (b"Navn;Timer\nC;3\n", "c.csv"), (b"Navn;Timer\nD;4\n", "d.csv"))
    urls = {f["status_url"] for f in sent.get_json()["files"]}
    assert len(urls) == 2 and None not in urls
    assert "Location" not in sent.headers and sent.headers["Retry-After"] == "2"
