"""Every page in Chromium, checked on one walk: axe-core, the targets' size, and the width on a phone.

Every GET page of the URL map outside `/api/` is opened in Chromium as each role that may see it (its URL
filled from that role's own objects in a copy of the lived demo; see `tests/web_pages.py`), in Danish and
in English, at a PC's width and at a phone's (`page_checks.walk_role`). On each visit every check its width
asks for is made and kept; each check is then asserted by a test of its own, per role, language and width,
whose failure names the page:
- axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) finds no serious or critical violation (at a PC's width);
- every target is big enough for WCAG 2.2's 2.5.8, and nothing stays put while the page scrolls (2.4.11),
  at both widths (`test_target_size.py` says why axe-core's own rule is not enough);
- on a phone no page scrolls sideways as a whole, and nothing but a data table scrolls sideways inside
  `main` (`test_narrow_screen.py`).
The three were three files walking the same pages (decision 0058, stop 65). The pages a person meets signed
out (the login, a failed login, an error page) are checked below and in those two files.

Each page at a PC's width is kept as a full-page screenshot when `HUB_TEST_SCREENSHOTS` names a folder
(under its `every-page/`), for a person to look at, as tests/browser/test_auth_pages.py does.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
import web_pages
from flask import Flask
from matrix import ROLES, Target
from navigation import click_to_page
from page_checks import LANGS, PC, PHONE, Visit, Walk, narrowed, visit, walk_role
from playwright.sync_api import Browser, Page

matrix_app = web_pages.matrix_app
targets = web_pages.targets
# A full-page screenshot was a quarter of the CPU of each page's visit (Chromium lays the whole page out
# again and encodes a PNG), asserted nothing, and was kept on every run (decision 0058, stop 62).
SHOTS = os.environ.get("HUB_TEST_SCREENSHOTS", "")


@pytest.fixture(scope="module")
def walks() -> dict[str, Walk]:
    """Each role's walk, made by the first test that asks for it and read by the others."""
    return {}


@pytest.fixture
def walked(
    walks: dict[str, Walk],
    matrix_app: Flask,
    targets: dict[str, Target],
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
) -> Callable[[str], Walk]:
    """A function giving a role's walk, walking it (on this test's browser contexts) if no test has yet."""

    def of(role: str) -> Walk:
        if role not in walks:
            walks[role] = walk_role(matrix_app, targets, role, signed_in_page, axe_check, SHOTS)
        return walks[role]

    return of


def opened(visits: list[Visit], lang: str) -> None:
    """Every page answered 200 and was drawn in `lang`."""
    wrong = [f"{v.url}: {v.status}, lang {v.lang}" for v in visits if v.status != 200 or v.lang != lang]
    assert wrong == [], f"pages not drawn in {lang}"


def passes_axe(visits: list[Visit]) -> None:
    """No page had a serious or critical axe-core violation."""
    failures = [v.axe for v in visits if v.axe]
    assert failures == [], "\n".join(failures)


def targets_big_enough(visits: list[Visit]) -> None:
    """No page had a target too small for 2.5.8, or anything that stays put while the page scrolls."""
    problems = [problem for v in visits for problem in v.targets]
    assert problems == [], "\n".join(problems)


def fits(visits: list[Visit], role: str, lang: str) -> None:
    """No page was wider than a phone's screen, and nothing spilled out of `main` outside a table."""
    assert [v.wide for v in visits if v.wide] == [], f"wider than {PHONE['width']} px as {role} ({lang})"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("role", ROLES)
def test_every_page_passes_axe(walked: Callable[[str], Walk], role: str, lang: str) -> None:
    visits = walked(role)[(lang, PC["width"])]
    opened(visits, lang)
    passes_axe(visits)


@pytest.mark.parametrize("width", [PC["width"], PHONE["width"]])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("role", ROLES)
def test_every_target_on_every_page_is_big_enough(
    walked: Callable[[str], Walk], role: str, lang: str, width: int
) -> None:
    visits = walked(role)[(lang, width)]
    opened(visits, lang)
    targets_big_enough(visits)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("role", ROLES)
def test_no_page_scrolls_sideways_on_a_phone(walked: Callable[[str], Walk], role: str, lang: str) -> None:
    visits = walked(role)[(lang, PHONE["width"])]
    opened(visits, lang)
    fits(visits, role, lang)


# A page that fails each check once: an input without a label (axe-core: critical), a bare link in a table
# cell a line high (2.5.8), a paragraph wider than a phone (1.4.10).
_BAD = """<!doctype html><html lang="da"><head><title>Dårlig</title></head><body><main>
<h1>Dårlig</h1><input><table><tr><td><a href="#a">Post 358</a></td></tr></table>
<p style="width: 600px">Bred</p></main></body></html>"""


def test_each_check_fails_naming_the_page(browser: Browser, axe_check: Callable[[Page], None]) -> None:
    """The walk's checks and the tests' assertions fail on a page made to fail each, naming it, on a page
    narrowed to a phone's width as on one drawn there."""
    context = browser.new_context(base_url="http://bad.test")
    try:
        context.route("**/*", lambda route: route.fulfill(status=200, content_type="text/html", body=_BAD))
        page = context.new_page()
        page.set_viewport_size(PC)
        wide = [visit(page, "/bad", axe_check)]
        phone = [narrowed(page, wide[0])]  # as the walk checks it on a phone
        page.set_viewport_size(PHONE)
        phone.append(visit(page, "/bad", None))  # as the walk checks the tokens page with a token
    finally:
        context.close()
    opened(wide + phone, "da")
    with pytest.raises(AssertionError, match=r"(?s)bad\.test/bad.*label"):
        passes_axe(wide)
    for visits in (wide, phone):
        with pytest.raises(
            AssertionError, match=r'bad\.test/bad: a "Post 358" .* in the menu, the pager or a table'
        ):
            targets_big_enough(visits)
    with pytest.raises(AssertionError, match=r"bad\.test/bad: 6\d\d px"):
        fits(phone, "lead", "da")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_signed_out_pages_pass_axe(
    matrix_app: Flask,
    live_server: Callable[[Flask], str],
    blank_page: Page,
    axe_check: Callable[[Page], None],
    lang: str,
) -> None:
    page, url = blank_page, live_server(matrix_app)
    page.goto(url + "/login")
    if lang == "en":
        click_to_page(page, 'button[name="lang"][value="en"]')
    axe_check(page)
    page.fill("#username", "nobody")
    page.fill("#password", "wrong")
    click_to_page(page, "form.login button[type=submit]")
    assert page.locator("#login-error").is_visible()
    axe_check(page)
    answer = page.goto(url + "/no-such-page")
    assert answer is not None and answer.status == 404
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/every-page/error-{lang}.png", full_page=True)
    axe_check(page)


def test_axe_check_fails_on_a_serious_violation(blank_page: Page, axe_check: Callable[[Page], None]) -> None:
    """The check the page tests rely on: an input without a label is a critical violation."""
    blank_page.set_content(
        '<html lang="da"><head><title>x</title></head><body><main><input></main></body></html>'
    )
    with pytest.raises(AssertionError, match="label"):
        axe_check(blank_page)
