"""A page's download is named by the page's own word for it, in ASCII (`hub.web.downloads`): the
company's export is an "udtræk" on the company's page and on the lead's, so its file is `udtraek-…` on
both, not `eksport-…`. The API keeps its English names."""

from __future__ import annotations

import pytest
from flask import Flask
from page_support import client_of, demo_copy_fixture

from hub.web.downloads import ascii_name, attachment

app = demo_copy_fixture("download-names")

ASKED = "agreement=falck-hovedstaden&period=2026-09"


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(
    ("user", "url", "name"),
    [
        ("falck", f"/company/export?{ASKED}&format=pdf", "udtraek-falck-hovedstaden-2026-09.pdf"),
        ("falck", f"/company/export?{ASKED}&format=xlsx", "udtraek-falck-hovedstaden-2026-09.xlsx"),
        ("lead-gladsaxe", f"/payments/export?{ASKED}&format=json", "udtraek-falck-hovedstaden-2026-09.json"),
        (
            "lead-gladsaxe",
            f"/payments/form?{ASKED}&kind=placement_end&format=xlsx",
            "skema-ophoer-af-praktik-falck-hovedstaden-2026-09.xlsx",
        ),
        ("lead-gladsaxe", f"/payments/claim?{ASKED}", "krav-159-falck-hovedstaden-2026-09.pdf"),
        ("revisor-ballerup", "/audit/bundle?period=2026-Q3", "revisionspakke-151-2026-Q3.zip"),
    ],
)
def test_a_download_is_named_by_the_pages_word(app: Flask, user: str, url: str, name: str) -> None:
    answer = client_of(app, user).get(url)
    assert answer.status_code == 200, url
    assert answer.headers["Content-Disposition"] == f'attachment; filename="{name}"'


@pytest.mark.usefixtures("demo_today")
def test_the_api_keeps_its_english_name(app: Flask) -> None:
    url = "/api/agreements/falck-hovedstaden/export?period=2026-09&format=json"
    answer = client_of(app, "falck").get(url)
    assert answer.status_code == 200
    name = "export-falck-hovedstaden-2026-09.json"
    assert answer.headers["Content-Disposition"] == f'attachment; filename="{name}"'


def test_a_name_outside_ascii_is_given_both_ways() -> None:
    # Danish letters spelled as the municipalities' slugs spell them; an accent dropped; a quote never
    # reaches the header's quoted string.
    assert ascii_name('udtræk-Høje-Åby-café "x".pdf') == "udtraek-Hoeje-Aaby-cafe _x_.pdf"
    assert attachment("udtræk-ø.pdf") == (
        "attachment; filename=\"udtraek-oe.pdf\"; filename*=UTF-8''udtr%C3%A6k-%C3%B8.pdf"
    )
    assert attachment("krav-151.csv") == 'attachment; filename="krav-151.csv"'
