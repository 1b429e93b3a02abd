"""In Chromium, what stop 52's walk of the demo (walk-57) found: on a phone a record's values scrolled
sideways in their box (stop 46), each row showing the field and its value and leaving where the value
comes from, what the page is for, off to the right; the company reaches the page from its "(kilde)" links,
and the auditor opens one record after another. Now each row stacks: the field beside its value, then its
sources across the screen, said after their column's name; the versions likewise. On a PC they are tables
of columns, as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from layout_support import boxes, cells_laid_out
from navigation import click_to_page
from page_support import demo_copy_fixture
from playwright.sync_api import Page

demo = demo_copy_fixture("walk-stop52", name="demo")
PHONE = {"width": 375, "height": 800}
BEFORE = "el => getComputedStyle(el, '::before').content"


def _companys_record(page: Page) -> None:
    """The record behind the first intern's October hours, as the company opens it: by "(kilde)"."""
    page.goto("/company?agreement=falck-hovedstaden&period=2026-10")
    click_to_page(page, page.locator("#interns td.hours a").first)


@pytest.mark.usefixtures("demo_today")
def test_on_a_phone_a_records_sources_are_in_view(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("falck", app=demo)
    page.set_viewport_size(PHONE)
    _companys_record(page)
    for table in ("#values", "#versions"):
        found = boxes(page.locator(f"{table} tbody th, {table} tbody td"))
        assert len(found) >= 3
        for n, box in enumerate(found):
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (table, n)
        assert int(page.locator(table).evaluate("t => t.scrollWidth")) <= PHONE["width"]
    # A value read from the form: the field beside it, the form's field it was read from below both.
    row = page.locator("#values tbody tr", has=page.locator("td.sources a")).first
    # The row's field, its value and its sources (templates/records/show.html's order), read in one call.
    laid = cells_laid_out(row, "th, td")
    field, value, sources = (cell["box"] for cell in laid)
    assert field is not None and value is not None and sources is not None
    assert abs(field["y"] - value["y"]) < 2 and field["x"] < value["x"], (field, value)
    assert sources["y"] >= value["y"] + value["height"] - 1, (value, sources)
    assert sources["width"] >= 300, sources  # across the screen, not a column a word wide
    # The header row is out of sight: the sources and a version's parts say what they are.
    assert laid[2]["before"] == '"Hvor den kommer fra: "'
    assert page.locator("#versions tbody td.changes").first.evaluate(BEFORE) == '"Hvad er ændret: "'
    axe_check(page)
    # On a PC they are tables of columns, the sources beside the value.
    page.set_viewport_size({"width": 1280, "height": 800})
    assert page.locator("#values thead").is_visible()
    laid = cells_laid_out(row)
    value, sources = laid[0]["box"], laid[1]["box"]
    assert value is not None and sources is not None
    assert abs(value["y"] - sources["y"]) < 2 and value["x"] < sources["x"], (value, sources)
    assert laid[1]["before"] == "none"
