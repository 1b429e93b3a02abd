"""The test process's one Chromium (tests/chromium.py): every module gets the same browser, a context opened
on it starts empty of what another context did, and the contexts a module leaves open end with it; the
module's kept page (tests/browser/kept_page.py) is handed to the next test with nothing the last one left."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from kept_page import CLOCK_INSTALLED, KeptPage
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


# The module's kept page (tests/browser/kept_page.py): the next test on it finds nothing this one left.
LEFT: dict[str, Any] = {}  # what the test leaving things behind hands the next one
STORAGE = """async () => ({local: localStorage.getItem('left'), session: sessionStorage.getItem('left'),
    databases: (await indexedDB.databases()).map(d => d.name), history: history.length,
    permission: (await navigator.permissions.query({name: 'geolocation'})).state})"""
LEAVE = """async () => {
    localStorage.setItem('left', 'behind'); sessionStorage.setItem('left', 'behind');
    await new Promise(done => {
        const open = indexedDB.open('left');
        open.onsuccess = () => { open.result.close(); done(); };
    });
}"""
PHONE = {"width": 375, "height": 667}


def _session(context: BrowserContext) -> str:
    return next(cookie["value"] for cookie in context.cookies() if cookie["name"] == "session")


def test_a_test_on_the_kept_page_leaves_everything_behind(
    signed_in_page: Callable[..., Page], live_url: str
) -> None:
    page = signed_in_page("lead")
    context = page.context
    heard: list[str] = []
    context.on("request", lambda sent: heard.append(sent.url))
    page.on("request", lambda sent: heard.append(sent.url))
    context.route("**/login", lambda route: route.fulfill(body="<p id=routed>the context's route</p>"))
    page.route("**/login", lambda route: route.fulfill(body="<p id=routed>the page's route</p>"))
    context.add_cookies([{"name": "left", "value": "behind", "url": live_url}])
    context.grant_permissions(["geolocation"], origin=live_url)
    context.set_extra_http_headers({"X-Left": "behind"})
    page.set_viewport_size(PHONE)
    page.goto("/")
    page.evaluate(LEAVE)
    with page.expect_request("**/login") as sent:
        page.goto("/login")
    context.new_page().goto("/")
    assert page.inner_text("#routed") == "the page's route"
    assert sent.value.all_headers()["x-left"] == "behind"
    left = page.evaluate(STORAGE)
    assert left.pop("history") >= 2  # "/" and /login at least
    assert left == {"local": "behind", "session": "behind", "databases": ["left"], "permission": "granted"}
    assert {"left", "session"} <= {cookie["name"] for cookie in context.cookies()}
    assert len(heard) >= 4 and len(context.pages) == 2
    LEFT.update(context=context, session=_session(context), heard=heard, count=len(heard))


def test_the_next_test_on_the_kept_page_finds_none_of_it(
    browser: Browser, signed_in_page: Callable[..., Page], live_url: str
) -> None:
    if not LEFT:
        pytest.skip("proves nothing without the test before it, which leaves what this one looks for")
    page = signed_in_page("lead")
    context = page.context
    assert context is LEFT["context"]  # the same context: kept, not a new one
    assert context.pages == [page] and page.url == "about:blank"
    assert page.viewport_size == {"width": 1280, "height": 720}
    assert [cookie["name"] for cookie in context.cookies()] == ["session"]  # this test's sign-in only
    assert _session(context) != LEFT["session"]
    with page.expect_request("**/login") as sent:
        page.goto("/login")
    assert page.locator("#routed").count() == 0 and page.locator("main").count() == 1  # the hub's page
    assert "x-left" not in sent.value.all_headers()
    assert len(LEFT["heard"]) == LEFT["count"]  # neither listener heard this test's requests
    found = page.evaluate(STORAGE)
    new = browser.new_context(base_url=live_url)
    try:
        fresh = new.new_page()
        fresh.goto("/login")
        # A new context's page and the kept one tell the same after one visit; but for history: the kept
        # page's about:blank is an entry (2 against 1), and neither the hub's pages nor a test reads it.
        assert found == {**fresh.evaluate(STORAGE), "history": 2}
        assert found == {
            "local": None,
            "session": None,
            "databases": [],
            "history": 2,
            "permission": "prompt",
        }
    finally:
        new.close()


def test_a_test_that_installs_a_clock_on_the_kept_page(signed_in_page: Callable[..., Page]) -> None:
    page = signed_in_page("lead")
    page.clock.install()
    page.goto("/login")
    assert page.evaluate(CLOCK_INSTALLED)
    LEFT.update(clocked=page.context)


def test_the_next_test_gets_a_new_context_without_the_clock(signed_in_page: Callable[..., Page]) -> None:
    if "clocked" not in LEFT:
        pytest.skip("proves nothing without the test before it, which installs the clock")
    page = signed_in_page("lead")
    assert page.context is not LEFT["clocked"] and LEFT["clocked"].is_closed()
    page.goto("/login")
    assert not page.evaluate(CLOCK_INSTALLED)


def test_the_blank_page_is_the_kept_one_signed_in_as_no_one(
    blank_page: Page, kept_page: KeptPage, signed_in_page: Callable[..., Page]
) -> None:
    """`blank_page` hands a test the kept page with no session; a page signed in beside it in the same test
    is a context of its own, as the kept page is never handed out twice at once."""
    assert blank_page is kept_page.page and blank_page.url == "about:blank"
    assert blank_page.context.cookies() == []
    beside = signed_in_page("lead")
    assert beside.context is not blank_page.context
    assert [cookie["name"] for cookie in beside.context.cookies()] == ["session"]
    with pytest.raises(AssertionError, match="the test's already"):
        kept_page.take()
