"""The upload form sent without upload.js (JavaScript off): a refused upload is said on the upload page in
Danish with nothing stored, and a post without the page's CSRF token is refused before anything is read."""

from __future__ import annotations

import io
import re
from html import unescape
from typing import Any

from accounts import add_user, csrf_token, sign_in
from conftest import ROOT
from flask import Flask
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import AuditEvent, Submission

FORM = ROOT / "tests" / "golden" / "gladsaxe" / "placement_end.pdf"


def _post(client: Any, token: str | None, *names: str) -> Any:
    """The upload form as a browser without JavaScript sends it: its fields and files, HTML accepted."""
    data: dict[str, Any] = {"municipality": "159", "back": "/upload"}
    if token is not None:
        data["csrf_token"] = token
    data["files"] = [(io.BytesIO(FORM.read_bytes() + name.encode()), name) for name in names]
    return client.post(
        "/upload", data=data, content_type="multipart/form-data", headers={"Accept": "text/html"}
    )


def _flashes(client: Any) -> list[str]:
    page = client.get("/upload").get_data(as_text=True)
    return [unescape(m) for m in re.findall(r'<p class="flash [^"]*" role="status">(.*?)</p>', page, re.S)]


def _stored(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(Submission)) or 0)


def test_an_upload_refused_whole_is_said_on_the_page_in_danish_and_nothing_is_stored(
    app: Flask, client: Any
) -> None:
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    app.config["UPLOAD_MAX_FILES"] = 1
    sent = _post(client, csrf_token(client, "/upload"), "a.pdf", "b.pdf")
    assert sent.status_code == 303
    assert sent.headers["Location"] == "/upload"
    # `upload_zips._too_many`'s Danish reason, after the page's words that nothing is kept.
    assert _flashes(client) == [
        "Uploaden blev ikke modtaget, og intet fra den er gemt: Mere end 1 dokumenter i én upload; "
        "grænsen er 1: send dem i flere uploads med højst 1 i hver."
    ]
    assert _stored(app) == 0
    with app.app_context():  # the attempt is audited as the API's is (`uploads.note_refused`)
        entry = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "upload.refused")).one()
        assert entry.detail == {"files": ["a.pdf", "b.pdf"], "reason": "too_many_files"}


def test_an_upload_without_the_pages_csrf_token_is_refused_and_nothing_is_stored(
    app: Flask, client: Any
) -> None:
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    for token in (None, "not-the-token"):
        refused = _post(client, token, "a.pdf")
        assert refused.status_code == 400
        # `hub.web.errors.CSRF_REFUSED`, as every page's form says it.
        assert "Sidens sikkerhedsnøgle mangler eller er forældet" in refused.get_data(as_text=True)
    assert _stored(app) == 0
    # With the token the same form is stored: the refusals above were the token's.
    assert _post(client, csrf_token(client, "/upload"), "a.pdf").status_code == 303
    assert _stored(app) == 1


def test_send_with_no_file_chosen_says_so_and_logs_no_attempt(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    # What a browser sends for a file field left empty: one part with an empty file name and no bytes.
    token = csrf_token(client, "/upload")
    data = {"csrf_token": token, "municipality": "159", "files": (io.BytesIO(b""), "")}
    sent = client.post("/upload", data=data, content_type="multipart/form-data")
    assert sent.status_code == 303
    assert _flashes(client) == ["Vælg mindst én fil at sende."]  # upload.js's words (`upload_texts.texts`)
    assert _stored(app) == 0
    with app.app_context():
        assert db.session.scalars(select(AuditEvent).where(AuditEvent.action == "upload.refused")).all() == []


def test_the_browser_goes_back_to_the_forms_page_on_this_site_only(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    token = csrf_token(client, "/upload")
    for back, landed in (("/upload?page=2", "/upload?page=2"), ("//evil.example/", "/upload")):
        data = {"csrf_token": token, "back": back, "files": (io.BytesIO(b""), "")}
        sent = client.post("/upload", data=data, content_type="multipart/form-data")
        assert sent.headers["Location"] == landed
