"""A request refused by a rate limit is logged in the hub's own line, in English and Danish (`Both`):
Flask-Limiter's "ratelimit 2 per 1 minute (LIMITER/hub-login/…/ip:127.0.0.1/…) exceeded at endpoint:
pages.login" was English only, not in the hub's words, and named the caller's address."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from accounts import add_user, bearer, sign_in
from conftest import make_app
from flask import Flask

from hub.extensions import db
from hub.models import User


def _lines(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    # Every line about a limit, whoever wrote it, but SQL: a test before this one in the same process may
    # have left SQLAlchemy's engine logging its statements, whose LIMIT clause is no rate limit.
    return [
        (r.name, r.getMessage())
        for r in caplog.records
        if "limit" in r.getMessage().lower() and not r.name.startswith("sqlalchemy")
    ]


def test_a_limited_sign_in_says_which_limit_in_both_languages(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(tmp_path, LOGIN_LIMIT_USER="2/minute", LOGIN_LIMIT_ADDRESS="3/minute")
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    with caplog.at_level(logging.INFO):
        for _ in range(2):
            sign_in(client, "lead-gladsaxe", "guess")
        assert sign_in(client, "lead-gladsaxe", "guess").status_code == 429  # the username's limit
        # A refused attempt is not a failed one: the address has failed twice, and fails a third time.
        assert sign_in(client, "nobody", "guess").status_code == 401
        assert sign_in(client, "nobody-else", "guess").status_code == 429
    assert _lines(caplog) == [
        (
            "hub.web.limit_log",
            "sign-in refused: 2 failed sign-ins per username in 60 seconds reached; answered 429 (who: the "
            "audit log's login.limited) / log-ind afvist: 2 mislykkede forsøg pr. brugernavn på 60 sekunder "
            "er nået; svaret 429 (hvem: auditloggens login.limited)",
        ),
        (
            "hub.web.limit_log",
            "sign-in refused: 3 failed sign-ins per address in 60 seconds reached; answered 429 (who: the "
            "audit log's login.limited) / log-ind afvist: 3 mislykkede forsøg pr. adresse på 60 sekunder er "
            "nået; svaret 429 (hvem: auditloggens login.limited)",
        ),
    ]
    assert not [m for _, m in _lines(caplog) if "127.0.0.1" in m]


def test_a_limited_api_call_names_the_user_by_id(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    app: Flask = make_app(tmp_path, API_LIMIT="1/minute")  # one call, "the 1 call", not "the 1 calls"
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    with app.app_context():
        user_id = db.session.query(User.id).filter_by(username="kommune-herlev").scalar()
    with caplog.at_level(logging.INFO):
        assert client.get("/api/agreements", headers=herlev).status_code == 200
        assert client.get("/api/agreements", headers=herlev).status_code == 429
    assert _lines(caplog) == [
        (
            "hub.web.limit_log",
            f"API call refused: user {user_id} made the 1 call allowed in 60 seconds (HUB_API_LIMIT); "
            f"answered 429 / API-kald afvist: bruger {user_id} har brugt de 1 kald, der er tilladt på 60 "
            "sekunder (HUB_API_LIMIT); svaret 429",
        )
    ]


def test_a_storage_out_of_reach_is_said_in_both_languages(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Flask-Limiter's "Rate limit storage unreachable - falling back to in-memory storage" was English
    only, in its own words: the hub's line says which setting and what still holds, in both."""
    # Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    app = make_app(tmp_path, RATELIMIT_STORAGE_URI="redis://127.0.0.1:9/0")
    add_user(app, "lead-gladsaxe")
    with caplog.at_level(logging.INFO):
        assert sign_in(app.test_client(), "lead-gladsaxe", "guess").status_code == 401
    said = [r for r in caplog.records if r.name == "flask-limiter" and r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in said] == [
        "rate limits of sign-ins and API calls: their storage (RATELIMIT_STORAGE_URI, else REDIS_URL) "
        "cannot be reached; each process counts them alone until it is back / grænserne for log-ind og "
        "API-kald: deres lager (RATELIMIT_STORAGE_URI, ellers REDIS_URL) kan ikke nås; hver proces "
        "tæller dem for sig, til det er tilbage"
    ]
