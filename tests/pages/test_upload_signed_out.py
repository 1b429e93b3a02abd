"""An upload from a page whose session has ended is told to sign in again (401), not that the request
could not be understood; a live session sending a wrong CSRF token is still refused, in words."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any

from accounts import add_user, csrf_token, sign_in
from conftest import ROOT, make_app
from flask import Flask
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import Submission

PLACEMENT = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
# Problem details (RFC 9457) with the hub's members; no `instance`: a 401 is about the caller, not the path.
SIGN_IN_FIRST = {
    "type": "http://localhost/api/problems/unauthenticated",
    "title": "Not signed in",
    "status": 401,
    "detail": "sign in first",
    "code": "unauthenticated",
    "message": "sign in first",
    "message_da": "log ind først",
    "problems": [],
}


def upload(client: Any, token: str) -> Any:
    """The upload page's request: one file, the form's CSRF token in `X-CSRFToken`, JSON wanted."""
    return client.post(
        "/api/submissions",
        data={"files": [(io.BytesIO(PLACEMENT), "placement.csv")]},
        headers={"X-CSRFToken": token, "Accept": "application/json"},
        content_type="multipart/form-data",
    )


def stored(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(Submission)) or 0)


def test_an_upload_after_signing_out_is_the_apis_sign_in_first(app: Flask, client: Any) -> None:
    add_user(app, "kommune-herlev")
    sign_in(client, "kommune-herlev")
    token = csrf_token(client, "/upload")
    client.post("/logout", data={"csrf_token": token})  # in another tab; the upload page stays open
    answer = upload(client, token)
    assert answer.status_code == 401 and answer.headers["WWW-Authenticate"] == 'Bearer realm="hub API"'
    # The page asks for `application/json` only: the problem comes labelled so (upload.js reads it).
    assert answer.get_json() == SIGN_IN_FIRST and answer.mimetype == "application/json"
    # A caller without even the cookie is a program whose token got lost: told what to send instead
    # (decision 0016, "Stop 63: api-79").
    assert upload(app.test_client(), token).get_json()["message"].startswith("no API token: send it")
    assert stored(app) == 0


def test_an_upload_after_the_session_expired_is_sign_in_first(tmp_path: Path) -> None:
    app = make_app(tmp_path, SESSION_HOURS=1)
    add_user(app, "kommune-herlev")
    client = app.test_client()
    sign_in(client, "kommune-herlev")
    token = csrf_token(client, "/upload")
    with client.session_transaction() as session:
        session["since"] = int(time.time()) - 3601
    answer = upload(client, token)
    assert answer.status_code == 401 and answer.get_json() == SIGN_IN_FIRST
    # The sign-in page the upload page links to then says why.
    assert "Din session er udløbet. Log ind igen." in client.get("/login?next=/upload").get_data(as_text=True)


def test_a_wrong_csrf_token_with_a_live_session_is_refused_in_both_languages(app: Flask, client: Any) -> None:
    add_user(app, "kommune-herlev")
    sign_in(client, "kommune-herlev")
    csrf_token(client, "/upload")  # the session holds a token; the request's is not it
    answer = upload(client, "not-the-token")
    assert answer.status_code == 400
    reason = (
        "The page's security token is missing or out of date, so nothing was done. "
        "Reload the page and try again."
    )
    assert answer.get_json() == {
        "type": "http://localhost/api/problems/csrf_failed",
        "title": "Security token missing or out of date",
        "status": 400,
        "detail": reason,
        "instance": "/api/submissions",
        "code": "csrf_failed",
        "message": reason,
        "message_da": "Sidens sikkerhedsnøgle mangler eller er forældet, så intet er gjort. "
        "Genindlæs siden, og prøv igen.",
        "problems": [],
    }
    assert stored(app) == 0
    # A page's form posted without its token gets the same reason on the error page, in Danish.
    page = client.post("/logout").get_data(as_text=True)
    assert "Sidens sikkerhedsnøgle mangler eller er forældet, så intet er gjort." in page
    assert client.get("/upload").status_code == 200  # still signed in


def test_a_pages_form_posted_after_signing_out_goes_to_the_sign_in_page(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    token = csrf_token(client, "/tokens")
    client.post("/logout", data={"csrf_token": token})
    answer = client.post("/tokens", data={"name": "sagssystem", "csrf_token": token})
    assert answer.status_code == 302 and answer.headers["Location"].startswith("/login?next=")


def test_the_upload_page_gives_its_script_the_way_to_sign_in_again(app: Flask, client: Any) -> None:
    add_user(app, "kommune-herlev")
    sign_in(client, "kommune-herlev")
    page = client.get("/upload").get_data(as_text=True)
    assert 'data-login="/login?next=/upload"' in page
    texts = json.loads(page.split('id="upload-texts">', 1)[1].split("</script>", 1)[0])
    assert texts["signed_out"] == "Du er ikke længere logget ind, så filen blev ikke sendt."
    assert texts["sign_in_again"] == "Log ind igen, og send den så."
