"""In Chromium, what stop 45's walk through the demo found on a phone's width: a span of days broken
inside its dates, a site's P number broken from its "P", the agreements table out of a keyboard's reach,
and the records a file made one a line."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask
from layout_support import LINES, SCROLLER, boxes
from page_support import demo_copy_fixture
from playwright.sync_api import Page, expect

demo = demo_copy_fixture("walk-stop45-browser", name="demo")

DAY = r"\d{1,2}\. [a-zæøå]{3,4}\. \d{4}"
SPAN = re.compile(rf"{DAY}–{DAY}")
WHOLE_LINES = re.compile(rf"{DAY}–?")


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(
    ("user", "url", "table"),
    [
        ("falck", "/company?period=2026-10", "#interns"),
        ("lead-gladsaxe", "/payments?period=2026-11", "#lines"),
    ],
)
def test_a_span_of_days_breaks_only_after_its_dash_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], user: str, url: str, table: str
) -> None:
    page = signed_in_page(user, app=demo)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(url)
    # Each cell's text and lines in one script call (a call a cell was most of this test's CPU, stop 66).
    read = f"cells => cells.map(c => [c.innerText, ({LINES})(c)])"
    cells = page.locator(f"{table} tbody td").evaluate_all(read)
    spans = [lines for text, lines in cells if SPAN.fullmatch(text.strip())]
    assert len(spans) >= 10, "the demo's month has ten or more placements in this table"
    for lines in spans:
        # "21. sep." / "2026–" / "28. feb." / "2027" was four lines a row, and "2026–28." read as years.
        assert len(lines) <= 2 and all(WHOLE_LINES.fullmatch(line) for line in lines), lines


@pytest.mark.usefixtures("demo_today")
def test_a_sites_p_number_stays_on_one_line_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("lead-gladsaxe", app=demo)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/dashboard")
    numbers = page.locator("#sites tbody th .muted")
    assert numbers.count() == 4, "the agreement's four sites"
    # "(P" above "1900000101)": an inline element broken over lines has a box a line. Each number's boxes
    # and its text (what `inner_text()` gives) read in one script call (decision 0058, stop 66).
    for rects, text in numbers.evaluate_all("els => els.map(e => [e.getClientRects().length, e.innerText])"):
        assert rects == 1, text


@pytest.mark.parametrize("user", ["lead-gladsaxe", "falck"])
def test_the_agreements_table_is_in_a_keyboards_reach_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], user: str
) -> None:
    """The table holds no link or field, so nothing in `main` could take the focus: on a phone its
    right-hand columns (payment terms) were out of a keyboard's reach, and axe called it serious. Its
    scrolling region took the focus (stop 45); since stop 65 (page-93) its rows stack on a phone, so
    every column is on the screen and nothing is left to scroll to."""
    page = signed_in_page(user, app=demo)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/agreements")
    table = page.locator("#agreements")
    assert table.evaluate(SCROLLER) is None, "the stacked rows fit 390 px: no region scrolls"
    assert table.evaluate("t => t.getBoundingClientRect().right <= document.documentElement.clientWidth")
    axe_check(page)


@pytest.mark.usefixtures("demo_today")
def test_the_records_a_file_made_are_folded_under_their_form_and_month_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """The company's October form made a record per intern; at 390 px the upload list's column gave each
    "Post 353 v1" a line of its own, thirteen lines in one row (stop 45 put two to a line). Since
    page-123 they are folded under "Mentortimer, oktober 2026: 13 poster", each named by its intern
    when opened, and on the screen."""
    page = signed_in_page("lead-gladsaxe", app=demo)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/upload")
    row = page.locator("#recent tbody tr", has_text="demo-2026-10-falck-hovedstaden-mentortimer.pdf")
    group = row.locator("details.made")
    expect(group.locator("summary")).to_have_text(re.compile(r"Mentortimer, oktober 2026: 1\d poster"))
    # Folded, the row is its file's lines and the summary's (it was 700 px high, 231 px at stop 45).
    assert row.evaluate("r => r.getBoundingClientRect().height") < 231
    group.locator("summary").click()
    refs = group.locator("a[href*='/records/']")
    assert refs.count() >= 10, "a record per intern of October"
    drawn = boxes(refs)  # one script call (decision 0058, stop 66)
    assert all(box is not None for box in drawn), drawn  # every reference drawn once opened
    assert refs.first.inner_text().endswith("deltager 1")  # "Anders Andersen (P-…), deltager 1"
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
