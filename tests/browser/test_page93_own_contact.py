"""In Chromium, what stop 64's walk (walk-88) left on a partner's /agreements: "Hos jobcentrene
(tovholderen)" named the lead's contact only, and a partner's own job centre's contact in the agreement
(Herlev's is Falck Hovedstaden's backup) was on no page of theirs. A partner's caseworker now finds it as
well, headed as their own; the lead, and a partner the agreement names no contact of, get no such part."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page

PHONE = {"width": 375, "height": 800}
# From config/agreements/falck-hovedstaden.toml, written by hand: contacts.jobcentre.backup, of Herlev (163),
# at config/municipalities/herlev.toml's job centre; a Danish phone number is written in pairs on the pages.
HERLEV = ("Birgitte Eksempel", "Jobcenter Herlev", "virksomhedsservice@herlev.example.dk", "+45 20 00 01 04")
HEADINGS = {
    "da": ["Hos jobcentrene (tovholderen)", "Hos jeres eget jobcenter", "Hos virksomheden"],
    "en": ["At the job centres (the lead)", "At your own job centre", "At the company"],
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_partner_finds_its_own_job_centres_contact_beside_the_leads(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    load_agreements(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.set_viewport_size(PHONE)
    page.goto("/agreements")
    section = page.locator("section.contacts")
    assert section.locator("h3").all_inner_texts() == HEADINGS[lang]
    own = page.locator('dl.contact[data-side="own"]')
    assert tuple(own.locator("dd").all_inner_texts()) == HERLEV
    assert own.locator('a[href^="tel:"]').get_attribute("href") == "tel:+4520000104"
    # The lead's stays the lead's (Gladsaxe's primary), not replaced by Herlev's.
    assert page.locator('dl.contact[data-side="jobcentre"] dd').first.inner_text() == "Anders Eksempel"
    axe_check(page)


@pytest.mark.parametrize("who", ["lead-gladsaxe", "kommune-ballerup"])
def test_the_lead_and_a_partner_named_in_no_contact_get_no_own_part(
    app: Flask, signed_in_page: Callable[..., Page], who: str
) -> None:
    """Gladsaxe's contact is the lead's, named once; Falck Hovedstaden names no contact of Ballerup's."""
    load_agreements(app)
    page = signed_in_page(who)
    page.goto("/agreements")
    assert page.locator("section.contacts").count() >= 1
    assert page.locator('dl.contact[data-side="own"]').count() == 0
