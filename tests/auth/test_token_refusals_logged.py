"""A known token refused is written to the audit log, revoked and deactivated too (stop 49): a revoked
token still calling may be in other hands, and whoever revoked it wants to see that. The first try
after the revocation, then one an hour, as an expired token's (decision 0015, "Stop 49")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import time_machine
from accounts import add_user, bearer
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import ApiToken, AuditEvent, User
from hub.services import api_tokens

MADE = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)


def _travel(moment: datetime) -> Any:
    return time_machine.travel(moment, tick=False)


def _refusals(app: Flask) -> list[tuple[datetime, Any]]:
    with app.app_context():
        entries = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "token.refused")).all()
        return [(e.occurred_at.replace(tzinfo=UTC), e.detail) for e in entries]


def test_a_revoked_token_still_calling_is_logged_the_first_time_and_then_once_an_hour(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    with _travel(MADE):
        headers = bearer(app, "kommune-herlev")
        assert app.test_client().get("/api/agreements", headers=headers).status_code == 200
    revoked = MADE + timedelta(seconds=30)  # used half a minute before: the first try after is still written
    with _travel(revoked), app.app_context():
        token_id = db.session.scalars(select(ApiToken.id)).one()
        api_tokens.revoke_token(db.session, None, token_id, "cli")
        db.session.commit()
    tries = (timedelta(seconds=10), timedelta(minutes=30), timedelta(hours=1, minutes=11))
    for after in tries:
        with _travel(revoked + after):
            answer = app.test_client().get("/api/agreements", headers=headers)
            assert answer.status_code == 401 and answer.get_json()["code"] == "unauthenticated"
    detail = {"token": token_id, "reason": "revoked"}
    assert _refusals(app) == [(revoked + tries[0], detail), (revoked + tries[2], detail)]


def test_a_token_of_a_deactivated_user_is_logged_when_refused(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    with _travel(MADE):
        headers = bearer(app, "kommune-herlev")
    with app.app_context():
        user = db.session.scalars(select(User).where(User.username == "kommune-herlev")).one()
        user.active = False
        token_id = db.session.scalars(select(ApiToken.id)).one()
        db.session.commit()
    with _travel(MADE + timedelta(days=1)):
        assert app.test_client().get("/api/agreements", headers=headers).status_code == 401
    assert _refusals(app) == [(MADE + timedelta(days=1), {"token": token_id, "reason": "deactivated"})]
