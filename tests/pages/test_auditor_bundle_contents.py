"""The auditor's page says what the bundle it offers holds, before it is downloaded: its files, whether
the originals are in it (by the municipality's `cpr_in_bundles`: Ballerup masks CPR for its auditor, so
its originals are listed only; Gentofte shows it in full, so they are enclosed), and that the company's
forms are not (one form names interns of every municipality of the agreement). As the bundle's own
README.md says (`hub.exports.bundle_readme.readme`)."""

from __future__ import annotations

import lxml.html
from flask import Flask
from page_support import client_of, demo_copy_fixture

# Each page view logs a read: a copy of the demo of this module's own.
demo = demo_copy_fixture("auditor-bundle-contents", name="demo")


def _said(app: Flask, username: str) -> str:
    html = client_of(app, username).get("/audit").get_data(as_text=True)
    return " ".join(lxml.html.fromstring(html).get_element_by_id("bundle-contents").text_content().split())


def test_the_page_says_what_ballerups_bundle_holds_originals_listed_only(demo: Flask) -> None:
    said = _said(demo, "revisor-ballerup")
    for part in ("poster", "kravet", "aftalernes vilkår", "(PDF og CSV)", "manifest.json", "verify.py"):
        assert part in said, part
    assert "README.md siger, hvad hver fil er" in said
    assert "hvorfor timer ikke er med i kravet (CSV)" in said  # completeness/claim-gaps.csv (stop 52)
    assert "De originale dokumenter er listet med størrelse og SHA-256, men ikke med" in said
    assert "kommunens regel maskerer CPR-numre for dens revisor" in said
    assert "Skemaer fra virksomheden er ikke med" in said and "aftalens tovholder har dem" in said


def test_where_the_rule_shows_cpr_in_full_the_originals_are_said_to_be_in_it(demo: Flask) -> None:
    said = _said(demo, "revisor-gentofte")
    assert "De originale dokumenter er med, som de blev modtaget." in said
    assert "listet med størrelse" not in said
    assert "Skemaer fra virksomheden er ikke med" in said
