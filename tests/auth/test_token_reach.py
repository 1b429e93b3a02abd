"""An API token signs in to the JSON API only (decision 0015): on a page it is no sign-in, so a leaked
token cannot make tokens of its own (which would outlive its revocation), add users or skip CSRF."""

from __future__ import annotations

from typing import Any

from accounts import add_user, bearer, sign_in
from flask import Flask
from sqlalchemy import func, select

from hub.access import PEOPLE_ONLY, Principal
from hub.extensions import db
from hub.models import ApiToken
from hub.services import users

NEW_ADMIN = {
    "username": "x",
    "role": "admin",
    "password": "longpassword9",
    "municipality": "",
    "cvr": "",
    "audit": "",
}


def _refused(answer: Any) -> None:
    """A program's token on a page: 401 as JSON, saying in both languages where a token works."""
    assert answer.status_code == 401 and answer.is_json
    body = answer.get_json()
    assert body["code"] == "token_not_for_pages" and body["problems"] == []
    assert "/api/" in body["message"] and "browser" in body["message"]
    assert "/api/" in body["message_da"] and "logget ind i en browser" in body["message_da"]


def test_a_token_makes_no_token_on_the_tokens_page(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    headers = bearer(app, "kommune-herlev")
    client = app.test_client()
    _refused(client.post("/tokens", data={"name": "evil"}, headers=headers))
    _refused(client.get("/tokens", headers=headers))
    with app.app_context():
        token_id = db.session.scalar(select(ApiToken.id))
        assert db.session.scalar(select(func.count()).select_from(ApiToken)) == 1  # the one it came with
    _refused(client.post(f"/tokens/{token_id}/revoke", headers=headers))
    assert client.get("/api/agreements", headers=headers).status_code == 200  # its own place still works


def test_an_admins_token_adds_no_user_and_runs_no_queue(app: Flask) -> None:
    add_user(app, "admin")
    headers = bearer(app, "admin")
    client = app.test_client()
    _refused(client.post("/admin/users", data=NEW_ADMIN, headers=headers))
    _refused(client.get("/admin/users", headers=headers))
    _refused(client.post("/admin/jobs/requeue", headers=headers))
    with app.app_context():
        assert users.user_by_name(db.session, "x") is None


def test_a_token_beside_a_session_is_no_sign_in_either(app: Flask) -> None:
    # A page's request carrying a token is a program's, whatever cookie it also sends: the token does not
    # stand in for the session, and the session does not carry the token past the page's CSRF check.
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")
    assert client.get("/agreements").status_code == 200
    _refused(client.get("/agreements", headers=bearer(app, "lead-gladsaxe")))


def test_a_public_form_sent_with_a_token_still_needs_its_csrf_token(app: Flask) -> None:
    add_user(app, "lead-gladsaxe")
    headers = bearer(app, "lead-gladsaxe")
    client = app.test_client()
    assert client.get("/login", headers=headers).status_code == 200  # public pages open as to anyone
    sign_in = {"username": "lead-gladsaxe", "password": "x"}
    answer = client.post("/login", data=sign_in, headers=headers)
    assert answer.status_code == 400 and answer.get_json()["code"] == "csrf_failed"
    # The one form exempt (`guard.CSRF_FREE`): choosing the language, which changes only the words.
    assert client.post("/language", data={"lang": "en"}, headers=headers).status_code == 302


def test_a_page_without_a_token_still_sends_a_person_to_sign_in(app: Flask) -> None:
    answer = app.test_client().get("/tokens")
    assert answer.status_code == 302 and "/login" in answer.headers["Location"]
    # Another scheme (a proxy's Basic) is not a token: the page reads the session as before.
    basic = app.test_client().get("/tokens", headers={"Authorization": "Basic eDp5"})
    assert basic.status_code == 302


def test_a_token_never_holds_a_people_only_permission() -> None:
    # Belt and braces beside the routes: were token management ever under /api/, a token still may not.
    person = Principal(user_id=1, username="admin", role="admin")
    token = Principal(user_id=1, username="admin", role="admin", token_id=7)
    assert PEOPLE_ONLY == {"tokens:manage", "users:admin", "jobs:admin"}
    for permission in PEOPLE_ONLY:
        assert person.may(permission) and not token.may(permission)
    assert token.may("agreements:read")
