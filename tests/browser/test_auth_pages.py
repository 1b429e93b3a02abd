"""The sign-in, tokens and users pages in headless Chromium: what a person sees, and axe-core's verdict."""

from __future__ import annotations

import os
from typing import Any

import pytest
from accounts import PASSWORD, add_user
from flask import Flask
from navigation import click_to_page
from playwright.sync_api import Page

# Set to a folder to keep a screenshot of each page (for a person to look at while building them).
SHOTS = os.environ.get("HUB_TEST_SCREENSHOTS", "")


def _check(page: Any, name: str) -> None:
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415 - only browser tests need it

    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)
    violations = Axe().run(page).response["violations"]
    bad = [(v["id"], v["impact"]) for v in violations if v["impact"] in ("serious", "critical")]
    assert bad == [], f"{name}: {bad}"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_admin_journey_through_the_auth_pages(app: Flask, live_url: str, blank_page: Page, lang: str) -> None:
    add_user(app, "admin")
    page = blank_page  # the module's kept page (tests/browser/kept_page.py), cleared after each test
    page.goto(live_url + "/login")
    if lang == "en":
        click_to_page(page, "button[name=lang]")
    page.fill("#username", "admin")
    page.fill("#password", "wrong")
    click_to_page(page, "form.login button[type=submit]")
    expected = "Wrong username or password." if lang == "en" else "Forkert brugernavn eller adgangskode."
    assert page.inner_text("#login-error") == expected
    _check(page, f"login-error-{lang}")
    page.fill("#username", "admin")
    page.fill("#password", PASSWORD)
    click_to_page(page, "form.login button[type=submit]")
    page.goto(live_url + "/tokens")
    page.fill("#token-name", "Sagssystem")
    click_to_page(page, "form.stacked button[type=submit]")
    assert page.input_value("#new-token").startswith("hub_")
    # The language picked before signing in is the one after it.
    assert page.inner_text("h1") == ("API tokens" if lang == "en" else "API-nøgler")
    _check(page, f"tokens-{lang}")
    page.goto(live_url + "/admin/users")
    page.fill("#new-username", "firma")
    page.select_option("#new-role", "company")
    click_to_page(page, "form.stacked button[type=submit]")
    assert page.inner_text("#new-cvr-error")  # a company user needs its CVR, said at its field
    _check(page, f"users-{lang}")
