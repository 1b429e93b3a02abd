"""In Chromium, what stop 64's walk (walk-88) of a partner municipality's caseworker found: Herlev's
caseworker, looking for whom to call about an intern, found the partnership's agreement on /agreements
(name, company, job centres, places, payment) and no contact on it or on any page of theirs. The seeds ask
for "one contact at our place, one contact at the job centres"; only the company's page named one (the
lead's). The agreements page now names both to the lead and the partners, in the page's language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from layout_support import boxes
from page_support import load_agreements
from playwright.sync_api import Page

DESK = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 800}

# From config/agreements/falck-hovedstaden.toml, written by hand: contacts.jobcentre.primary (Gladsaxe's,
# the lead's) and contacts.company.primary; a Danish phone number is written in pairs on the pages.
JOBCENTRE = (
    "Anders Eksempel",
    "Jobcenter Gladsaxe",
    "virksomhedskonsulent@gladsaxe.example.dk",
    "+45 20 00 01 03",
)
COMPANY = ("Mads Eksempel", "Falck Danmark", "mentor.hovedstaden@falck.example.dk", "+45 20 00 01 01")
WORDS = {
    "da": ("Kontakter: Falck Hovedstaden", "Hos jobcentrene (tovholderen)", "Hos virksomheden", "Telefon"),
    "en": ("Contacts: Falck Hovedstaden", "At the job centres (the lead)", "At the company", "Phone"),
}


def _values(page: Page, side: str) -> tuple[str, ...]:
    return tuple(page.locator(f'dl.contact[data-side="{side}"] dd').all_inner_texts())


@pytest.mark.parametrize("size", [DESK, PHONE], ids=["desk", "phone"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_partner_finds_the_agreements_two_contacts(
    app: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    lang: str,
    size: dict[str, int],
) -> None:
    load_agreements(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.set_viewport_size(size)
    page.goto("/agreements")
    heading, jobcentre, company, phone = WORDS[lang]
    section = page.locator("section.contacts")
    assert section.count() == 1  # Herlev is a partner of one agreement
    assert section.locator("h2").inner_text() == heading
    # Herlev's own job centre's contact stands between them (page-93: test_page93_own_contact.py).
    headings = section.locator("h3").all_inner_texts()
    assert (headings[0], headings[-1]) == (jobcentre, company)
    assert _values(page, "jobcentre") == JOBCENTRE
    assert _values(page, "company") == COMPANY
    assert phone in section.locator("dt").all_inner_texts()
    # A number to call is a link a phone dials, the number as the agreement keeps it.
    assert (
        page.locator('dl[data-side="jobcentre"] a[href^="tel:"]').get_attribute("href") == "tel:+4520000103"
    )
    for n, box in enumerate(boxes(section.locator("dd"))):  # one script call (decision 0058, stop 66)
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= size["width"], (n, box)
    axe_check(page)


@pytest.mark.parametrize("who", ["falck", "revisor-ballerup"])
def test_the_company_and_the_auditor_are_not_given_them_here(
    app: Flask, signed_in_page: Callable[..., Page], who: str
) -> None:
    """The company has its contact on its own page; an auditor reads the documentation, calls no one."""
    load_agreements(app)
    page = signed_in_page(who)
    page.goto("/agreements")
    assert page.locator("#agreements tbody tr").count() >= 1
    assert page.locator("section.contacts").count() == 0
