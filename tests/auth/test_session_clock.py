"""The session's clock on the page, and extending the session (WCAG 2.2.1, Timing Adjustable).

A session ends `SESSION_HOURS` after signing in; each page of a signed-in user says how many seconds are
left and when to warn, and `/session/extend` starts the session's time again, in the cookie and on the
server. The warning itself, in Chromium: `tests/browser/test_session_warning.py`.
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import lxml.html
from accounts import add_user, csrf_token, sign_in
from conftest import make_app
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent, BrowserSession
from hub.models.base import utcnow

JSON = {"Accept": "application/json"}


def test_a_signed_in_page_says_the_seconds_left_and_a_signed_out_one_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path, SESSION_HOURS=2, SESSION_WARNING_SECONDS=120)
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    assert b"session-warning" not in client.get("/login").data
    sign_in(client, "lead-gladsaxe")
    with client.session_transaction() as session:
        session["since"] = int(time.time()) - 3600
    box = lxml.html.fromstring(client.get("/agreements").get_data(as_text=True)).get_element_by_id(
        "session-warning"
    )
    assert 3590 <= int(box.get("data-seconds-left")) <= 3600 and box.get("data-warn-seconds") == "120"
    assert box.get("hidden") is not None and box.get("role") == "alertdialog"
    assert box.get("data-warning") == "Din session udløber kl. {time}, og så bliver du logget ud."
    assert box.xpath(".//button")[0].text_content() == "Forbliv logget ind"


def test_extending_starts_the_sessions_time_again_in_the_cookie_and_on_the_server(app: Flask) -> None:
    add_user(app, "lead-gladsaxe")
    add_user(app, "kommune-herlev")
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")
    hours = int(app.config["SESSION_HOURS"])
    token = csrf_token(client, "/agreements")
    # Four minutes left, its row as old: the next sign-in of anyone would delete it.
    with client.session_transaction() as session:
        session["since"] = int(time.time()) - hours * 3600 + 240
    with app.app_context():
        db.session.query(BrowserSession).update({"started_at": utcnow() - timedelta(hours=hours, minutes=1)})
        db.session.commit()
    answer = client.post("/session/extend", headers={**JSON, "X-CSRFToken": token})
    assert answer.status_code == 200 and answer.get_json() == {"seconds_left": hours * 3600}
    with client.session_transaction() as session:
        assert int(session["since"]) >= int(time.time()) - 5
    assert sign_in(app.test_client(), "kommune-herlev").status_code == 302  # deletes rows older than hours
    assert client.get("/agreements").status_code == 200  # the extended session is still there


def test_extending_needs_the_csrf_token_and_a_live_session(app: Flask) -> None:
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")
    token = csrf_token(client, "/agreements")
    assert client.post("/session/extend", headers=JSON).status_code == 400
    # A page without script posts the form: back to the page it was on.
    answer = client.post("/session/extend", data={"csrf_token": token, "next": "/tokens"})
    assert answer.status_code == 302 and answer.headers["Location"] == "/tokens"
    client.post("/logout", data={"csrf_token": token})
    ended = client.post("/session/extend", headers={**JSON, "X-CSRFToken": token})
    assert ended.status_code == 401  # signed out: nothing to extend, and said as JSON to the script


def test_a_sessions_life_is_in_the_audit_log_extended_ended_and_expired(tmp_path: Path) -> None:
    app = make_app(tmp_path, SESSION_HOURS=1)
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")
    token = csrf_token(client, "/agreements")
    assert client.post("/session/extend", headers={**JSON, "X-CSRFToken": token}).status_code == 200
    client.post("/logout", data={"csrf_token": token})
    # A signed-out cookie extends nothing and ends nothing more: no entry for it.
    assert client.post("/session/extend", headers={**JSON, "X-CSRFToken": token}).status_code == 401
    sign_in(client, "lead-gladsaxe")
    with client.session_transaction() as session:
        session["since"] = int(time.time()) - 3601
    assert client.get("/agreements").status_code == 302  # ran out: signed out by the hub
    with app.app_context():
        logged = db.session.execute(
            select(AuditEvent.actor, AuditEvent.action, AuditEvent.detail)
            .where(AuditEvent.subject == "user:lead-gladsaxe", AuditEvent.actor == "user:lead-gladsaxe")
            .order_by(AuditEvent.id)
        ).all()
    assert [tuple(row) for row in logged] == [
        ("user:lead-gladsaxe", "login.succeeded", {"source": "127.0.0.1"}),
        ("user:lead-gladsaxe", "session.extended", {}),
        ("user:lead-gladsaxe", "session.ended", {"how": "signed_out"}),
        ("user:lead-gladsaxe", "login.succeeded", {"source": "127.0.0.1"}),
        ("user:lead-gladsaxe", "session.ended", {"how": "expired"}),
    ]
