"""An upload past the size limit is told the limit in MB as well as in bytes, in both languages, by the
API (which the upload page shows) and by a page (decision 0016, "Stop 62: fixes-75"). The limit here is
1.5 MB, 1,572,864 bytes; one under 0.1 MB says bytes alone (tests/web/test_errors.py's 200 bytes)."""

from __future__ import annotations

import io

from accounts import add_user, bearer
from flask import Flask

from hub.api.too_large import too_large_words

LIMIT = 1_572_864  # 1.5 × 1024 × 1024
MULTIPART = "multipart/form-data; boundary=x"


def test_the_apis_413_says_the_limit_in_mb(app: Flask) -> None:
    app.config["MAX_CONTENT_LENGTH"] = LIMIT
    add_user(app, "lead-gladsaxe")
    body = b"x" * (LIMIT + 1)
    answer = app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "lead-gladsaxe"),
        input_stream=io.BytesIO(body),
        content_length=len(body),
        content_type=MULTIPART,
    )
    assert answer.status_code == 413
    assert answer.get_json()["message"] == (
        "the upload is larger than the limit of 1,572,864 bytes (at most 1.5 MB); send fewer files in one "
        "upload, or split a large export into several smaller files"
    )
    assert answer.get_json()["message_da"] == (
        "uploaden er større end grænsen på 1.572.864 byte (højst 1,5 MB); send færre filer i én upload, "
        "eller del et stort udtræk i flere mindre filer"
    )


def test_a_pages_413_says_the_limit_in_mb(app: Flask) -> None:
    app.config["MAX_CONTENT_LENGTH"] = LIMIT
    page = app.test_client().post("/login", data={"username": "y" * (LIMIT + 1)})
    assert page.status_code == 413
    assert "Uploaden er større end grænsen på 1.572.864 byte (højst 1,5 MB)" in page.get_data(as_text=True)


def test_the_mb_said_is_never_more_than_the_limit() -> None:
    # 50 MB, the default; a byte under 25 MB is said as 24.9 MB, not rounded up to 25
    assert too_large_words(50 * 1024 * 1024, 1000, None) == (
        "the upload is larger than the limit of 52,428,800 bytes (at most 50 MB)",
        "uploaden er større end grænsen på 52.428.800 byte (højst 50 MB)",
    )
    assert too_large_words(25 * 1024 * 1024 - 1, 1000, None)[1] == (
        "uploaden er større end grænsen på 26.214.399 byte (højst 24,9 MB)"
    )
