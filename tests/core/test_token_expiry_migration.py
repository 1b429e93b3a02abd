"""Migration 0019: the tokens there are before it expire a year from the day it runs (stop 49)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
import time_machine
from accounts import add_user, bearer
from flask import Flask
from test_terms_migration import revision_of, to_revision

from hub.extensions import db
from hub.models import ApiToken


def test_existing_tokens_expire_a_year_after_the_upgrade(backend_app: Flask) -> None:
    add_user(backend_app, "kommune-herlev")
    with time_machine.travel(datetime(2026, 1, 5, 8, 0, tzinfo=UTC), tick=False):
        headers = bearer(backend_app, "kommune-herlev")  # made long before the upgrade
    to_revision(backend_app, "0018", down=True)
    with backend_app.app_context():
        columns = {c["name"] for c in sa.inspect(db.engine).get_columns("api_tokens")}
        assert "expires_at" not in columns
    upgraded = datetime(2027, 1, 10, 9, 30, tzinfo=UTC)
    with time_machine.travel(upgraded, tick=False):
        to_revision(backend_app, "0019")
    assert revision_of(backend_app) == "0019"
    with backend_app.app_context():
        # Inspected first: on SQLite the session's transaction would hold the lock (BEGIN IMMEDIATE).
        nullable = {c["name"]: c["nullable"] for c in sa.inspect(db.engine).get_columns("api_tokens")}
        assert nullable["expires_at"] is False
        assert db.session.scalars(sa.select(ApiToken.expires_at)).one() == upgraded + timedelta(days=365)
    client = backend_app.test_client()
    with time_machine.travel(upgraded + timedelta(days=364), tick=False):
        assert client.get("/api/agreements", headers=headers).status_code == 200
    with time_machine.travel(upgraded + timedelta(days=365), tick=False):
        assert client.get("/api/agreements", headers=headers).get_json()["code"] == "token_expired"
