"""axe-core reaches a page by the page's own fetch from the test process's loopback server, and by
Playwright as before where the page cannot fetch it (axe_support.py)."""

from __future__ import annotations

from axe_support import put_axe, run_axe, script_url
from playwright.sync_api import Browser

_PAGE = '<!doctype html><html lang="da"><head><title>x</title></head><body><main><input></main></body></html>'


def test_a_hub_page_fetches_axe_core_from_the_loopback(browser: Browser, live_url: str) -> None:
    context = browser.new_context(base_url=live_url)
    try:
        page = context.new_page()
        page.goto("/login")
        with page.expect_request(script_url()) as asked:
            put_axe(page)
        answer = asked.value.response()
        assert answer is not None and answer.ok
        assert page.evaluate("typeof axe.run") == "function"
    finally:
        context.close()


def test_a_page_whose_requests_are_routed_is_sent_axe_core(browser: Browser) -> None:
    """Every request answered with the page itself: the fetch gets HTML, and the script is sent instead."""
    context = browser.new_context(base_url="http://routed.test")
    try:
        context.route("**/*", lambda route: route.fulfill(status=200, content_type="text/html", body=_PAGE))
        page = context.new_page()
        page.goto("/")
        violations = run_axe(page, {"runOnly": {"type": "rule", "values": ["label"]}})["violations"]
        assert [v["id"] for v in violations] == ["label"]
    finally:
        context.close()
