"""In Chromium, a token about to expire (stop 50): the lead's first page names it and its day and leads to
the tokens page, which says the same day as its "Udløber" column; on a phone the notice is read without
scrolling sideways, and neither page has an accessibility violation."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from layout_support import boxes, cells_laid_out
from navigation import click_to_page
from playwright.sync_api import Page

from hub.extensions import db
from hub.services import api_tokens

PHONE = {"width": 375, "height": 800}


def test_the_lead_is_told_of_a_token_that_expires_in_ten_days(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("lead")  # lands on its first page, the dashboard
    with app.app_context():
        api_tokens.new_token(db.session, "lead-gladsaxe", "Sagssystem", "test", days=10)
        api_tokens.new_token(db.session, "lead-gladsaxe", "Nyt system", "test")  # a year: no notice
    page.set_viewport_size(PHONE)
    page.goto("/")
    assert page.url.endswith("/dashboard")
    notice = page.locator("#token-expiry")
    first = notice.locator("p").first.inner_text()
    assert first.startswith("Din API-nøgle »Sagssystem« udløber ") and "Nyt system" not in notice.inner_text()
    assert int(page.evaluate("document.documentElement.scrollWidth")) <= PHONE["width"]
    box = notice.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    axe_check(page)
    click_to_page(page, "#token-expiry-link")
    assert page.url.endswith("/tokens")
    # The day the notice says is the day the tokens table says, for the same token.
    row = page.locator("#tokens tr", has=page.locator("th", has_text="Sagssystem"))
    expires = row.locator("td.when").nth(1).inner_text()
    said = page.locator("#token-expiry p").first.inner_text()
    assert said == f"Din API-nøgle »Sagssystem« udløber {expires}."
    assert page.locator("#token-expiry-link").count() == 0  # the form to make one is on this page
    axe_check(page)


def test_on_a_phone_each_tokens_expiry_state_and_button_are_in_view(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    # As columns the expiry, the state and the revoke button lay off to the right of the screen (stop 50).
    page = signed_in_page("kommune-herlev")
    with app.app_context():
        api_tokens.new_token(db.session, "kommune-herlev", "Sagssystem Herlev", "test")
    page.set_viewport_size(PHONE)
    page.goto("/tokens")
    row = page.locator("#tokens tbody tr").first
    for part in ("th", "td", "button"):
        for n, box in enumerate(boxes(row.locator(part))):
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (part, n)
    # Its column's name is said before each value, the header row being out of sight.
    labels = [cell["before"] for cell in cells_laid_out(row)[:5]]
    names = ["Begynder med", "Oprettet", "Senest brugt", "Udløber", "Nøglens status"]
    assert labels == [f'"{name}: "' for name in names]
    table = page.locator("#tokens")
    assert table.get_by_role("rowheader", name="Sagssystem Herlev").count() == 1
    assert table.get_by_role("columnheader", name="Udløber").count() == 1
    axe_check(page)
