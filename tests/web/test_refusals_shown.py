"""A refusal a person reads on a page begins with a capital letter, in Danish and English, whoever wrote
it in lower case: the services' messages are worded to follow a prefix (`fejl: …` on the command line),
and the pages make a sentence of them in one place (`hub.web.refusals`). The API's `message` is left as
the service wrote it."""

from __future__ import annotations

from collections.abc import Iterator
from html import unescape

import pytest
from accounts import add_user, csrf_token, sign_in
from flask import Flask
from flask.testing import FlaskClient
from page_support import load_agreements

from hub.web.refusals import sentence

# A refusal the lead meets on an error page, with the start of its words as the service writes them (in
# lower case): the page must show them with the first letter a capital and the rest as written.
REFUSED = (
    (
        "/payments?period=2026-Q3",
        400,
        "betalingerne opgøres pr. måned; 3. kvartal 2026 er ikke en måned",
        "payments are worked out per month; 2026-Q3 is not a month",
    ),
    (
        "/payments/export?agreement=falck-hovedstaden&format=doc",
        400,
        "ingen fil som 'doc': vælg json, pdf eller xlsx",
        "no file as 'doc': choose json, pdf or xlsx",
    ),
    (
        "/payments/form?agreement=falck-hovedstaden&kind=x",
        404,
        "ingen blanket 'x': virksomhedens blanketter er",
        "no form 'x': the company's forms are",
    ),
)


@pytest.fixture
def lead(app: Flask) -> Iterator[FlaskClient]:
    """The lead of Falck Hovedstaden, signed in, on the seeds' agreements."""
    load_agreements(app)
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")
    yield client


def _shown(html: str) -> str:
    start = html.index('id="error-message"')
    return unescape(html[html.index(">", start) + 1 : html.index("</p>", start)])


def _capital(words: str) -> str:
    return words[0].upper() + words[1:]


@pytest.mark.parametrize(("url", "status", "danish", "english"), REFUSED)
def test_an_error_page_begins_the_refusal_with_a_capital_in_both_languages(
    lead: FlaskClient, url: str, status: int, danish: str, english: str
) -> None:
    client = lead
    page = client.get(url)
    assert page.status_code == status
    assert _shown(page.get_data(as_text=True)).startswith(_capital(danish))
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/agreements")})
    page = client.get(url)
    assert _shown(page.get_data(as_text=True)).startswith(_capital(english))


def test_the_api_keeps_the_services_words(lead: FlaskClient) -> None:
    answer = lead.get("/api/agreements/falck-hovedstaden/payments?period=2199-01")
    assert answer.status_code == 400
    # The service's words after the parameter's name, as every refusal of the period says it (stop 60).
    message_da = answer.get_json()["message_da"]
    assert message_da.startswith("Parameteren 'period' (perioden, fx 2026-10, 2026-Q4 eller 2026-H2): ")
    assert ": perioden januar 2199 ligger i fremtiden" in message_da


def test_a_refusal_beside_a_form_field_begins_with_a_capital(lead: FlaskClient) -> None:
    client = lead
    token = csrf_token(client, "/tokens")
    page = client.post("/tokens", data={"name": "   ", "csrf_token": token})
    assert page.status_code == 400
    assert "En nøgle skal have et navn på 1-100 tegn" in unescape(page.get_data(as_text=True))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("ingen fil som 'doc'", "Ingen fil som 'doc'."),
        ("ønsket periode", "Ønsket periode."),
        ("åbn den", "Åbn den."),
        ("Aftalen findes ikke", "Aftalen findes ikke."),
        # Written as code: a capital would misspell the name.
        ("mentor_hours is not a form", "mentor_hours is not a form."),
        ("records.jsonl is missing", "records.jsonl is missing."),
        ("'x' er ikke en periode", "'x' er ikke en periode."),
        ("2026-13 er ikke en periode", "2026-13 er ikke en periode."),
        ("kind=x is unknown", "kind=x is unknown."),
        # Ended already: no second mark (stop 45).
        ("perioden er ikke slut.", "Perioden er ikke slut."),
        ("hvilken periode?", "Hvilken periode?"),
        ("vent …", "Vent …"),
        ("ingen adgang ", "Ingen adgang."),
        ("", ""),
    ],
)
def test_sentence(text: str, shown: str) -> None:
    assert sentence(text) == shown


def test_an_error_page_ends_the_refusal_with_one_full_stop_in_both_languages(lead: FlaskClient) -> None:
    # The walk of stop 45: "Posten 9999 findes ikke, eller du har ikke adgang" stood with no full stop.
    client = lead
    page = client.get("/records/9999")
    assert page.status_code == 404
    assert _shown(page.get_data(as_text=True)) == "Posten 9999 findes ikke, eller du har ikke adgang."
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/agreements")})
    assert (
        _shown(client.get("/records/9999").get_data(as_text=True))
        == "No record 9999, or you have no access to it."
    )
