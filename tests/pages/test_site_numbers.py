"""The dashboard names a site's P number in the words the rest of the hub uses: the upload's notice of an
overbooked site says "Falck Søborg (P-nummer 1900000101)", the record page's field "P-nummer"; the
dashboard's sites table said "(P 1900000101)", a bare "P" a caseworker had to guess at."""

from __future__ import annotations

import lxml.html
import pytest
from accounts import csrf_token
from flask import Flask
from page_support import client_of, demo_copy_fixture

demo = demo_copy_fixture("site-numbers", name="demo")


def _site_names(html: str) -> list[str]:
    rows = lxml.html.fromstring(html).xpath('//table[@id="sites"]/tbody/tr/th')
    return [" ".join(row.text_content().split()) for row in rows]


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(("lang", "word"), [("da", "P-nummer"), ("en", "P number")])
def test_the_sites_table_says_p_number(demo: Flask, lang: str, word: str) -> None:
    client = client_of(demo, "lead-gladsaxe")
    if lang != "da":
        client.post("/language", data={"lang": lang, "csrf_token": csrf_token(client, "/login")})
    names = _site_names(client.get("/dashboard").text)
    # The agreement's four sites (seeds' falck-hovedstaden), P numbers 1900000101–104.
    assert names == [
        f"Falck Søborg ({word} 1900000101)",
        f"Falck Ballerup ({word} 1900000102)",
        f"Falck Taastrup ({word} 1900000103)",
        f"Falck Farum ({word} 1900000104)",
    ]
