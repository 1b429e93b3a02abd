"""What a case system written from the spec alone could not tell (decision 0016, "Stop 63: api-79"): what
a path's `{municipality}` and `{agreement_id}` take, and what to do about a 401 that a call with no token
at all gets, or one with a header that is not `Bearer`; when a 429 says to try again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from accounts import add_user, bearer, sign_in
from conftest import make_app
from flask import Flask

MUNICIPALITY_PATHS = ("claim", "claims", "completeness", "bundle")
AGREEMENT_PATHS = ("", "/payments", "/export", "/forms/{kind}")


def _path_parameter(spec: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    item = spec["paths"][path]
    found = [p for p in item.get("parameters", []) if p["in"] == "path" and p["name"] == name]
    found += [p for p in item["get"].get("parameters", []) if p["in"] == "path" and p["name"] == name]
    assert len(found) == 1, (path, found)
    return found[0]


def test_the_spec_says_a_municipality_in_the_path_is_its_code_or_its_name(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    for tail in MUNICIPALITY_PATHS:
        parameter = _path_parameter(spec, f"/api/municipalities/{{municipality}}/{tail}", "municipality")
        assert parameter["schema"]["example"] == "159"
        assert "`159` or `0159`" in parameter["description"], tail
        assert "adapter's name" in parameter["description"], tail
    for tail in AGREEMENT_PATHS:
        parameter = _path_parameter(spec, f"/api/agreements/{{agreement_id}}{tail}", "agreement_id")
        assert parameter["schema"]["example"] == "falck-hovedstaden"
        assert "as `/api/agreements` lists it" in parameter["description"], tail


def test_a_municipality_in_the_path_is_taken_as_the_spec_says(app: Flask) -> None:
    """The three ways the description names one municipality answer alike."""
    add_user(app, "revisor-ballerup")
    headers = bearer(app, "revisor-ballerup")
    client = app.test_client()
    answers = [
        client.get(f"/api/municipalities/{m}/completeness?period=2026-Q3", headers=headers)
        for m in ("151", "0151", "Ballerup")
    ]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert answers[1].get_json() == answers[0].get_json() == answers[2].get_json()


def test_a_call_with_no_token_is_told_what_to_send(app: Flask) -> None:
    body = app.test_client().get("/api/agreements").get_json()
    assert body["code"] == "unauthenticated"
    assert body["message"] == (
        "no API token: send it with every call as `Authorization: Bearer hub_…` (made on /tokens)"
    )
    assert body["message_da"] == (
        "ingen API-nøgle: send den med hvert kald som `Authorization: Bearer hub_…` (laves på /tokens)"
    )


def test_a_browser_whose_session_ended_is_still_told_to_sign_in(app: Flask) -> None:
    """The cookie is there, the session behind it is not: a person's page, told to sign in again."""
    add_user(app, "kommune-herlev")
    client = app.test_client()
    sign_in(client, "kommune-herlev")
    with client.session_transaction() as session:
        session.pop("uid")
    body = client.get("/api/agreements").get_json()
    assert (body["message"], body["message_da"]) == ("sign in first", "log ind først")


def test_an_authorization_header_that_is_not_bearer_is_said_in_danish_too(app: Flask) -> None:
    body = app.test_client().get("/api/agreements", headers={"Authorization": "hub_abc"}).get_json()
    assert body["message"] == "the Authorization header must be `Bearer <token>`"
    assert body["message_da"] == "headeren Authorization skal være `Bearer <nøgle>`"


def test_a_429_under_an_hourly_limit_says_the_seconds_retry_after_says(tmp_path: Path) -> None:
    """Not "wait a minute": the window is an hour, and the words match the header."""
    app = make_app(tmp_path, API_LIMIT="2/hour")
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    answers = [client.get("/api/agreements", headers=herlev) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    seconds = int(answers[2].headers["Retry-After"])
    assert 3540 < seconds <= 3600  # the hour's window, less the moments the three calls took
    body = answers[2].get_json()
    assert (
        body["message"]
        == f"Too many requests from this user; try again in {seconds:,} seconds (Retry-After)."
    )
    danish = f"{seconds:,}".replace(",", ".")
    assert (
        body["message_da"]
        == f"For mange forespørgsler fra denne bruger; prøv igen om {danish} sekunder (Retry-After)."
    )
