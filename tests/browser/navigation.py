"""Pressing what loads another page, and going on only once that page has come."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


def click_to_page(page: Page, target: str | Locator) -> None:
    """Click `target` (a selector or a locator), which submits a form or follows a link, and return once
    the page it asked for has loaded.

    Playwright's click returns when the click is dispatched, not when the next page has come, and
    `wait_for_load_state()` straight after it answers for the page still shown. Reading then reads the
    old page, and axe run while the document is swapped fails with "Cannot read properties of null
    (reading 'documentElement')" (CI met that after a language button, whose answer is the same URL,
    so waiting for a URL cannot tell the two pages apart either).
    """
    with page.expect_navigation():
        (page.locator(target) if isinstance(target, str) else target).click()
