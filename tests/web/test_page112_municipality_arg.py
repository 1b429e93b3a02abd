"""What walk-110 (stop 68) left: `?municipality=151` on Herlev's pages was ignored, the page answering
Herlev's own as if that were what was asked. A page's address naming a municipality other than the user's
own, or one that does not exist, is now refused in words in both languages (400), the same words for both,
so that the answer tells no one which codes are in use; the user's own passes."""

from __future__ import annotations

from html import unescape

import pytest
from accounts import add_user, csrf_token, sign_in
from flask import Flask

WORDS = {
    "da": (
        "Adressen nævner kommune '{value}' (municipality={value}): siden viser kun din egen kommunes"
        " (Herlev); en anden kan ikke vælges i adressen"
    ),
    "en": (
        "The address names municipality '{value}' (municipality={value}): this page shows only your own"
        " municipality's (Herlev); no other can be chosen by the address"
    ),
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_page_refuses_a_municipality_the_user_may_not_choose(app: Flask, lang: str) -> None:
    add_user(app, "kommune-herlev")
    client = app.test_client()
    sign_in(client, "kommune-herlev")
    client.post("/language", data={"lang": lang, "csrf_token": csrf_token(client)})
    # Ballerup (151), another municipality; 999, no municipality at all: the same words.
    for value in ("151", "999"):
        answer = client.get(f"/upload?municipality={value}")
        assert answer.status_code == 400, answer.status_code
        assert WORDS[lang].format(value=value) in unescape(answer.text), answer.text
    # Herlev's own, by code or by name, is what the page shows anyway.
    assert client.get("/upload?municipality=163").status_code == 200
    assert client.get("/upload?municipality=herlev").status_code == 200


def test_a_companys_page_chooses_no_municipality_by_its_address(app: Flask) -> None:
    add_user(app, "falck")
    client = app.test_client()
    sign_in(client, "falck")
    answer = client.get("/company?municipality_code=163")
    assert answer.status_code == 400
    assert (
        "Adressen nævner en kommune (municipality_code=163): siden vælger ingen kommune efter adressen"
        in unescape(answer.text)
    ), answer.text
