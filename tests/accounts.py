"""Users of every role for tests, and signing them in through the real login form."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from flask import Flask

from hub.extensions import db
from hub.services import api_tokens, users
from hub.services.user_parties import Party

PASSWORD = "correct horse battery staple"
# One user per role and party: the demo's five, and one of another party for each role that has one.
PEOPLE: dict[str, tuple[str, Party]] = {
    "lead-gladsaxe": ("lead", Party(municipality="159")),
    "lead-gentofte": ("lead", Party(municipality="157")),
    "kommune-herlev": ("municipality", Party(municipality="163")),
    "kommune-ballerup": ("municipality", Party(municipality="151")),
    "falck": ("company", Party(company_cvr="22222228")),
    "danfoss": ("company", Party(company_cvr="77777776")),
    "revisor-ballerup": (
        "auditor",
        Party(municipality="151", audit_start=date(2026, 7, 1), audit_end=date(2026, 12, 31)),
    ),
    "revisor-gentofte": (
        "auditor",
        Party(municipality="157", audit_start=date(2026, 7, 1), audit_end=date(2026, 12, 31)),
    ),
    "admin": ("admin", Party()),
}


def add_user(app: Flask, username: str, role: str | None = None, party: Party | None = None) -> str:
    """Create one of `PEOPLE` (or any user given role and party) with `PASSWORD`; returns the username."""
    if role is None or party is None:
        role, party = PEOPLE[username]
    with app.app_context():
        users.create_user(db.session, username, role, party, "test", password=PASSWORD)
        db.session.commit()
    return username


def add_everyone(app: Flask) -> None:
    """Create every user of `PEOPLE`."""
    for name in PEOPLE:
        add_user(app, name)


def csrf_token(client: Any, path: str = "/login") -> str:
    """The CSRF token of the client's session, read from a page's form as a browser would."""
    html = client.get(path).get_data(as_text=True)
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def sign_in(client: Any, username: str, password: str = PASSWORD) -> Any:
    """Sign in through the login form; returns the response."""
    token = csrf_token(client)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token})


def signed_in_client(app: Flask, username: str) -> Any:
    """A test client of `app` signed in as `username`, added first with its usual role and party."""
    add_user(app, username)
    client = app.test_client()
    assert sign_in(client, username).status_code == 302
    return client


def bearer(app: Flask, username: str, name: str = "test") -> dict[str, str]:
    """An Authorization header with a fresh API token for the user."""
    with app.app_context():
        user = users.user_by_name(db.session, username)
        assert user is not None
        _, raw = api_tokens.issue_token(db.session, user, name, "test")
        db.session.commit()
    return {"Authorization": f"Bearer {raw}"}
