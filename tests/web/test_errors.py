"""No traceback reaches a user: an unexpected exception, 404, 405 and 413 in the one shape, in both languages.

The API's shape is RFC 9457 problem details that keep the hub's `{code, message, message_da, problems}`
(`problems` empty unless a field or a document's value is to blame); `instance` is left out where the
error is the server's; people get the error page in their language. The log still gets the whole traceback,
for the administrator.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from html import unescape
from typing import Any

import pytest
from accounts import add_user, bearer, csrf_token, sign_in
from flask import Flask, request
from sqlalchemy.exc import OperationalError

from hub.access import ROLE_NAMES
from hub.web.error_words import PAGES
from hub.web.guard import requires

SECRET = "detail 010101-1234 from deep inside"
# The server's errors name no `instance`: the path asked for is not what is wrong.
SERVER_SHAPE = {"code", "message", "message_da", "problems", "type", "title", "status", "detail"}
SHAPE = SERVER_SHAPE | {"instance"}


def _explode() -> str:
    raise RuntimeError(SECRET)


def _database_away() -> str:
    raise OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))


def _read_form() -> str:
    return str(len(request.form))


@pytest.fixture
def broken(app: Flask) -> Iterator[Flask]:
    """The app with a page and an API endpoint that fail unexpectedly, and one that reads a form."""
    app.add_url_rule("/broken", "broken_page", requires("signed_in")(_explode))
    app.add_url_rule("/api/broken", "broken_api", requires("signed_in")(_explode))
    app.add_url_rule("/away", "away_page", requires("signed_in")(_database_away))
    app.add_url_rule("/api/away", "away_api", requires("signed_in")(_database_away), methods=["GET", "POST"])
    app.add_url_rule("/api/form", "form_api", requires("signed_in")(_read_form), methods=["POST"])
    add_user(app, "lead-gladsaxe")
    yield app


def _no_traceback(text: str) -> None:
    assert "Traceback" not in text and 'File "' not in text
    assert SECRET not in text and "RuntimeError" not in text


def _english(client: Any) -> None:
    token = csrf_token(client, "/agreements")
    client.post("/language", data={"lang": "en", "csrf_token": token})


def test_an_unexpected_error_on_a_page_is_the_error_page_in_danish_then_english(
    broken: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    client = broken.test_client()
    sign_in(client, "lead-gladsaxe")
    with caplog.at_level(logging.DEBUG, logger="hub.web.errors"):
        answer = client.get("/broken")
    page = answer.get_data(as_text=True)
    assert answer.status_code == 500 and answer.mimetype == "text/html"
    assert '<html lang="da">' in page
    assert "Der gik noget galt hos os; det er skrevet i loggen." in page
    # What to do is said once, on the page's own line (the message said "Prøv igen, eller kontakt …" too).
    assert page.count("kontakt hubbens administrator") == 1, page
    _no_traceback(page)
    # The log says it in one line of each language with the exception's class, and where it was raised
    # at DEBUG; never the exception's text (it may quote what was sent: a CPR number).
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [
        "unexpected error on GET /broken: RuntimeError / uventet fejl ved GET /broken: RuntimeError"
    ]
    where = [
        r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG and "_explode" in r.getMessage()
    ]
    assert len(where) == 1 and "builtins.RuntimeError" in where[0]
    assert not any(r.exc_info for r in caplog.records) and SECRET not in caplog.text
    _english(client)
    page = client.get("/broken").get_data(as_text=True)
    assert '<html lang="en">' in page and "Something went wrong on our side; it has been logged." in page
    assert page.count("tell the hub&#39;s administrator") == 1, page  # the apostrophe escaped
    _no_traceback(page)


def test_a_server_away_is_said_once_on_the_page_and_whole_in_the_api(broken: Flask) -> None:
    # The page read "Databasen kan ikke nås lige nu; intet er gemt. Prøv igen om et minut." and under it
    # "Intet er gået tabt. Prøv igen om et minut." (stop 42 review): what to do is the page's own line.
    client = broken.test_client()
    sign_in(client, "lead-gladsaxe")
    answer = client.get("/away")
    page = unescape(answer.get_data(as_text=True))
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "60"
    assert "Databasen kan ikke nås lige nu." in page
    assert page.count("Prøv igen om et minut") == 1, page
    # A client has no advice line: the API's message keeps it. A read saves nothing in any case: only
    # a write is told that nothing was saved (a GET read "nothing was saved" until stop 44).
    headers = bearer(broken, "lead-gladsaxe")
    body = broken.test_client().get("/api/away", headers=headers).get_json()
    assert body["code"] == "database_unavailable"
    assert body["message_da"] == "Databasen kan ikke nås lige nu. Prøv igen om et minut."
    assert body["message"] == "The database cannot be reached right now. Try again in a minute."
    body = broken.test_client().post("/api/away", headers=headers).get_json()
    assert body["message_da"] == "Databasen kan ikke nås lige nu; intet er gemt. Prøv igen om et minut."
    assert (
        body["message"]
        == "The database cannot be reached right now; nothing was saved. Try again in a minute."
    )


def test_an_unexpected_error_in_the_api_is_the_one_json_shape(broken: Flask) -> None:
    answer = broken.test_client().get("/api/broken", headers=bearer(broken, "lead-gladsaxe"))
    assert answer.status_code == 500 and answer.mimetype == "application/problem+json"
    body = answer.get_json()
    assert set(body) == SERVER_SHAPE and body["code"] == "internal_error"
    assert body["type"] == "http://localhost/api/problems/internal_error" and body["status"] == 500
    assert body["message_da"].startswith("Der gik noget galt hos os")
    _no_traceback(answer.get_data(as_text=True))


def test_a_browser_asking_for_json_gets_json(broken: Flask) -> None:
    client = broken.test_client()
    sign_in(client, "lead-gladsaxe")
    answer = client.get("/broken", headers={"Accept": "application/json"})
    # The problem's body, labelled as the only one of the two JSON types the request takes.
    assert answer.status_code == 500 and answer.mimetype == "application/json"
    assert set(answer.get_json()) == SERVER_SHAPE


def test_404_is_the_one_shape_in_the_api_and_a_danish_page_for_people(broken: Flask) -> None:
    client = broken.test_client()
    api = client.get("/api/no-such-thing")
    assert api.status_code == 404 and api.get_json()["code"] == "not_found"
    assert set(api.get_json()) == SHAPE and api.get_json()["message_da"] == "Siden findes ikke."
    # Ours, not Werkzeug's "The requested URL was not found on the server. If you entered the URL…"
    assert api.get_json()["message"] == "There is no such page."
    # An id that is not a number is named: tests/api/test_path_ids.py (stop 60, api-71).
    assert client.get("/api/recordz/1").get_json()["message"] == "There is no such page."
    page = client.get("/no-such-page")
    assert page.status_code == 404 and f"<h1>{PAGES[404].heading_da}</h1>" in page.get_data(as_text=True)


def test_an_id_past_the_database_s_integers_is_not_found_not_an_overflow(broken: Flask) -> None:
    client = broken.test_client()
    sign_in(client, "lead-gladsaxe")
    huge = 2**64  # past SQLite's and PostgreSQL's largest integer: the driver would overflow on it
    api = client.get(f"/api/submissions/{huge}")
    assert api.status_code == 404 and set(api.get_json()) == SHAPE
    page = client.get(f"/records/{huge}")
    assert page.status_code == 404 and f"<h1>{PAGES[404].heading_da}</h1>" in page.get_data(as_text=True)
    assert client.get(f"/api/submissions/{2**63 - 1}").status_code == 404  # the largest: looked up, absent


def test_405_is_the_one_shape_and_keeps_allow(broken: Flask) -> None:
    client = broken.test_client()
    answer = client.delete("/api/agreements", headers=bearer(broken, "lead-gladsaxe"))
    assert answer.status_code == 405 and set(answer.get_json()) == SHAPE
    assert answer.get_json()["code"] == "method_not_allowed"
    assert (
        "GET" in answer.headers["Allow"]
        and answer.get_json()["message"] == "That action does not exist here."
    )
    sign_in(client, "lead-gladsaxe")
    token = csrf_token(client, "/agreements")
    page = client.post("/agreements", data={"csrf_token": token})
    assert page.status_code == 405 and "Den handling findes ikke her." in page.get_data(as_text=True)


def test_413_is_the_one_shape_and_a_page(broken: Flask) -> None:
    broken.config["MAX_CONTENT_LENGTH"] = 200
    client = broken.test_client()
    answer = client.post("/api/form", data={"x": "y" * 1000}, headers=bearer(broken, "lead-gladsaxe"))
    assert answer.status_code == 413 and set(answer.get_json()) == SHAPE
    # The limit enforced, named (200 bytes here), not werkzeug's "The file is too large".
    # ... and, to the API, what to do (decision 0016, stop 61); a page says it beside the message.
    assert answer.get_json()["message"] == (
        "the upload is larger than the limit of 200 bytes; send fewer files in one upload, or split a large "
        "export into several smaller files"
    )
    assert answer.get_json()["message_da"] == (
        "uploaden er større end grænsen på 200 byte; send færre filer i én upload, eller del et stort "
        "udtræk i flere mindre filer"
    )
    page = client.post("/login", data={"username": "y" * 1000})
    assert page.status_code == 413 and "Uploaden er større end grænsen på 200 byte" in page.get_data(
        as_text=True
    )
    _no_traceback(page.get_data(as_text=True))


@pytest.mark.parametrize(("user", "role"), [("revisor-ballerup", "auditor"), ("admin", "admin")])
def test_a_role_without_the_permission_is_told_which_role_in_good_english_and_danish(
    broken: Flask, user: str, role: str
) -> None:
    add_user(broken, user)
    client = broken.test_client()
    sign_in(client, user)
    answer = client.get("/api/submissions/1")
    da, en = ROLE_NAMES[role]
    assert answer.status_code == 403
    assert answer.get_json()["message"] == f"As an {en}, you do not have access to this."
    assert answer.get_json()["message_da"] == f"Som {da} har du ikke adgang til dette."


def test_a_partner_municipality_refused_a_page_is_told_so_in_natural_danish(broken: Flask) -> None:
    # It used to read "en partnerkommune må ikke dette".
    add_user(broken, "kommune-herlev")
    client = broken.test_client()
    sign_in(client, "kommune-herlev")
    page = client.get("/admin/users")
    text = unescape(page.get_data(as_text=True))
    assert page.status_code == 403
    assert f"Som {ROLE_NAMES['municipality'][0]} har du ikke adgang til denne side." in text
    assert "må ikke dette" not in text


def test_a_bad_argument_is_said_in_danish_with_no_english_inside(broken: Flask) -> None:
    # The period's reason is the hub's own, said in both languages; it used to reach the Danish line as
    # "Ugyldig værdi (not a period: …)".
    client = broken.test_client()
    sign_in(client, "lead-gladsaxe")
    body = client.get("/api/agreements/falck-hovedstaden/payments?period=2026-13").get_json()
    # The parameter by the name a developer sends, what it is in the line's language, then why.
    assert body["message"].startswith("Query parameter 'period' (the period, e.g. 2026-10, 2026-Q4 or ")
    assert ": not a period: '2026-13'" in body["message"]
    assert body["message_da"].startswith(
        "Parameteren 'period' (perioden, fx 2026-10, 2026-Q4 eller 2026-H2): "
    )
    assert ": ikke en periode: '2026-13'; skriv en måned" in body["message_da"]
    assert body["problems"][0]["reason_da"].startswith("ikke en periode")
    paged = client.get("/api/submissions?per_page=0").get_json()
    assert paged["message_da"] == "Parameteren 'per_page' (rækker pr. side): skal være mellem 1 og 100."
    # A limit past 999 grouped as a Dane reads it: it read "mellem 1 og 1000000".
    far = client.get("/api/submissions?page=0").get_json()
    assert far["message_da"].endswith(": skal være mellem 1 og 1.000.000.")


def test_a_method_or_url_that_does_not_exist_is_said_so_not_a_stale_security_token(broken: Flask) -> None:
    """Without a CSRF token, as a bookmarklet, a script or a mistyped form sends it: a POST to a page that
    is only read, a PUT to the sign-in page, a POST to no page and a DELETE on the API said "the page's
    security token is missing or out of date" (400), and nothing about the method or the address."""
    client = broken.test_client()
    sign_in(client, "lead-gladsaxe")
    for answer in (client.post("/dashboard"), client.put("/login")):
        assert answer.status_code == 405
        assert "Den handling findes ikke her." in answer.get_data(as_text=True)
    missing = client.post("/no-such-page")
    assert missing.status_code == 404 and f"<h1>{PAGES[404].heading_da}</h1>" in missing.get_data(
        as_text=True
    )
    api = broken.test_client().delete("/api/agreements")
    assert api.status_code == 405 and api.get_json()["code"] == "method_not_allowed"
    assert "GET" in api.headers["Allow"]
