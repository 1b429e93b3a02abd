"""A token that expires within a month says so before it fails (stop 50): every API answer to it carries
`Hub-Token-Expires` (an HTTP date), and its user's first page and the tokens page name it and its day, in
Danish. Before, the expiry was only a column on the tokens page, and the first a case system heard of it
was the 401 `token_expired`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import lxml.html
import time_machine
from accounts import add_user, bearer, sign_in
from flask import Flask

from hub.extensions import db
from hub.services import api_tokens

# Noon in UTC, 13:00 in Danish winter time; a year on is 29 Feb 2028 (a leap year), a Tuesday.
MADE = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
EXPIRES = MADE + timedelta(days=365)
MONTH_BEFORE = EXPIRES - timedelta(days=30)  # the first moment it is warned of
HEADER = "Hub-Token-Expires"
AS_HTTP = "Tue, 29 Feb 2028 12:00:00 GMT"  # RFC 9110's IMF-fixdate, as Expires and Sunset are written


def _travel(moment: datetime) -> Any:
    return time_machine.travel(moment, tick=False)


def test_an_api_answer_says_when_its_token_expires_within_a_month(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    with _travel(MADE):
        headers = bearer(app, "kommune-herlev")
    client = app.test_client()
    with _travel(MONTH_BEFORE - timedelta(seconds=1)):
        assert HEADER not in client.get("/api/agreements", headers=headers).headers
    with _travel(MONTH_BEFORE):
        assert client.get("/api/agreements", headers=headers).headers[HEADER] == AS_HTTP
    with _travel(EXPIRES - timedelta(seconds=1)):
        answer = client.get("/api/agreements", headers=headers)
        # An error answer to the token says it too: the system's log holds its failures, if nothing else.
        missing = client.get("/api/agreements/999999", headers=headers)
    assert answer.status_code == 200 and answer.headers[HEADER] == AS_HTTP
    assert missing.status_code == 404 and missing.headers[HEADER] == AS_HTTP
    with _travel(EXPIRES):
        refused = client.get("/api/agreements", headers=headers)
    assert refused.status_code == 401 and HEADER not in refused.headers  # expired: the 401 says so


def test_no_header_for_a_browser_session_or_another_token(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    with _travel(MADE):
        old = bearer(app, "kommune-herlev", "gammel")
    with _travel(MONTH_BEFORE + timedelta(days=1)):
        new = bearer(app, "kommune-herlev", "ny")
        client = app.test_client()
        assert HEADER not in client.get("/api/agreements", headers=new).headers
        assert client.get("/api/agreements", headers=old).headers[HEADER] == AS_HTTP
        sign_in(client, "kommune-herlev")
        assert HEADER not in client.get("/api/agreements").headers


def _notice(client: Any, path: str) -> str:
    answer = client.get(path)
    assert answer.status_code == 200, path
    found = lxml.html.fromstring(answer.get_data(as_text=True)).xpath("//*[@id='token-expiry']")
    return " ".join(found[0].text_content().split()) if found else ""


def _with_tokens(app: Flask, user: str, *names: str) -> Any:
    """`user` with an API token of each of `names`, made at MADE (so expiring at EXPIRES), and a client."""
    add_user(app, user)
    with _travel(MADE):
        for name in names:
            bearer(app, user, name)
    return app.test_client()


def test_the_first_page_and_the_tokens_page_name_the_token_and_its_day(app: Flask) -> None:
    client = _with_tokens(app, "lead-gladsaxe", "Sagssystem")
    with _travel(MONTH_BEFORE - timedelta(seconds=1)):
        sign_in(client, "lead-gladsaxe")
        assert _notice(client, "/dashboard") == ""
    with _travel(MONTH_BEFORE):
        sign_in(client, "lead-gladsaxe")
        landing, tokens, other = (_notice(client, p) for p in ("/dashboard", "/tokens", "/agreements"))
    # 29 February 2028 at 13:00 Danish time, as the tokens page's "Udløber" column says it.
    said = "Din API-nøgle »Sagssystem« udløber 29. feb. 2028 kl. 13.00."
    assert landing.startswith(said) and "Lav en ny nøgle" in landing
    assert tokens.startswith(said)
    assert other == ""  # not on every page the person clicks through


def test_a_revoked_or_expired_token_is_no_longer_warned_of(app: Flask) -> None:
    client = _with_tokens(app, "lead-gladsaxe", "Sagssystem", "Gammelt system")
    with app.app_context():
        gone = api_tokens.user_tokens(db.session, "lead-gladsaxe")[0]  # newest first: "Gammelt system"
        api_tokens.revoke(db.session, None, gone.id, "test")
    with _travel(EXPIRES - timedelta(days=1)):
        sign_in(client, "lead-gladsaxe")
        notice = _notice(client, "/dashboard")
    assert "Sagssystem" in notice and "Gammelt system" not in notice
    with _travel(EXPIRES):
        sign_in(client, "lead-gladsaxe")
        assert _notice(client, "/dashboard") == ""


def test_an_auditor_whose_token_the_operator_issued_is_told_to_ask_for_one(app: Flask) -> None:
    # The tokens page is not an auditor's or a company's (an operator issues their tokens): the notice
    # sends them to the operator.
    client = _with_tokens(app, "revisor-ballerup", "Revisionsværktøj")
    with _travel(EXPIRES - timedelta(days=3)):
        sign_in(client, "revisor-ballerup")
        notice = _notice(client, "/audit")
    assert notice.startswith("Din API-nøgle »Revisionsværktøj« udløber 29. feb. 2028 kl. 13.00.")
    assert "Bed den, der driver hubben, om en ny nøgle" in notice and "Lav en ny nøgle" not in notice


def test_the_api_documentation_names_the_header(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    assert f"`{HEADER}`" in spec["info"]["description"]
    assert f"`{HEADER}`" in spec["components"]["securitySchemes"]["bearer"]["description"]
