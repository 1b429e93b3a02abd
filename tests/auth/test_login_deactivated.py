"""A deactivated user who types the right password is told the user is deactivated and whom to ask;
a wrong password, theirs or anyone's, is refused exactly as before: the same words, the same status,
and the same work (one password hash checked), so nothing is learnt without the password.

The last stop found the right password of a deactivated user answered "wrong username or password":
the person tried again and again, then called support about a password that was right.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from accounts import PASSWORD, add_user, csrf_token, sign_in
from flask import Flask
from hub_process import tree_env

from hub.extensions import db
from hub.services import user_status, users

DEACTIVATED_DA = (
    "Din bruger er deaktiveret, så du kan ikke logge ind. Bed hubbens administrator i din organisation om"
    " at aktivere den igen."
)
DEACTIVATED_EN = (
    "Your user is deactivated, so you cannot sign in. Ask the hub's administrator at your organisation to"
    " activate it again."
)
WRONG_DA = "Forkert brugernavn eller adgangskode."


@pytest.fixture
def deactivated(app: Flask) -> Flask:
    add_user(app, "kommune-herlev")
    with app.app_context():
        user_status.deactivate(db.session, "kommune-herlev", "test")
    return app


def test_the_right_password_of_a_deactivated_user_says_so_in_danish(deactivated: Flask, client: Any) -> None:
    answer = sign_in(client, "kommune-herlev")
    assert answer.status_code == 403
    page = answer.get_data(as_text=True)
    assert DEACTIVATED_DA.replace("'", "&#39;") in page and WRONG_DA not in page
    assert client.get("/agreements").status_code == 302  # not signed in


def test_and_in_english(deactivated: Flask, client: Any) -> None:
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/login")})
    page = sign_in(client, "kommune-herlev").get_data(as_text=True)
    assert DEACTIVATED_EN.replace("'", "&#39;") in page


@pytest.mark.parametrize("username", ["kommune-herlev", "nobody-at-all"])
def test_a_wrong_password_is_refused_as_for_anyone(deactivated: Flask, client: Any, username: str) -> None:
    answer = sign_in(client, username, "not the password")
    page = answer.get_data(as_text=True)
    assert answer.status_code == 401 and WRONG_DA in page and "deaktiveret" not in page


@pytest.mark.parametrize(
    ("username", "password"),
    [("kommune-herlev", "not the password"), ("nobody-at-all", "x"), ("kommune-herlev", None)],
)
def test_every_attempt_checks_one_hash(
    deactivated: Flask, monkeypatch: pytest.MonkeyPatch, username: str, password: str | None
) -> None:
    """The time an attempt takes is one argon2 check, whoever and whatever is typed."""
    real, checked = users._hasher, []

    class Counting:
        def verify(self, stored: str, typed: str) -> bool:
            checked.append(stored)
            return real.verify(stored, typed)

        def __getattr__(self, name: str) -> Any:
            return getattr(real, name)

    monkeypatch.setattr(users, "_hasher", Counting())
    with deactivated.app_context():
        try:
            users.authenticate(db.session, username, password or PASSWORD, "test")
        except users.Deactivated:
            assert password is None
    assert len(checked) == 1


def test_importing_the_users_service_hashes_nothing() -> None:
    """The hash a wrong name is checked against is made at the first sign-in, not at import: every `hub`
    command and worker imports the service, and an argon2 hash costs about 0.15 s."""
    script = (
        "import argon2\n"
        "def refuse(*args, **kwargs):\n"
        "    raise SystemExit('hashed at import')\n"
        "argon2.PasswordHasher.hash = refuse\n"
        "import hub.services.users\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=tree_env(os.environ), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
