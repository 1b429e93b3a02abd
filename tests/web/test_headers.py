"""The headers every answer gets: no framing by other sites, nothing kept of what names citizens, and
the client behind a trusted proxy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from accounts import add_user, bearer, sign_in
from conftest import ROOT, make_app
from flask import Flask
from page_support import accepted, load_agreements
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent
from hub.services import records


def test_no_page_may_be_framed_by_another_site(client: Any) -> None:
    for path in ("/login", "/healthz", "/no-such-page"):
        response = client.get(path)
        assert response.headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_signed_in_page_is_not_kept_by_the_browser(app: Flask, client: Any) -> None:
    assert "Cache-Control" not in client.get("/login").headers  # nobody's data: the browser may keep it
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    page = client.get("/agreements")
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    assert "Cookie" in page.headers["Vary"]


def test_an_api_answer_with_an_etag_is_private_and_revalidated(app: Flask) -> None:
    add_user(app, "lead-gladsaxe")
    headers = bearer(app, "lead-gladsaxe")
    answer = app.test_client().get("/api/agreements", headers=headers)
    assert answer.status_code == 200
    expected = "private, no-cache" if answer.headers.get("ETag") else "no-store"
    assert answer.headers["Cache-Control"] == expected
    assert "Authorization" in answer.headers["Vary"]


def test_behind_a_trusted_proxy_the_client_is_the_forwarded_one(tmp_path: Path) -> None:
    # The sign-in limit per address and the audit log must see people, not the proxy everyone comes
    # through.
    app = make_app(tmp_path, TRUSTED_PROXIES=1)
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    proxy = {"REMOTE_ADDR": "192.168.0.1"}
    # A browser on HTTPS sends its Referer: Flask-WTF checks it on secure requests.
    forwarded = {
        "X-Forwarded-For": "10.1.2.3",
        "X-Forwarded-Proto": "https",
        "Referer": "https://localhost/login",
    }
    page = client.get("/login", headers=forwarded, environ_base=proxy).get_data(as_text=True)
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    form = {"username": "lead-gladsaxe", "password": "wrong", "csrf_token": token}
    client.post("/login", data=form, headers=forwarded, environ_base=proxy)
    with app.app_context():
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "login.failed")).one()
        assert event.detail["source"] == "10.1.2.3"


def test_secure_cookies_mark_the_session_cookie_for_https_only(tmp_path: Path) -> None:
    app = make_app(tmp_path, SECURE_COOKIES=True)
    response = app.test_client().get("/login", base_url="https://hub.example.dk")
    assert "Secure" in response.headers["Set-Cookie"]


def test_the_api_limits_each_user_and_says_so_in_its_error_shape(tmp_path: Path) -> None:
    app = make_app(tmp_path, API_LIMIT="3/minute")
    add_user(app, "lead-gladsaxe")
    add_user(app, "kommune-herlev")
    lead, herlev = bearer(app, "lead-gladsaxe"), bearer(app, "kommune-herlev")
    client = app.test_client()
    assert [client.get("/api/agreements", headers=lead).status_code for _ in range(3)] == [200] * 3
    refused = client.get("/api/agreements", headers=lead)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    body = refused.get_json()
    assert body["code"] == "too_many_requests" and "For mange forespørgsler" in body["message_da"]
    assert client.get("/api/agreements", headers=herlev).status_code == 200  # another user's own count
    assert client.get("/api/openapi.json").status_code == 200  # the spec is not counted


def test_an_original_document_is_not_kept_by_the_browser_either(app: Flask, client: Any) -> None:
    """`send_file` says `no-cache` (keep, but ask again): the original names a citizen with the full CPR
    number, so it gets `no-store` like every page (a data-protection review found it kept)."""
    load_agreements(app)
    add_user(app, "kommune-herlev")
    sent = accepted(
        app, (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes(), "p.csv", "herlev"
    )
    with app.app_context():
        [made] = records.versions_of_submission(db.session, sent)
    sign_in(client, "kommune-herlev")
    original = client.get(f"/records/{made.record_id}/original")
    assert original.status_code == 200 and original.headers["Cache-Control"] == "no-store"


def test_the_session_cookie_lasts_the_session_and_stays_on_its_own_site(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    answer = sign_in(client, "lead-gladsaxe")
    cookie = next(c for c in answer.headers.getlist("Set-Cookie") if c.startswith("session="))
    assert "SameSite=Lax" in cookie and "HttpOnly" in cookie
    expires = parsedate_to_datetime(cookie.split("Expires=", 1)[1].split(";", 1)[0])
    hours = int(app.config["SESSION_HOURS"])
    assert expires <= datetime.now(UTC) + timedelta(hours=hours, minutes=1)  # not Flask's 31 days
