"""The agreements page in a real headless Chromium (Debian's, driven by Playwright), signed in as a person."""

from __future__ import annotations

from collections.abc import Callable

from conftest import ROOT
from flask import Flask
from playwright.sync_api import Page

from hub.extensions import db
from hub.services import agreements


def test_index_lists_the_four_agreements(app: Flask, signed_in_page: Callable[..., Page]) -> None:
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
    page = signed_in_page("admin")
    page.goto("/agreements")
    rows = page.locator("#agreements tbody tr")
    assert rows.count() == 4
    falck = page.locator('tr[data-agreement="falck-hovedstaden"]')
    assert "Gladsaxe (tovholder)" in falck.inner_text()
    assert "Furesø" in falck.inner_text()
    danfoss = page.locator('tr[data-agreement="danfoss"]')
    assert danfoss.locator("td").nth(2).inner_text() == "6"  # after the name, its row header


def test_index_says_how_to_load_when_empty(
    signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("admin", lang="en")
    page.goto("/agreements")
    assert "hub agreements load" in page.locator("#empty").inner_text()
    assert page.locator("html").get_attribute("lang") == "en"
    axe_check(page)
