"""On a 320 px wide screen (WCAG 1.4.10's reflow width) no page scrolls sideways as a whole, and nothing
but a data table scrolls sideways inside `main`: a wide table scrolls there, text wraps.

Every page `test_every_page.py` opens (each GET page outside `/api/` as each role that may see it, from the
URL map and the access matrix; `tests/web_pages.py`), in Danish and English, on that file's one walk (the
measure is `page_checks.too_wide`), and here the signed-out pages.
A reviewer found `/tokens` 547-563 px wide and `/admin/users` 701 px: a `.visually-hidden` span in their
tables was placed against the page, not `main`, and so escaped `main`'s own scrolling.
A table that scrolls sideways inside `main` or its own region is caught too (page-98; page-99 stacked the
last six it let through): the hub stacks a table's rows on a phone instead (`stacked-rows`).
"""

from __future__ import annotations

from collections.abc import Callable

import web_pages
from flask import Flask
from page_checks import PHONE, too_wide
from playwright.sync_api import Page

matrix_app = web_pages.matrix_app


def test_the_signed_out_pages_fit_a_phone(
    matrix_app: Flask, blank_page: Page, live_server: Callable[[Flask], str]
) -> None:
    page, base = blank_page, live_server(matrix_app)
    page.set_viewport_size(PHONE)  # before any page, as a phone's context would have it
    wide = []
    for url in ("/login", "/no-such-page"):
        page.goto(base + url)
        wide.append(too_wide(page))
    assert [w for w in wide if w] == []


# A table that scrolls in its region, and one that scrolls in `main` (page-98 let the users' table do so;
# page-99 stacked it, and no table is let through any more).
_SCROLLING = """<!doctype html><html lang="da"><head><title>Tabeller</title></head><body>
<main style="overflow-x: auto">
<div style="overflow-x: auto"><table id="wide"><tr><td><p style="width: 600px">B</p></td></tr></table></div>
<table id="users"><tr><td><p style="width: 600px">B</p></td></tr></table>
</main></body></html>"""


def test_a_table_that_scrolls_in_its_box_is_caught(blank_page: Page) -> None:
    blank_page.set_viewport_size(PHONE)
    blank_page.set_content(_SCROLLING)
    assert too_wide(blank_page) == "about:blank: table#wide, table#users scroll sideways in their box"
