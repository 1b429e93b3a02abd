"""A 401's `WWW-Authenticate` as RFC 6750 section 3.1 has it (decision 0016, "Stop 63: api-84"): a token
that was sent and refused is `error="invalid_token"` with an `error_description`; a call with no token, or
with another scheme, is a bare `Bearer` challenge, with no `error`."""

from __future__ import annotations

from accounts import add_user, bearer
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import ApiToken
from hub.services import api_tokens

REFUSED = (
    'Bearer realm="hub API", error="invalid_token", '
    'error_description="unknown or revoked token, or its user is deactivated"'
)


def test_an_unknown_token_is_invalid_token(app: Flask) -> None:
    answer = app.test_client().get("/api/agreements", headers={"Authorization": "Bearer hub_nosuchtoken"})
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == REFUSED


def test_a_revoked_token_is_invalid_token(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    headers = bearer(app, "kommune-herlev")
    with app.app_context():
        row = db.session.scalars(select(ApiToken)).one()
        api_tokens.revoke(db.session, None, row.id, "test")
    answer = app.test_client().get("/api/agreements", headers=headers)
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == REFUSED


def test_no_token_or_another_scheme_has_no_error(app: Flask) -> None:
    client = app.test_client()
    for headers in ({}, {"Authorization": "Basic aHViOmh1Yg=="}):
        answer = client.get("/api/agreements", headers=headers)
        assert answer.status_code == 401, headers
        assert answer.headers["WWW-Authenticate"] == 'Bearer realm="hub API"', headers


def test_the_spec_says_which_401_carries_invalid_token(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    header = spec["components"]["responses"]["Unauthenticated"]["headers"]["WWW-Authenticate"]
    assert 'error="invalid_token"' in header["description"]
    assert "error_description" in header["description"]
    assert header["schema"]["example"] == REFUSED
