"""In Chromium, what stop 50's walk of the company's day (falck on the demo) found: on a phone the
interns' table, scrolled inside the page, showed each intern's participant id, name and site; the mentor
hours, what the page is for and the company sends every month, lay off to the right of every row, with
the period and the job centre. Now each row stacks: the id beside the name, the site beside the job centre,
then the period beside the hours, said after their column's name. On a PC it is a table of columns, as
before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from layout_support import boxes, cells_laid_out
from page_support import demo_copy_fixture
from playwright.sync_api import Page

demo = demo_copy_fixture("walk-stop50-company", name="demo")
PHONE = {"width": 375, "height": 800}
URL = "/company?agreement=falck-hovedstaden&period=2026-10"
BEFORE = "el => getComputedStyle(el, '::before').content"


@pytest.mark.usefixtures("demo_today")
def test_on_a_phone_each_interns_hours_are_in_view(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("falck", app=demo)
    page.set_viewport_size(PHONE)
    page.goto(URL)
    table = page.locator("#interns")
    rows = table.locator("tbody tr")
    assert rows.count() >= 10  # the demo's October: ten interns or more (as the page's stop-45 test says)
    for part in ("tbody th", "tbody td", "tbody td.hours a"):
        for n, box in enumerate(boxes(table.locator(part))):
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (part, n)
    # (main still scrolls sideways for the page's other tables: the deviations' and the forms sent.)
    assert int(table.evaluate("t => t.scrollWidth")) <= PHONE["width"]
    # October 2026's weeks by their Thursdays: 40 (1 Oct) to 44 (29 Oct); the header row is out of sight,
    # so the cell says what its number is.
    hours = rows.first.locator("td.hours")
    assert hours.evaluate(BEFORE) == '"Mentortimer, uge 40–44: "'
    # Still a table to a screen reader: the participant heads its row, the rest are its cells.
    assert table.get_by_role("rowheader").count() == rows.count()
    assert table.get_by_role("columnheader", name="Mentortimer, uge 40–44").count() == 1
    axe_check(page)


@pytest.mark.usefixtures("demo_today")
def test_on_a_pc_the_interns_table_keeps_its_columns(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("falck", app=demo)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(URL)
    row = page.locator("#interns tbody tr").first
    # The row's header cell, then its hours (the page's order), each read in the one script call.
    th, td = cells_laid_out(row, "th, td.hours")
    assert td["before"] == "none"  # the column heads it
    participant, hours = th["box"], td["box"]
    assert participant is not None and hours is not None
    assert abs(participant["y"] - hours["y"]) < 2 and hours["x"] > participant["x"]  # one line, side by side
