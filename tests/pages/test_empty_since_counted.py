"""The dashboard's "Ledig siden" says a day once, with its count of places. Before the agreement's first
placement ends, every place not taken has stood empty since the first start, so Falck Ballerup's three
read "3. aug. 2026; 3. aug. 2026; 3. aug. 2026" and the caseworker counted them."""

from __future__ import annotations

import lxml.html
import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import accepted, client_of, load_agreements


@pytest.mark.usefixtures("demo_today")
def test_a_day_several_places_have_stood_empty_since_is_said_once_with_their_count(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    # Falck Søborg's only placement, 3 August to 1 November 2026 (its golden expected record): on the
    # demo's 1 December all ten places are empty, one of Søborg's since 2 November, the rest since the
    # first start (`site_rows`).
    form = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"
    accepted(app, form.read_bytes(), "placement_kontanthjaelp.pdf", "159")
    html = client_of(app, "lead-gladsaxe").get("/dashboard").text
    rows = lxml.html.fromstring(html).xpath('//table[@id="sites"]/tbody/tr')
    since = {
        row.get("data-site"): " ".join(row.xpath("td[last()]")[0].text_content().split()) for row in rows
    }
    assert since == {
        "1900000101": "2. nov. 2026; 3. aug. 2026 (2 pladser)",
        "1900000102": "3. aug. 2026 (3 pladser)",
        "1900000103": "3. aug. 2026 (2 pladser)",
        "1900000104": "3. aug. 2026 (2 pladser)",
    }
