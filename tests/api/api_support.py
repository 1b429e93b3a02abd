"""A copy of the lived demo for API tests, with a user of every role and party, and a client helper."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts import add_everyone, bearer
from conftest import make_app
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent

# One user of each role, the demo's (tests/web/matrix.py's OWN_AND_OTHER, own side).
OWN_USER = {
    "lead": "lead-gladsaxe",
    "municipality": "kommune-herlev",
    "company": "falck",
    "auditor": "revisor-ballerup",
    "admin": "admin",
}


def demo_copy(lived_demo: Flask, target: Path) -> Flask:
    """An app on a copy of the lived demo's database, blobs and signing key, with every test user."""
    source = Path(lived_demo.config["DATA_DIR"])
    copy = target / "var"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("hub.sqlite3*"))
    with sqlite3.connect(source / "hub.sqlite3") as src, sqlite3.connect(copy / "hub.sqlite3") as dst:
        src.backup(dst)
    app = make_app(target)
    add_everyone(app)
    return app


def demo_copy_fixture(folder: str, name: str = "app") -> Any:
    """A module-scoped fixture (`name`) giving a copy of the lived demo in its own `folder`, with a user
    of every role, its connections closed after the module: `app = demo_copy_fixture("api-x")`."""

    @pytest.fixture(scope="module", name=name)
    def copied(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
        app = demo_copy(lived_demo, tmp_path_factory.mktemp(folder))
        yield app
        with app.app_context():
            db.engine.dispose()

    return copied


class Caller:
    """One user's API client: a bearer token, and requests that return the response."""

    def __init__(self, app: Flask, username: str) -> None:
        self.app, self.username = app, username
        self.headers = bearer(app, username)
        self.client = app.test_client()

    def get(self, url: str, **headers: str) -> Any:
        """GET with the user's token (and any extra headers)."""
        return self.client.get(url, headers={**self.headers, **headers})

    def json(self, url: str) -> Any:
        """GET that must answer 200 with JSON; the body."""
        response = self.get(url)
        assert response.status_code == 200, response.get_data(as_text=True)
        return response.get_json()


def events(app: Flask, actor: str, action: str) -> list[AuditEvent]:
    """The audit entries a user's actions wrote, of one action."""
    with app.app_context():
        query = select(AuditEvent).where(AuditEvent.actor.startswith(actor), AuditEvent.action == action)
        found = list(db.session.scalars(query.order_by(AuditEvent.id)))
        db.session.expunge_all()
        return found
