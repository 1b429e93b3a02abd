"""One user per name whatever its case: kept lower case, found in any case (decision 0047)."""

from __future__ import annotations

from typing import Any

import pytest
from accounts import PASSWORD, add_user, csrf_token, sign_in
from flask import Flask
from sqlalchemy import select

from hub.errors import HubError
from hub.extensions import db
from hub.models import AuditEvent, User
from hub.services import users
from hub.services.user_parties import Party


def _names(app: Flask) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(select(User.username).order_by(User.id)))


def test_a_user_added_on_the_admin_page_signs_in_in_any_case(app: Flask) -> None:
    add_user(app, "admin")
    client = app.test_client()
    sign_in(client, "admin")
    form = {"username": "T-Herlev-Case", "role": "municipality", "municipality": "163"}
    token = csrf_token(client, "/admin/users")
    added = client.post("/admin/users", data={**form, "password": PASSWORD, "csrf_token": token})
    assert added.status_code == 302
    assert "Brugeren t-herlev-case er oprettet." in client.get("/admin/users").get_data(as_text=True)
    for typed in ("t-herlev-case", "T-Herlev-Case", " T-HERLEV-CASE "):
        assert sign_in(app.test_client(), typed).status_code == 302, typed
    # The same name in another case is the same user, not a second one.
    again = client.post("/admin/users", data={**form, "username": "t-herlev-CASE", "csrf_token": token})
    assert again.status_code == 422 and "findes allerede" in again.get_data(as_text=True)
    assert _names(app) == ["admin", "t-herlev-case"]
    with app.app_context():
        logged = db.session.scalars(select(AuditEvent.subject).where(AuditEvent.action == "login.succeeded"))
        assert set(logged) == {"user:admin", "user:t-herlev-case"}  # one name in the log, however typed


def test_hub_users_and_tokens_take_a_name_in_any_case(app: Flask, runner: Any) -> None:
    added = runner.invoke(
        args=["users", "add", "Sagsbeh", "--role", "lead", "--municipality", "159", "--no-password"]
    )
    assert added.exit_code == 0 and "added sagsbeh (lead" in added.output
    twice = runner.invoke(
        args=["users", "add", "SAGSBEH", "--role", "lead", "--municipality", "159", "--no-password"]
    )
    assert twice.exit_code == 2 and "'sagsbeh' exists" in twice.output
    passwd = runner.invoke(args=["users", "passwd", "SagsBeh", "--password-stdin"], input="a long password\n")
    assert passwd.exit_code == 0, passwd.output
    issued = runner.invoke(args=["tokens", "issue", "SAGSBEH", "sagssystem"])
    assert issued.exit_code == 0, issued.output
    assert "sagssystem" in runner.invoke(args=["tokens", "list", "sagsbeh"]).output
    with app.app_context():
        assert users.authenticate(db.session, "sagsBEH", "a long password", "test") is not None


def test_a_name_stored_with_capitals_before_still_signs_in_in_any_case(app: Flask) -> None:
    # An earlier version kept names as typed; such a user is found without renaming it.
    with app.app_context():
        users.create_user(db.session, "x", "lead", Party(municipality="159"), "test", password=PASSWORD)
        db.session.flush()
        db.session.execute(User.__table__.update().where(User.username == "x").values(username="Old-Lead"))
        db.session.commit()
    for typed in ("Old-Lead", "old-lead", "OLD-LEAD"):
        assert sign_in(app.test_client(), typed).status_code == 302, typed
    with app.app_context():
        found = users.user_by_name(db.session, "old-LEAD")
        assert found is not None and found.username == "Old-Lead"
        with pytest.raises(HubError, match="^user 'old-lead' exists$"):
            users.add_user(db.session, "old-lead", "lead", Party(municipality="159"), "test")
