"""Before a session ends, the page says so and offers to extend it (WCAG 2.2.1), in real Chromium.

The app's session lasts an hour and its pages warn 3,540 seconds before the end: a minute after signing
in, not five minutes before an hour is up. That minute, and the end itself, are reached with the page's
own clock run forward (Playwright's `clock`), the server untouched. A minute, not less: the page counts
from the seconds left when the server drew it, so the time from signing in to the page's first check
is spent of it, and on a loaded host that was more than two seconds (the warning was up at once).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import make_app
from flask import Flask
from playwright.sync_api import Page


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    """An app whose pages warn a minute after signing in."""
    yield make_app(tmp_path, SESSION_HOURS=1, SESSION_WARNING_SECONDS=3600 - 60)


def _focused(page: Page) -> str:
    return str(page.evaluate("document.activeElement.textContent.trim()"))


def test_the_warning_takes_the_focus_and_enter_extends_the_session(
    signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("lead")
    page.clock.install()  # the minute runs on the page's clock, not waited for
    page.goto("/agreements")
    page.locator("header .brand").focus()
    box = page.locator("#session-warning")
    assert box.is_hidden()
    page.clock.fast_forward(60_000)
    box.wait_for(state="visible", timeout=5_000)
    assert box.get_attribute("role") == "alertdialog"
    assert page.inner_text("#session-warning-text").startswith("Din session udløber kl. ")
    assert _focused(page) == "Forbliv logget ind"
    axe_check(page)
    with page.expect_response("**/session/extend") as extended:
        page.keyboard.press("Enter")
    assert extended.value.status == 200
    box.wait_for(state="hidden")
    assert page.inner_text("#session-status") == "Din session er forlænget."
    assert _focused(page) == "Hubben"  # back where the person was
    assert box.is_hidden()
    page.clock.fast_forward(60_000)
    box.wait_for(state="visible", timeout=5_000)  # and warned again, a minute into the new hour


def test_at_the_end_the_page_says_so_in_english_and_links_to_signing_in(
    signed_in_page: Callable[..., Page],
) -> None:
    page = signed_in_page("lead", lang="en")
    page.clock.install()
    page.goto("/agreements")
    page.clock.fast_forward(3_600_000)
    sign_in = page.locator("#session-warning a")
    sign_in.wait_for(state="visible", timeout=5_000)
    assert page.inner_text("#session-warning-text") == "Your session has expired. Sign in again."
    assert sign_in.get_attribute("href") == "/login?next=/agreements"
    assert page.locator("#session-warning form").is_hidden() and _focused(page) == "Sign in"
