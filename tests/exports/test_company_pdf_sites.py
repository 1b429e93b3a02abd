"""The company PDF's sites table writes its places as a Dane reads a count, "1.200" (decision 0062, "Stop
46 (words 3)"), as the roster's total below it does; a P-number is an id and stays plain."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from company_data import export
from test_company_pdf import pages_text, pdf

from hub.exports.company_model import SiteOccupancy


def test_places_past_a_thousand_are_grouped_in_the_rows_and_the_total() -> None:
    sites = (
        SiteOccupancy("1900000101", "Falck Gladsaxe", 1200, 1150, date(2026, 7, 14)),
        SiteOccupancy("1900000102", "Falck Ballerup", 2000, 2000, None),
    )
    text = pages_text(pdf(replace(export(), sites=sites)))[0]
    assert "Falck Gladsaxe 1900000101 1.200 1.150 50 14.07.2026" in text
    assert "Falck Ballerup 1900000102 2.000 2.000 0 –" in text
    assert "I alt 3.200 3.150 50" in text
