"""A form field that is not a file over `MAX_FORM_MEMORY_SIZE` is refused with a 413 by werkzeug's form
parser, as a form of too many parts is: it is told as what it is, naming the limit enforced, not as
"too many parts" (split the upload) nor as "the file is too large". In the API in English (and Danish
beside it), on a page in the person's language (Danish)."""

from __future__ import annotations

import io
from typing import Any

from accounts import add_user, bearer
from conftest import make_app
from page_support import load_agreements

from hub.extensions import db

FIELD_LIMIT = 100


def test_an_api_upload_with_a_field_over_the_limit_is_told_the_fields_limit(tmp_path: Any) -> None:
    app = load_agreements(make_app(tmp_path, MAX_FORM_MEMORY_SIZE=FIELD_LIMIT))
    add_user(app, "kommune-herlev")
    data = {"files": [(io.BytesIO(b"a"), "a.csv")], "note": "x" * (FIELD_LIMIT + 1)}
    response = app.test_client().post(
        "/api/submissions",
        data=data,
        headers=bearer(app, "kommune-herlev"),
        content_type="multipart/form-data",
    )
    assert response.status_code == 413
    body = response.get_json()
    assert body["message"] == "a field of the form that is not a file is larger than the limit of 100 bytes"
    assert body["message_da"] == "et felt i formularen, der ikke er en fil, er større end grænsen på 100 byte"
    with app.app_context():
        db.engine.dispose()


def test_a_page_form_with_a_field_over_the_limit_is_told_so_in_danish(tmp_path: Any) -> None:
    app = make_app(tmp_path, MAX_FORM_MEMORY_SIZE=FIELD_LIMIT)
    response = app.test_client().post(
        "/login",
        data={"username": "x" * (FIELD_LIMIT + 1), "password": "y"},
        content_type="multipart/form-data",
        headers={"Accept": "text/html", "Accept-Language": "da"},
    )
    assert response.status_code == 413
    page = response.get_data(as_text=True)
    # The page's message begins with a capital, as a sentence (`hub.web.refusals.sentence`).
    assert "Et felt i formularen, der ikke er en fil, er større end grænsen på 100 byte" in page
    assert "dele" not in page and "Filen er for stor" not in page
    with app.app_context():
        db.engine.dispose()
