"""On a 320 px wide screen (WCAG 1.4.10's reflow width) no page scrolls sideways as a whole, and nothing
but a data table scrolls sideways inside `main`: a wide table scrolls there, text wraps.

Every page `test_every_page.py` opens (each GET page outside `/api/` as each role that may see it, from the
URL map and the access matrix; `tests/web_pages.py`), in Danish and English, on that file's one walk (the
measure is `page_checks.too_wide`), and here the signed-out pages.
A reviewer found `/tokens` 547-563 px wide and `/admin/users` 701 px: a `.visually-hidden` span in their
tables was placed against the page, not `main`, and so escaped `main`'s own scrolling.
"""

from __future__ import annotations

from collections.abc import Callable

import web_pages
from flask import Flask
from page_checks import PHONE, too_wide
from playwright.sync_api import Browser

matrix_app = web_pages.matrix_app


def test_the_signed_out_pages_fit_a_phone(
    matrix_app: Flask, browser: Browser, live_server: Callable[[Flask], str]
) -> None:
    context = browser.new_context(base_url=live_server(matrix_app), viewport=PHONE)
    try:
        page = context.new_page()
        wide = []
        for url in ("/login", "/no-such-page"):
            page.goto(url)
            wide.append(too_wide(page))
        assert [w for w in wide if w] == []
    finally:
        context.close()
