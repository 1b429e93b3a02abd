"""Every API token expires (stop 49): issued for `--days` (365 unless told, 730 at most), listed with its
expiry, and refused after it with 401 `token_expired`, in English and Danish, written to the audit log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import lxml.html
import time_machine
from accounts import add_user, bearer, csrf_token, sign_in
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import ApiToken, AuditEvent
from hub.services import api_tokens

# Noon in UTC, 13:00 in Danish winter time; a year on is 29 Feb 2028 (a leap year).
MADE = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)


def _travel(moment: datetime) -> Any:
    return time_machine.travel(moment, tick=False)


def _add_system(runner: Any) -> None:
    args = ["users", "add", "herlev-sys", "--role", "municipality", "--municipality", "163", "--no-password"]
    assert runner.invoke(args=args).exit_code == 0


def _expiry(app: Flask) -> datetime:
    with app.app_context():
        return db.session.scalars(select(ApiToken.expires_at)).one()


def test_issued_for_a_year_unless_told_and_said_when(app: Flask, runner: Any) -> None:
    _add_system(runner)
    with _travel(MADE):
        issued = runner.invoke(args=["tokens", "issue", "herlev-sys", "Sagssystem"])
    assert issued.exit_code == 0, issued.output
    assert _expiry(app) == MADE + timedelta(days=365)
    # Said in Danish time (CET, UTC+1 in February), as the list and the tokens page say it.
    assert "expires 2028-02-29 13:00" in issued.stderr and "udløber 2028-02-29 13:00" in issued.stderr


def test_days_given_and_bounded(app: Flask, runner: Any) -> None:
    _add_system(runner)
    with _travel(MADE):
        assert runner.invoke(args=["tokens", "issue", "herlev-sys", "kort", "--days", "30"]).exit_code == 0
    assert _expiry(app) == MADE + timedelta(days=30)
    for days in ("0", "731", "-5"):
        refused = runner.invoke(args=["tokens", "issue", "herlev-sys", "lang", "--days", days])
        assert refused.exit_code == 2, refused.output
        assert f"a token is valid 1-730 days, not {days}" in refused.output
        assert f"en nøgle gælder 1-730 dage, ikke {days}" in refused.output
        assert "hub_" not in refused.output
    with app.app_context():
        assert len(db.session.scalars(select(ApiToken)).all()) == 1


def test_list_shows_the_expiry_and_an_expired_token(app: Flask, runner: Any) -> None:
    _add_system(runner)
    with _travel(MADE):
        runner.invoke(args=["tokens", "issue", "herlev-sys", "Sagssystem", "--days", "10"])
        fields = runner.invoke(args=["tokens", "list", "herlev-sys"]).output.strip().split("\t")
    # id, name, prefix, created, last used, expires, state: 11 March 2027 at 13:00 Danish time.
    assert fields[3:] == ["2027-03-01 13:00", "-", "2027-03-11 13:00", "live"]
    with _travel(MADE + timedelta(days=10, seconds=1)):
        fields = runner.invoke(args=["tokens", "list", "herlev-sys"]).output.strip().split("\t")
    assert fields[-2:] == ["2027-03-11 13:00", "expired"]


def test_refused_after_expiry_with_its_own_code_and_logged(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    with _travel(MADE):
        headers = bearer(app, "kommune-herlev")
    client = app.test_client()
    with _travel(MADE + timedelta(days=365, seconds=-1)):
        assert client.get("/api/agreements", headers=headers).status_code == 200
    with _travel(MADE + timedelta(days=365)):
        answer = client.get("/api/agreements", headers=headers)
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == (
        'Bearer realm="hub API", error="invalid_token", '
        'error_description="the token expired on 2028-02-29 (UTC); ask for a new one"'
    )
    body = answer.get_json()
    assert body["code"] == "token_expired"
    assert body["message"] == "the token expired on 2028-02-29 (UTC); ask for a new one"
    assert body["message_da"] == "nøglen udløb 2028-02-29 (UTC); bed om en ny"
    with app.app_context():
        token_id = db.session.scalars(select(ApiToken.id)).one()
        entry = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "token.refused")).one()
    assert entry.actor == f"user:kommune-herlev token:{token_id}"
    assert entry.subject == "user:kommune-herlev"
    assert entry.detail == {"token": token_id, "reason": "expired", "expires_at": "2028-02-29T12:00:00+00:00"}


def test_a_revoked_token_is_refused_as_revoked_after_its_expiry_too(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    with _travel(MADE):
        headers = bearer(app, "kommune-herlev")
    with app.app_context():
        row = db.session.scalars(select(ApiToken)).one()
        api_tokens.revoke(db.session, None, row.id, "test")
    with _travel(MADE + timedelta(days=400)):
        answer = app.test_client().get("/api/agreements", headers=headers)
    assert answer.status_code == 401 and answer.get_json()["code"] == "unauthenticated"


def _status_cells(client: Any) -> list[str]:
    page = lxml.html.fromstring(client.get("/tokens").get_data(as_text=True))
    return [" ".join(cell.text_content().split()) for cell in page.xpath("//table[@id='tokens']//td")]


def test_the_tokens_page_shows_the_expiry(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    client = app.test_client()
    with _travel(MADE):
        sign_in(client, "kommune-herlev")
        form = {"name": "Sagssystem", "csrf_token": csrf_token(client, "/tokens")}
        made = client.post("/tokens", data=form)
        assert made.status_code == 201
        cells = _status_cells(client)
    # prefix, created, last used, expires, status, the revoke button.
    assert cells[3:5] == ["29. feb. 2028 kl. 13.00", "i brug"]
    with _travel(MADE + timedelta(days=366)):
        sign_in(client, "kommune-herlev")
        cells = _status_cells(client)
    assert cells[3:5] == ["29. feb. 2028 kl. 13.00", "udløbet"]


def test_an_expired_token_tried_again_and_again_is_logged_once_an_hour(app: Flask) -> None:
    # A system retrying with its expired token at the API's rate limit would append an entry to the
    # signed audit log for every try: the first try is written, then one an hour.
    add_user(app, "kommune-herlev")
    with _travel(MADE):
        headers = bearer(app, "kommune-herlev")
    client = app.test_client()
    expiry = MADE + timedelta(days=365)
    for after in (timedelta(0), timedelta(seconds=1), timedelta(minutes=59), timedelta(hours=1, minutes=1)):
        with _travel(expiry + after):
            assert client.get("/api/agreements", headers=headers).status_code == 401
    with app.app_context():
        entries = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "token.refused")).all()
    assert [e.occurred_at.replace(tzinfo=UTC) for e in entries] == [
        expiry,
        expiry + timedelta(hours=1, minutes=1),
    ]
