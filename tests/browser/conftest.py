"""Shared browser fixtures: a live server of an app, one Chromium a process, signed-in pages, axe-core.

Use them in any `tests/browser/test_*.py` rather than starting `sync_playwright()` yourself: Playwright's
sync API allows one instance per thread, and the process's one is `browser`'s (`tests/chromium.py`).

    def test_agreements(app, signed_in_page, axe_check):
        page = signed_in_page("lead")               # lead-gladsaxe on `app`, in Danish
        page.goto("/agreements")                     # relative to the live server
        axe_check(page)                              # no serious or critical WCAG 2.2 AA violation

- `browser`: the test process's one Chromium (`tests/chromium.py`, from tests/conftest.py), launched by
  the first browser test and closed at the session's end; each test opens a context of its own on it, and
  the contexts a module leaves open are closed at the module's end. Never start `sync_playwright()`.
- `live_server(app) -> url`: serve any app on a loopback port until the test ends: the test's first app
  at the module's URL (`module_server`), any other on a free port of its own.
- `live_url`: the test's `app` fixture served (`live_server(app)`).
- `signed_in_page(role_or_username, app=None, lang="da", through_form=False) -> Page`: a page signed in
  on the live server of `app` (default: the test's `app` fixture), blank: the test's own
  `page.goto(...)` is the first page drawn (`page.goto("/")` for the role's home). The test's first one
  on the module's URL is the module's kept page (`kept_page`, tests/browser/kept_page.py: one context a
  module, cleared after each test of cookies, storage, routes, listeners, permissions, headers, pages,
  history and viewport, and closed if a clock was installed); a second, or one on another app's server,
  a new context of its own. A test that needs a context's options (a viewport or JavaScript off from the
  start, refused downloads) opens its own with `browser.new_context(...)`. `blank_page`: the kept page
  signed in as no one, for a test that draws pages signed out or on servers of its own by whole URLs.
  The sign-in goes by the context's request API as the login form posts it (the CSRF token
  from /login, the form, then `lang="en"` posted as the language button posts it), leaving the session
  cookie a person's sign-in leaves. `through_form=True` signs in through the drawn login form and the
  language button instead and returns the page on the role's home: for the tests of signing in itself.
  A role name means its first user in `tests/accounts.PEOPLE` (`lead` -> `lead-gladsaxe`); the user is
  created with `accounts.PASSWORD` when missing. `page.goto("/path")` is relative to the server.
- `axe_check(page)`: run the bundled axe-core (no network) with the WCAG 2.0/2.1 A and AA and 2.2 AA tags
  (axe 4.12 has no `wcag22a`; its `wcag22aa` is the target-size rule); prints
  every violation readably and fails on any of impact serious or critical.
- The demo's data with a user of every role and party: `matrix_app = web_pages.matrix_app` (and
  `targets`, each user's own objects) in your module, from `tests/web_pages.py`; `test_every_page.py`
  shows it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from http.cookies import SimpleCookie
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from accounts import PASSWORD, PEOPLE, add_user
from axe_playwright_python.sync_playwright import Axe
from flask import Flask
from kept_page import KeptPage
from live_app import Switch, served
from navigation import click_to_page
from playwright._impl._api_structures import SetCookieParam  # the type add_cookies takes; not re-exported
from playwright.sync_api import APIResponse, Browser, BrowserContext, Page

from hub.extensions import db
from hub.services import users

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = ("serious", "critical")
ROOT_CONFTEST = Path(__file__).resolve().parent.parent / "conftest.py"
_root: dict[str, ModuleType] = {}  # tests/conftest.py's module, once pytest has registered it


def pytest_plugin_registered(plugin: object, manager: object) -> None:
    """Keep `from conftest import ROOT` meaning tests/conftest.py for every test module.

    pytest imports each conftest.py of a folder without `__init__.py` under the one module name `conftest`,
    so loading this file would otherwise shadow the root conftest for the modules collected after it.
    """
    if getattr(plugin, "__file__", None) == str(ROOT_CONFTEST) and isinstance(plugin, ModuleType):
        _root["conftest"] = plugin
    if plugin is sys.modules[__name__] and "conftest" in _root:
        sys.modules["conftest"] = _root["conftest"]


@pytest.fixture(scope="module")
def module_server() -> Iterator[tuple[Switch, str]]:
    """The module's one server and its URL, serving the app of the test running now (`live_server`)."""
    switch = Switch()
    with served(switch) as url:
        yield switch, url


@pytest.fixture
def live_server(module_server: tuple[Switch, str]) -> Iterator[Callable[[Flask], str]]:
    """A function that serves an app on a loopback port (until the test ends) and returns its URL.

    The test's first app is served at the module's URL (`module_server`), where `kept_page` keeps a
    context (its `base_url` is that URL); any other app of the test on a free port of its own."""
    switch, module_url = module_server
    urls: dict[int, str] = {}
    with ExitStack() as running:

        def start(app: Flask) -> str:
            if id(app) not in urls:
                if switch.app is None:
                    switch.app = app
                    urls[id(app)] = module_url
                else:
                    urls[id(app)] = running.enter_context(served(app))
            return urls[id(app)]

        try:
            yield start
        finally:
            switch.app = None


@pytest.fixture(scope="module")
def kept_page(browser: Browser, module_server: tuple[Switch, str]) -> Iterator[KeptPage]:
    """The module's kept context and page on its URL, cleared after each test that took it (kept_page.py)."""
    kept = KeptPage(browser, module_server[1])
    yield kept
    kept.close()


@pytest.fixture
def live_url(app: Flask, live_server: Callable[[Flask], str]) -> str:
    """The test's `app` served on a free loopback port."""
    return live_server(app)


def _username(app: Flask, who: str) -> str:
    name = next((n for n, (role, _) in PEOPLE.items() if role == who), who)
    with app.app_context():
        exists = users.user_by_name(db.session, name) is not None
    return name if exists else add_user(app, name)


_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def _csrf_token(context: BrowserContext, url: str) -> str:
    """The CSRF token of the form on `url`, read by the context's request API (nothing drawn)."""
    answer = context.request.get(url)
    assert answer.ok, f"GET {url}: {answer.status}"
    _keep_cookies(context, answer, url)
    found = _CSRF.search(answer.text())
    assert found, f"no CSRF token on {url}"
    return found.group(1)


def _keep_cookies(context: BrowserContext, answer: APIResponse, url: str) -> None:
    """Store the answer's cookies as cookies of the browser session, whatever their `Expires`.

    Chromium counts an `Expires` from the answer's `Date`, so a server on a travelled clock (`demo_today`:
    days behind) still signs a page in; the request API's jar compares it with the real clock and drops
    the session as expired, and the test process's own clock is the travelled one too. Within the one
    context a test has, a cookie kept until the browser closes is sent as the dated one is, and the
    server still ends the session by its own clock (`hub.services.browser_sessions`).
    """
    for header in answer.headers_array:
        if header["name"].lower() != "set-cookie":
            continue
        for name, morsel in SimpleCookie(header["value"]).items():
            cookie: SetCookieParam = {"name": name, "value": morsel.value, "url": url}
            cookie["httpOnly"], cookie["secure"] = bool(morsel["httponly"]), bool(morsel["secure"])
            if morsel["samesite"]:
                cookie["sameSite"] = morsel["samesite"].capitalize()  # type: ignore[typeddict-item]
            context.add_cookies([cookie])


def _post_form(context: BrowserContext, url: str, fields: dict[str, str]) -> str:
    """POST a form as its page's button does, not following the redirect; the redirect's target."""
    answer = context.request.post(url, form=fields, max_redirects=0)
    assert answer.status in (302, 303), f"POST {url}: {answer.status}"
    _keep_cookies(context, answer, url)
    return answer.headers.get("location", "")


def sign_in_by_request(context: BrowserContext, base: str, username: str, lang: str) -> None:
    """Sign the context in as the login form does, by its request API: Chromium draws no page.

    The session cookie lands in the context's jar just as a person's sign-in leaves it, so the test's own
    `page.goto` is its first drawn page (decision 0058, stop 62, suite-76: drawing /login and the role's
    home was some 0.65 CPU-s a browser test, a few hundred of them).
    """
    token = _csrf_token(context, f"{base}/login")
    fields = {"csrf_token": token, "username": username, "password": PASSWORD}
    onward = _post_form(context, f"{base}/login", fields)
    assert "/login" not in onward, f"{username} could not sign in"
    if lang != "da":
        # sign_in() clears the session, and its CSRF token with it: the signed-in /login has a fresh one.
        token = _csrf_token(context, f"{base}/login")
        _post_form(context, f"{base}/language", {"csrf_token": token, "lang": lang, "next": "/"})


def sign_in_by_form(page: Page, username: str, lang: str) -> None:
    """Sign in through the login form and the language button, as a person does; lands on the home."""
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    click_to_page(page, "form.login button[type=submit]")
    assert "/login" not in page.url, f"{username} could not sign in"
    if lang != "da":
        click_to_page(page, f'button[name="lang"][value="{lang}"]')


@pytest.fixture
def signed_in_page(
    request: pytest.FixtureRequest, browser: Browser, live_server: Callable[[Flask], str], kept_page: KeptPage
) -> Iterator[Callable[..., Page]]:
    """A function giving a page signed in as a role (or user), in Danish or English; see the docstring.

    The test's first page on the module's URL is the module's kept page (`kept_page`), cleared when the
    test ends; a second page, or one on another app's server, is a new context of its own."""
    contexts: list[BrowserContext] = []
    took: list[Page] = []

    def open_as(who: str, app: Flask | None = None, lang: str = "da", through_form: bool = False) -> Page:
        app = app or request.getfixturevalue("app")
        username = _username(app, who)
        base = live_server(app)
        if base == kept_page.base_url and not kept_page.taken:
            page = kept_page.take()
            took.append(page)
        else:
            contexts.append(browser.new_context(base_url=base))
            page = contexts[-1].new_page()
        if through_form:
            sign_in_by_form(page, username, lang)
        else:
            sign_in_by_request(page.context, base, username, lang)
        return page

    yield open_as
    for context in contexts:
        context.close()
    if took:
        kept_page.clear()


@pytest.fixture
def blank_page(kept_page: KeptPage) -> Iterator[Page]:
    """The module's kept page (`kept_page`) signed in as no one, on about:blank, cleared when the test ends:
    for a test that draws pages signed out, or on servers of its own by their whole URL (its `base_url` is
    the module's server). Not with `signed_in_page`'s first page in the same test (both are the kept one)."""
    page = kept_page.take()
    try:
        yield page
    finally:
        kept_page.clear()


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.0/2.1 A and AA and 2.2 AA violations on the page as it is now."""
    options = {"runOnly": {"type": "tag", "values": WCAG_AA}, "resultTypes": ["violations"]}
    violations: list[dict[str, Any]] = Axe().run(page, options=options).response["violations"]
    return violations


def describe(violations: list[dict[str, Any]]) -> str:
    """Violations as a person reads them: rule, impact, help, and each element with what is wrong."""
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} element(s))")
        for node in v["nodes"][:10]:
            summary = " ".join(str(node.get("failureSummary", "")).split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)


def check_page(page: Page) -> None:
    """Fail on any serious or critical axe-core violation; print every violation found."""
    violations = axe_violations(page)
    if violations:
        print(f"axe on {page.url}:\n{describe(violations)}")
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, f"axe-core on {page.url}:\n{describe(blocking)}"


@pytest.fixture
def axe_check() -> Callable[[Page], None]:
    """The function `check_page(page)`: no serious or critical WCAG 2.2 AA violation on the page."""
    return check_page
