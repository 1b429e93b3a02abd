"""On a 320 px wide screen (WCAG 1.4.10's reflow width) no page scrolls sideways as a whole, and nothing
but a data table scrolls sideways inside `main`: a wide table scrolls there, text wraps.

Every page `test_every_page.py` opens (each GET page outside `/api/` as each role that may see it, from the
URL map and the access matrix; `tests/web_pages.py`), in Danish and English, and the signed-out pages.
A reviewer found `/tokens` 547-563 px wide and `/admin/users` 701 px: a `.visually-hidden` span in their
tables was placed against the page, not `main`, and so escaped `main`'s own scrolling.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import web_pages
from accounts import bearer
from flask import Flask
from matrix import ROLES, Target
from playwright.sync_api import Browser, Page

matrix_app = web_pages.matrix_app
targets = web_pages.targets
PHONE = {"width": 320, "height": 640}


# Elements in `main`, outside any table, whose right edge passes main's: text that is cut off unless the
# reader scrolls sideways (a reviewer found the company page's contact list running to 532 px).
_SPILLS = """() => {
  const main = document.querySelector("main");
  const edge = main.getBoundingClientRect().right + 1;
  return Array.from(main.querySelectorAll("*"))
    .filter((el) => !el.closest("table") && el.getClientRects().length)
    .filter((el) => el.getBoundingClientRect().right > edge)
    .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
      + (el.className ? "." + el.className : ""));
}"""


def _too_wide(page: Page) -> str | None:
    """The page's width when the whole page is wider than the screen, or what spills out of `main`
    outside a table; else None."""
    width = int(page.evaluate("document.documentElement.scrollWidth"))
    if width > PHONE["width"]:
        return f"{page.url}: {width} px"
    spills = page.evaluate(_SPILLS)
    return f"{page.url}: {', '.join(spills[:5])} pass main's edge" if spills else None


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("role", ROLES)
def test_no_page_scrolls_sideways_on_a_phone(
    matrix_app: Flask,
    targets: dict[str, Target],
    signed_in_page: Callable[..., Page],
    role: str,
    lang: str,
) -> None:
    listed = web_pages.pages(matrix_app, targets, role)
    if any(item.endpoint == "tokens.index" for item in listed):
        bearer(matrix_app, listed[0].username)  # a token, so that the tokens page shows its table
    page = signed_in_page(listed[0].username, app=matrix_app, lang=lang)
    page.set_viewport_size(PHONE)
    wide = []
    for item in listed:
        answer = page.goto(item.url)
        assert answer is not None and answer.status == 200, f"{item.url} as {item.username}"
        wide.append(_too_wide(page))
    assert [w for w in wide if w] == [], f"wider than {PHONE['width']} px as {role} ({lang})"


def test_the_signed_out_pages_fit_a_phone(
    matrix_app: Flask, browser: Browser, live_server: Callable[[Flask], str]
) -> None:
    context = browser.new_context(base_url=live_server(matrix_app), viewport=PHONE)
    try:
        page = context.new_page()
        wide = []
        for url in ("/login", "/no-such-page"):
            page.goto(url)
            wide.append(_too_wide(page))
        assert [w for w in wide if w] == []
    finally:
        context.close()
