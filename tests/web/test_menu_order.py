"""The menu starts with the page each user lands on after signing in (`/` sends them there); the other
entries follow in the order they had. The lead's "Overblik" was fifth, after Aftaler, Revision,
API-nøgler and Upload; the company's "Vores aftale" last."""

from __future__ import annotations

import lxml.html
import pytest
from accounts import add_everyone
from flask import Flask
from page_support import client_of, load_agreements


@pytest.mark.parametrize(
    ("username", "home"),
    [
        ("lead-gladsaxe", "/dashboard"),
        ("kommune-herlev", "/municipality"),
        ("falck", "/company"),
        ("revisor-ballerup", "/audit"),
        ("admin", "/admin/jobs"),
    ],
)
def test_the_first_entry_is_where_signing_in_lands(app: Flask, username: str, home: str) -> None:
    load_agreements(app)
    add_everyone(app)
    client = client_of(app, username)
    assert client.get("/").headers["Location"] == home  # where the front door sends this user
    page = lxml.html.fromstring(client.get("/agreements").get_data(as_text=True))
    links = page.xpath('//nav[@aria-label="Hovedmenu"]//a/@href')
    assert links[0] == home
    assert len(links) == len(set(links))  # each page once: moved, not added
