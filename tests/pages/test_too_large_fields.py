"""A form field that is not a file over `MAX_FORM_MEMORY_SIZE` is refused with a 413 by werkzeug's form
parser, as a form of too many parts is: it is told as what it is, naming the limit enforced, not as
"too many parts" (split the upload) nor as "the file is too large". In the API in English (and Danish
beside it), on a page in the person's language (Danish). Each kind of 413 gets its own advice on the page:
shorter text for a field, fewer parts for too many parts, smaller files only for too many bytes."""

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
    assert body["message"] == (
        "a field of the form that is not a file is larger than the limit of 100 bytes; send that field's "
        "text shorter"
    )
    assert body["message_da"] == (
        "et felt i formularen, der ikke er en fil, er større end grænsen på 100 byte; send feltets tekst "
        "kortere"
    )
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
    assert "Gør teksten, du skrev i formularen, kortere, og prøv igen." in page
    assert "Send mindre filer" not in page
    with app.app_context():
        db.engine.dispose()


def _login_page(app: Any, data: dict[str, Any], lang: str) -> str:
    client = app.test_client()
    with client.session_transaction() as session:
        session["lang"] = lang  # the language a person chose (`hub.web.i18n.locale`)
    response = client.post(
        "/login", data=data, content_type="multipart/form-data", headers={"Accept": "text/html"}
    )
    assert response.status_code == 413
    page: str = response.get_data(as_text=True)
    with app.app_context():
        db.engine.dispose()
    return page


def test_a_page_form_of_too_many_parts_is_advised_to_split_not_to_shrink(tmp_path: Any) -> None:
    # MAX_FORM_PARTS becomes UPLOAD_MAX_FILES + the form's 10 fields (`install.FORM_FIELDS`): 1 + 10 = 11.
    app = make_app(tmp_path, UPLOAD_MAX_FILES=1, MAX_FORM_PARTS=0)
    page = _login_page(app, {f"f{n}": "x" for n in range(12)}, "en")
    assert "the upload has more than 11 parts" in page.lower()
    assert "Send the files in several rounds, or pack them into one zip file." in page
    assert "Send smaller files" not in page


def test_a_page_form_over_the_bytes_keeps_the_advice_of_smaller_files(tmp_path: Any) -> None:
    app = make_app(tmp_path, MAX_CONTENT_LENGTH=200)
    page = _login_page(app, {"username": "y" * 1000}, "da")
    assert "Uploaden er større end grænsen på 200 byte" in page
    assert "Send mindre filer, eller færre filer ad gangen." in page


def test_a_page_form_with_a_field_over_the_limit_is_advised_in_english_too(tmp_path: Any) -> None:
    app = make_app(tmp_path, MAX_FORM_MEMORY_SIZE=FIELD_LIMIT)
    page = _login_page(app, {"username": "x" * (FIELD_LIMIT + 1)}, "en")
    assert "Shorten the text you wrote in the form, then try again." in page
    assert "Send smaller files" not in page
