"""One browser context and page kept for a test module, cleared between its tests (decision 0058, stop 68).

A new context with its first visit was 0.8-1.0 CPU-s of Chromium, most of it the context's renderer
starting; the same visit in a page kept open 0.3-0.4 with the clearing below (stop 68's bench). A fresh
page in a kept context saves nothing: a new tab is a new renderer too. So the module keeps the page, and
`KeptPage.clear` takes from it, after each test, everything a test can leave for the next:

- the pages the test opened besides it (closed), its routes and the context's (`unroute_all`), the
  listeners the test added to either (removed), the page's document (it goes to about:blank: the test's
  page and its timers, such as the upload page's polls, stop), its history (CDP
  `Page.resetNavigationHistory`), the mouse (back at 0, 0 as on a new page) and its viewport (the
  context's 1280 x 720);
- cookies (so a sign-in is a new server-side session, decision 0053), permissions, extra HTTP headers;
- localStorage, sessionStorage, IndexedDB, service workers, Cache Storage and file systems of every origin
  a page of the context went to (CDP `Storage.clearDataForOrigin`: Chromium's own clearing, the one
  `Clear site data` uses; its `local_storage` clears the tab's sessionStorage as well), and the HTTP cache
  (CDP `Network.clearBrowserCache`: a new context starts with none);
- a clock a test installed (`page.clock`) cannot be taken out (Playwright keeps it as a script of the
  context): the context is closed and the next test gets a new one. So is a context the test closed,
  a page that crashed or closed, or one whose clearing failed.

What a test cannot get from this page: the options of a context of its own (a viewport or JavaScript off
from the start, another `base_url`, downloads refused); such tests open their own context as before.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, CDPSession, Frame, Page

VIEWPORT = {"width": 1280, "height": 720}  # Playwright's default, the size a new context's page has
# Every kind of storage Chromium keeps by origin but cookies (cleared for all origins at once) and the
# shader cache (the GPU's, no site's data).
STORAGE = "local_storage,indexeddb,service_workers,cache_storage,file_systems,websql"
CLOCK_INSTALLED = "'__pwClock' in window"  # Playwright's clock script, run in every document once installed

Listeners = dict[Any, list[Any]]


def _listeners(owner: Page | BrowserContext) -> Listeners:
    """The listeners registered on a Playwright object, by event.

    Playwright's API can add and remove a listener but not list them, so this reads its event emitter:
    what a test added is what is there at the end and was not at the start.
    """
    events: dict[Any, Any] = owner._impl_obj._events  # noqa: SLF001 - no public way to list listeners
    return {kind: list(found) if isinstance(found, list) else [found] for kind, found in events.items()}


def _drop_listeners_since(owner: Page | BrowserContext, before: Listeners) -> None:
    """Remove every listener added to `owner` since `before` was read."""
    for kind, found in _listeners(owner).items():
        for listener in found:
            if listener not in before.get(kind, []):
                owner._impl_obj.remove_listener(kind, listener)  # noqa: SLF001 - it was added through the API


def origin(url: str) -> str | None:
    """The origin of an http(s) URL (`http://127.0.0.1:5000`), None for about:, data: and the like."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") else None


class KeptPage:
    """A context on `base_url` and its one page, opened when first taken and cleared after each test."""

    def __init__(self, browser: Browser, base_url: str) -> None:
        self.browser, self.base_url = browser, base_url
        self.context: BrowserContext | None = None
        self.page: Page | None = None
        self._cdp: CDPSession | None = None
        self._origins: set[str] = set()  # where the context's pages went since the last clearing
        self._before: tuple[Listeners, Listeners] = ({}, {})
        self.taken = False  # by a test now: one taker a test (`signed_in_page` or `blank_page`), till `clear`

    def take(self) -> Page:
        """The kept page, on about:blank with nothing of an earlier test; a new context when there is none."""
        assert not self.taken, "the kept page is the test's already: open a context of its own for a second"
        if self.page is None:
            self._open()
        assert self.page is not None
        self.taken = True
        return self.page

    def _open(self) -> None:
        context = self.browser.new_context(base_url=self.base_url)
        page = context.new_page()
        self._cdp = context.new_cdp_session(page)
        context.on("page", self._follow)
        self._follow(page)
        self.context, self.page = context, page
        self._before = (_listeners(context), _listeners(page))

    def _follow(self, page: Page) -> None:
        """Note the origins every frame of `page` goes to: their storage is cleared after the test."""
        page.on("framenavigated", self._went_to)

    def _went_to(self, frame: Frame) -> None:
        found = origin(frame.url)
        if found:
            self._origins.add(found)

    def clear(self) -> None:
        """Take from the context and page what the test left (the module docstring's list), or close them."""
        self.taken = False
        if self.context is None or self.page is None:
            return
        try:
            kept = self._clear(self.context, self.page)
        except Exception:
            kept = False  # a context that cannot be cleared is not handed on: the next test gets a new one
        if not kept:
            self.close()

    def _clear(self, context: BrowserContext, page: Page) -> bool:
        if context.is_closed() or page.is_closed():
            return False
        for other in context.pages:
            if other is not page:
                other.close()
        page.unroute_all(behavior="ignoreErrors")
        context.unroute_all(behavior="ignoreErrors")
        _drop_listeners_since(context, self._before[0])
        _drop_listeners_since(page, self._before[1])
        page.goto("about:blank")
        if page.evaluate(CLOCK_INSTALLED):
            return False
        context.clear_cookies()
        context.clear_permissions()
        context.set_extra_http_headers({})
        page.set_extra_http_headers({})
        if page.viewport_size != VIEWPORT:
            page.set_viewport_size(VIEWPORT)  # type: ignore[arg-type]
        page.mouse.move(0, 0)
        self._send_all(
            [
                ("Storage.clearDataForOrigin", {"origin": o, "storageTypes": STORAGE})
                for o in sorted(self._origins)
            ]
            + [("Network.clearBrowserCache", {}), ("Page.resetNavigationHistory", {})]
        )
        self._origins.clear()
        return True

    def _send_all(self, commands: list[tuple[str, dict[str, Any]]]) -> None:
        assert self._cdp is not None
        for method, params in commands:
            self._cdp.send(method, params)

    def close(self) -> None:
        """Close the kept context (when the module ends, or when it cannot be handed on)."""
        context, self.context, self.page, self._cdp = self.context, None, None, None
        self._origins.clear()
        if context is not None and not context.is_closed():
            context.close()
