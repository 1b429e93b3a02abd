"""The accessibility statement (tilgængelighedserklæring) the Danish web accessibility act asks of a public
body's site: open without signing in, linked from the foot of every page, in Danish and English, with the
operator's contacts from the settings and the complaint route via Digitaliseringsstyrelsen."""

from __future__ import annotations

from html import unescape
from pathlib import Path

from accounts import add_user, csrf_token, sign_in
from conftest import make_app
from flask import Flask

FOOT_DA = '<a href="/was">Tilgængelighedserklæring</a>'


def _text(client: object, path: str) -> str:
    return unescape(client.get(path).get_data(as_text=True))  # type: ignore[attr-defined]


def test_the_statement_is_open_without_signing_in_in_danish_and_english(app: Flask) -> None:
    client = app.test_client()
    page = client.get("/was")
    text = unescape(page.get_data(as_text=True))
    assert page.status_code == 200
    assert "<h1>Tilgængelighedserklæring</h1>" in text
    assert "webtilgængelighedsloven" in text and "WCAG 2.1" in text
    # Without settings: the operator in general words, and the user sent to their own contact person.
    assert "Hubben drives af partnerskabets ledende jobcenter, som ønsker, at alle kan bruge den" in text
    assert "kontakt din kontaktperson i partnerskabets ledende jobcenter." in text
    assert "mailto:" not in text and "tel:" not in text
    assert "digst.dk/digital-inklusion/webtilgaengelighed/" in text and "10 arbejdsdage" in text
    assert "sidst gennemgået 5. dec. 2026" in text
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/was")})
    text = _text(client, "/was")
    assert "<h1>Accessibility statement</h1>" in text
    assert "The hub is run by the partnership's lead job centre, which wants everyone" in text
    assert "Digitaliseringsstyrelsen" in text and "10 working days" in text


def test_the_operator_and_its_contacts_are_settings(tmp_path: Path) -> None:
    app = make_app(
        tmp_path,
        OPERATOR_NAME="Jobcenter Gladsaxe",
        ACCESSIBILITY_EMAIL="tilgaengelighed@gladsaxe.dk",
        ACCESSIBILITY_PHONE="39 57 50 00",
        ACCESSIBILITY_REVIEWED="2027-01-15",
    )
    text = _text(app.test_client(), "/was")
    assert "Hubben drives af Jobcenter Gladsaxe, som ønsker" in text
    assert '<a href="mailto:tilgaengelighed@gladsaxe.dk">tilgaengelighed@gladsaxe.dk</a>' in text
    assert '<a href="tel:39575000">39 57 50 00</a>' in text
    assert "sidst gennemgået 15. jan. 2027" in text
    assert "kontaktperson" not in text


def test_every_page_links_the_statement_from_its_foot(app: Flask) -> None:
    client = app.test_client()
    assert FOOT_DA in _text(client, "/login")
    assert FOOT_DA in _text(client, "/no-such-page")
    # The API's Swagger page is English throughout, and links the statement in English.
    assert '<a href="/was">Accessibility statement</a>' in _text(client, "/api/docs")
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    for path in ("/agreements", "/upload", "/was"):
        assert FOOT_DA in _text(client, path), path
