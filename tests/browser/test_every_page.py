"""Accessibility on every page: axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) finds no serious or critical
violation.

Every GET page of the URL map outside `/api/` is opened in Chromium as each role that may see it (its URL
filled from that role's own objects in a copy of the lived demo; see `tests/web_pages.py`), in Danish and
in English, and so are the pages a person meets signed out: the login, a failed login and an error page.
Each page is kept as a full-page screenshot when `HUB_TEST_SCREENSHOTS` names a folder (under its
`every-page/`), for a person to look at, as tests/browser/test_auth_pages.py does.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
import web_pages
from flask import Flask
from matrix import ROLES, Target
from navigation import click_to_page
from playwright.sync_api import Browser, Page

matrix_app = web_pages.matrix_app
targets = web_pages.targets
# A full-page screenshot was a quarter of the CPU of each page's visit (Chromium lays the whole page out
# again and encodes a PNG), asserted nothing, and was kept on every run (decision 0058, stop 62).
SHOTS = os.environ.get("HUB_TEST_SCREENSHOTS", "")


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("role", ROLES)
def test_every_page_passes_axe(
    matrix_app: Flask,
    targets: dict[str, Target],
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    role: str,
    lang: str,
) -> None:
    listed = web_pages.pages(matrix_app, targets, role)
    page = signed_in_page(listed[0].username, app=matrix_app, lang=lang)
    failures = []
    for item in listed:
        answer = page.goto(item.url)
        assert answer is not None and answer.status == 200, f"{item.url} as {item.username}"
        assert page.locator("html").get_attribute("lang") == lang
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/every-page/{role}-{lang}-{item.endpoint}.png", full_page=True)
        try:
            axe_check(page)
        except AssertionError as problem:
            failures.append(str(problem))
    assert failures == [], "\n".join(failures)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_signed_out_pages_pass_axe(
    matrix_app: Flask,
    browser: Browser,
    live_server: Callable[[Flask], str],
    axe_check: Callable[[Page], None],
    lang: str,
) -> None:
    context = browser.new_context(base_url=live_server(matrix_app))
    try:
        page = context.new_page()
        page.goto("/login")
        if lang == "en":
            click_to_page(page, 'button[name="lang"][value="en"]')
        axe_check(page)
        page.fill("#username", "nobody")
        page.fill("#password", "wrong")
        click_to_page(page, "form.login button[type=submit]")
        assert page.locator("#login-error").is_visible()
        axe_check(page)
        answer = page.goto("/no-such-page")
        assert answer is not None and answer.status == 404
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/every-page/error-{lang}.png", full_page=True)
        axe_check(page)
    finally:
        context.close()


def test_axe_check_fails_on_a_serious_violation(browser: Browser, axe_check: Callable[[Page], None]) -> None:
    """The check the page tests rely on: an input without a label is a critical violation."""
    page = browser.new_page()
    try:
        page.set_content(
            '<html lang="da"><head><title>x</title></head><body><main><input></main></body></html>'
        )
        with pytest.raises(AssertionError, match="label"):
            axe_check(page)
    finally:
        page.close()
