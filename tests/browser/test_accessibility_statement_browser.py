"""The accessibility statement in Chromium: reached from the sign-in page's foot without signing in, on a
desktop and a phone width, in Danish and English, and passing axe-core's WCAG checks."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from navigation import click_to_page
from playwright.sync_api import Page


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_statement_is_reached_from_the_sign_in_page_and_passes_axe(
    blank_page: Page, live_url: str, axe_check: Callable[[Page], None], lang: str, width: int
) -> None:
    page = blank_page  # the module's kept page (tests/browser/kept_page.py), its viewport set before any page
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_url + "/login")
    if lang == "en":
        click_to_page(page, 'button[name="lang"][value="en"]')
    name = "Tilgængelighedserklæring" if lang == "da" else "Accessibility statement"
    click_to_page(page, page.get_by_role("contentinfo").get_by_role("link", name=name))
    assert page.url.endswith("/was")
    assert page.get_by_role("heading", level=1).inner_text() == name
    # Nothing wider than the screen: the statement is read on a phone as well. A heading of one long
    # Danish word ("Tilgængelighedserklæring") was cut off at the phone's edge, scrolling inside main.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    cut = page.eval_on_selector_all(
        "main h1, main h2, main p, main li",
        "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).length",
    )
    assert cut == 0
    assert page.evaluate(
        "document.querySelector('main').scrollWidth <= document.querySelector('main').clientWidth"
    )
    axe_check(page)
