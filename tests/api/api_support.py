"""A copy of the lived demo for API tests, with a user of every role and party, and a client helper."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from accounts import add_everyone, bearer
from flask import Flask
from page_support import copy_of
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
    app = copy_of(lived_demo, target)
    add_everyone(app)
    return app


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
