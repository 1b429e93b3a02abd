"""In Chromium at 360 px, what stop 58's walk left noticed: the dashboard's "Kommuner" table and the payments
page's "Pr. kommune" table (eight and seven columns, with a sum row) still scrolled sideways in `main`, the
refund off the screen; and `main`, where a wide table scrolls, was out of the keyboard's reach (its links
make Chromium leave it out), so what lay to the right of a table without links could not be scrolled to.
Each municipality and the sums now stack, each number after its column's name; `main` is reached by Tab."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from layout_support import assert_cells_on_screen
from page_support import demo_copy_fixture
from playwright.sync_api import Page

PHONE = {"width": 360, "height": 740}
demo = demo_copy_fixture("walk-stop59-phone", name="demo")
REFUND = {"da": "Refusion (kr.)", "en": "Refund (DKK)"}
TABLES = [
    ("lead-gladsaxe", "/dashboard?agreement=falck-hovedstaden&period=2026-11", "#municipalities"),
    ("kommune-herlev", "/municipality?agreement=falck-hovedstaden&period=2026-11", "#municipalities"),
    ("lead-gladsaxe", "/payments?agreement=falck-hovedstaden&period=2026-11", "#totals"),
]
# Where `main` is among the page's Tab stops, if it is one.
MAIN_FOCUSED = "document.activeElement === document.querySelector('main')"


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize(("who", "url", "table"), TABLES)
def test_each_municipalitys_refund_is_in_view_on_a_phone(
    demo: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    who: str,
    url: str,
    table: str,
    lang: str,
) -> None:
    page = signed_in_page(who, app=demo, lang=lang)
    page.set_viewport_size(PHONE)
    page.goto(url)
    rows = page.locator(f"{table} tbody tr, {table} tfoot tr")
    assert rows.count() >= 6  # the five municipalities and the sums
    for row in rows.all():
        cells = assert_cells_on_screen(row, PHONE["width"])
        # Each number says what it is, its column's header being out of sight; the refund last.
        labels = [cell["before"] for cell in cells]
        refund = -2 if table == "#totals" else -1  # the payments' gaps come after it
        assert labels[refund] == f'"{REFUND[lang]}: "', labels
    assert page.evaluate(
        f"document.querySelector('{table}').scrollWidth <= document.querySelector('main').clientWidth"
    )
    axe_check(page)


@pytest.mark.usefixtures("demo_today")
def test_main_is_reached_by_tab_and_the_lists_fit_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """Tab reaches `main`; the dashboard's lists, which scrolled sideways in it on a phone (the arrow keys
    then scrolled it), now stack their rows and fit (stop 65, page-99): nothing is left to scroll."""
    page = signed_in_page("lead-gladsaxe", app=demo)
    page.set_viewport_size(PHONE)
    page.goto("/dashboard?agreement=falck-hovedstaden&period=2026-11")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate(MAIN_FOCUSED):
            break
    assert page.evaluate(MAIN_FOCUSED), page.evaluate("document.activeElement.outerHTML.slice(0, 200)")
    assert page.evaluate("(m => m.scrollWidth <= m.clientWidth)(document.querySelector('main'))")
