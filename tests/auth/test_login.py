"""Signing in with a password: wrong password, rate limit, CSRF, expired session, deactivated user."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from accounts import PASSWORD, add_user, csrf_token, sign_in
from conftest import make_app
from flask import Flask
from servers import redis_url, require
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent
from hub.services import user_status


def _actions(app: Flask, username: str) -> list[str]:
    with app.app_context():
        rows = db.session.scalars(
            select(AuditEvent.action).where(AuditEvent.subject == f"user:{username}").order_by(AuditEvent.id)
        )
        return [a for a in rows if a.startswith("login.")]


def test_right_password_signs_in_and_is_logged(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    response = sign_in(client, "lead-gladsaxe")
    assert response.status_code == 302
    assert client.get("/agreements").status_code == 200
    assert _actions(app, "lead-gladsaxe") == ["login.succeeded"]


def test_wrong_password_is_refused_with_a_message_and_logged(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    response = sign_in(client, "lead-gladsaxe", "not the password")
    assert response.status_code == 401
    assert "Forkert brugernavn eller adgangskode." in response.get_data(as_text=True)
    assert client.get("/agreements").status_code == 302  # still not signed in
    assert _actions(app, "lead-gladsaxe") == ["login.failed"]


def test_sixth_failure_in_a_minute_is_limited_even_with_the_right_password(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    for _ in range(5):
        assert sign_in(client, "lead-gladsaxe", "guess").status_code == 401
    limited = sign_in(client, "lead-gladsaxe")
    assert limited.status_code == 429
    page = limited.get_data(as_text=True)
    assert "For mange mislykkede forsøg på at logge ind. Vent et par minutter, og prøv igen." in page
    assert int(limited.headers["Retry-After"]) > 0
    assert _actions(app, "lead-gladsaxe") == ["login.failed"] * 5 + ["login.limited"]


def test_the_limit_is_per_username_and_successes_do_not_count(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    add_user(app, "kommune-herlev")
    for _ in range(6):
        assert sign_in(client, "lead-gladsaxe").status_code == 302  # six right passwords: no limit
    for _ in range(5):
        sign_in(client, "kommune-herlev", "guess")
    assert sign_in(client, "kommune-herlev").status_code == 429
    assert sign_in(client, "lead-gladsaxe").status_code == 302


def test_the_address_limit_stops_one_machine_trying_many_names(tmp_path: Path) -> None:
    app = make_app(tmp_path, LOGIN_LIMIT_ADDRESS="3/minute")
    client = app.test_client()
    for n in range(3):
        assert sign_in(client, f"nobody-{n}", "guess").status_code == 401
    assert sign_in(client, "nobody-else", "guess").status_code == 429


def test_limit_in_english_for_an_english_session(app: Flask, client: Any) -> None:
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client)})
    for _ in range(5):
        sign_in(client, "someone", "guess")
    page = sign_in(client, "someone", "guess").get_data(as_text=True)
    assert "Too many failed sign-in attempts. Wait a few minutes and try again." in page


@pytest.mark.redis
def test_limit_is_shared_through_redis_by_two_processes_apps(tmp_path: Path) -> None:
    """Two apps (two processes of one hub) on one Redis count the same failures."""
    url = require(redis_url(), "redis")
    settings = {"REDIS_URL": url, "RATELIMIT_KEY_PREFIX": f"test-{tmp_path.name}"}
    first = make_app(tmp_path / "a", **settings)
    second = make_app(tmp_path / "b", **settings)
    for _ in range(3):
        sign_in(first.test_client(), "shared-name", "guess")
    for _ in range(2):
        sign_in(second.test_client(), "shared-name", "guess")
    assert sign_in(first.test_client(), "shared-name", "guess").status_code == 429


def test_login_without_csrf_token_is_refused(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    client.get("/login")
    response = client.post("/login", data={"username": "lead-gladsaxe", "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/agreements").status_code == 302
    assert _actions(app, "lead-gladsaxe") == []  # refused before any password was checked


def test_post_without_csrf_token_from_a_signed_in_session_is_refused(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    assert client.post("/logout").status_code == 400
    assert client.get("/agreements").status_code == 200  # still signed in


def test_expired_session_says_so_on_the_login_page(tmp_path: Path) -> None:
    app = make_app(tmp_path, SESSION_HOURS=1)
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")
    with client.session_transaction() as session:
        session["since"] = int(time.time()) - 3601
    response = client.get("/agreements")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Din session er udløbet. Log ind igen." in page
    # Said once: the next visit to the sign-in page is a plain one.
    assert "Din session er udløbet" not in client.get("/login").get_data(as_text=True)


def test_a_fresh_login_page_does_not_say_expired(app: Flask, client: Any) -> None:
    assert "Din session er udløbet" not in client.get("/login").get_data(as_text=True)


def test_deactivated_user_cannot_sign_in_and_its_session_ends(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    other = app.test_client()
    assert sign_in(other, "lead-gladsaxe").status_code == 302
    with app.app_context():
        user_status.deactivate(db.session, "lead-gladsaxe", "test")
    assert (
        sign_in(client, "lead-gladsaxe").status_code == 403
    )  # told why: tests/auth/test_login_deactivated.py
    assert other.get("/agreements").status_code == 302  # the open session ends at its next request
    assert _actions(app, "lead-gladsaxe") == ["login.succeeded", "login.refused"]


def _copied_cookie(app: Flask, client: Any) -> Any:
    """Another browser holding a copy of `client`'s session cookie (a shared PC, a proxy's log)."""
    cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    assert cookie is not None
    thief = app.test_client()
    thief.set_cookie(cookie.key, cookie.value)
    return thief


def test_signing_out_ends_the_session_for_a_copy_of_its_cookie_too(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    thief = _copied_cookie(app, client)
    assert thief.get("/agreements").status_code == 200  # the copy works while the session lives
    logout = client.post("/logout", data={"csrf_token": csrf_token(client, "/agreements")})
    assert logout.status_code == 302
    page = thief.get("/agreements")
    assert page.status_code == 302 and "/login" in page.headers["Location"]
    assert thief.get("/api/placements").status_code == 401
    # Signing in again starts a session of its own; the ended one stays ended.
    sign_in(client, "lead-gladsaxe")
    assert client.get("/agreements").status_code == 200
    assert thief.get("/agreements").status_code == 302


def test_a_changed_password_signs_the_user_out_everywhere(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    add_user(app, "kommune-herlev")
    sign_in(client, "lead-gladsaxe")
    other = app.test_client()
    sign_in(other, "kommune-herlev")
    with app.app_context():
        user_status.change_password(db.session, "lead-gladsaxe", "a new password", "test")
    assert client.get("/agreements").status_code == 302
    assert other.get("/agreements").status_code == 200  # another user's session is untouched
    assert sign_in(client, "lead-gladsaxe", "a new password").status_code == 302
    assert client.get("/agreements").status_code == 200


def test_the_language_chosen_before_signing_in_stays_after(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client)})
    sign_in(client, "lead-gladsaxe")
    assert '<html lang="en">' in client.get("/agreements").get_data(as_text=True)


def test_the_language_switch_on_a_page_whose_session_ended_still_switches(tmp_path: Path) -> None:
    """A page left open past the session's end carries a CSRF token that died with the session; its
    language switch still works (it changes nothing but the words), instead of answering 400."""
    app = make_app(tmp_path, SESSION_HOURS=1)
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")
    stale = csrf_token(client, "/agreements")
    with client.session_transaction() as session:
        session["since"] = int(time.time()) - 3601
    assert client.get("/agreements").status_code == 302  # the session is over, and its token with it
    answer = client.post("/language", data={"lang": "en", "csrf_token": stale, "next": "/agreements"})
    assert answer.status_code == 302
    assert '<html lang="en">' in client.get("/login").get_data(as_text=True)
    # Everything else still asks for a live token: signing in with the stale one is refused.
    refused = client.post(
        "/login", data={"username": "lead-gladsaxe", "password": PASSWORD, "csrf_token": stale}
    )
    assert refused.status_code == 400


def test_a_cpr_number_typed_as_username_is_masked_in_the_audit_log(app: Flask, client: Any) -> None:
    # People type their CPR number into the username box; the audit log cannot be changed afterwards.
    for _ in range(6):
        sign_in(client, "0101901234", "not the password")
    with app.app_context():
        rows = db.session.execute(select(AuditEvent.actor, AuditEvent.subject, AuditEvent.action)).all()
    logged = [row for row in rows if row.action.startswith("login.")]
    assert [row.action for row in logged] == ["login.failed"] * 5 + ["login.limited"]
    assert {row.subject for row in logged} == {"user:010190-XXXX"}
    assert not any("1234" in row.actor + row.subject for row in logged)
