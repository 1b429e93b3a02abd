"""The test process's one Chromium (tests/chromium.py): every module gets the same browser, a context opened
on it starts empty of what another context did, and the contexts a module leaves open end with it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

PERMISSION = "() => navigator.permissions.query({name: 'geolocation'}).then(p => p.state)"


@pytest.fixture(scope="module")
def left_open(chromium: Browser) -> Iterator[list[BrowserContext]]:
    """The contexts this module's tests leave open; set up before `browser`, so checked after its end."""
    opened: list[BrowserContext] = []
    yield opened
    still = [context for context in opened if context in chromium.contexts]
    assert not still, f"{len(still)} context(s) of this module outlived it"


def _state(page: Page) -> tuple[list[str], str | None, str | None, str]:
    cookies = [cookie["name"] for cookie in page.context.cookies()]
    local = page.evaluate("localStorage.getItem('left')")
    session = page.evaluate("sessionStorage.getItem('left')")
    return cookies, local, session, page.evaluate(PERMISSION)


def test_a_new_context_sees_nothing_another_did(
    left_open: list[BrowserContext], browser: Browser, chromium: Browser, live_url: str
) -> None:
    assert browser is chromium  # one Chromium a process, not one a module
    first = browser.new_context(base_url=live_url)
    left_open.append(first)  # not closed here: `browser` closes it at the module's end
    page = first.new_page()
    page.goto("/login")
    first.add_cookies([{"name": "left", "value": "behind", "url": live_url}])
    page.evaluate("localStorage.setItem('left', 'behind'); sessionStorage.setItem('left', 'behind')")
    first.grant_permissions(["geolocation"], origin=live_url)
    cookies, local, session, permission = _state(page)
    assert "left" in cookies
    assert (local, session, permission) == ("behind", "behind", "granted")

    second = browser.new_context(base_url=live_url)
    try:
        fresh = second.new_page()
        fresh.goto("/login")
        cookies, local, session, permission = _state(fresh)
        assert "left" not in cookies
        assert (local, session, permission) == (None, None, "prompt")
    finally:
        second.close()
