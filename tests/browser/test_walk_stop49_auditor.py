"""In Chromium, what stop 49's walk of the auditor's day (revisor-ballerup on the demo) found: on a phone
the completeness table, scrolled inside the page, showed each placement's participant, placement and
"✓ ja"; the rules it was checked by and the files each rests on (the evidence the page is for) lay off
to the right of every row, to be scrolled to, the row's left a column of white 700 px high."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from layout_support import SCROLLER
from page_support import demo_copy_fixture
from playwright.sync_api import Page

demo = demo_copy_fixture("walk-stop49-auditor", name="demo")
PHONE = {"width": 375, "height": 800}


def _within(page: Page, selector: str) -> None:
    """Every element `selector` finds lies wholly on the phone's screen, none to be scrolled to sideways."""
    boxes = page.locator(selector)
    assert boxes.count() > 0, selector
    for n in range(boxes.count()):
        box = boxes.nth(n).bounding_box()
        on_screen = box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        assert on_screen, (selector, n, box)


@pytest.mark.usefixtures("demo_today")
def test_on_a_phone_each_placements_rules_and_files_are_in_view(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("revisor-ballerup", app=demo)
    page.set_viewport_size(PHONE)
    page.goto("/audit?period=2026-Q3")
    rows = page.locator("#completeness tbody tr")
    assert rows.count() == 3  # Ballerup's placements of the quarter (as the page's summary says)
    # The participant, whether complete, each rule with its outcome and each file it rests on: all in view.
    for part in ("tbody th", "tbody td", "ul.checks li", "ul.checks a.file"):
        _within(page, f"#completeness {part}")
    assert page.locator("#completeness").evaluate(SCROLLER) is None  # nothing left to scroll to
    # The column's name is gone with the header row, so the cell says what its "✓ ja" answers.
    first = rows.first.locator("td").nth(1)
    assert first.inner_text() == "Komplet: ✓ ja", first.inner_text()
    # Still a table to a screen reader: the participant heads its row, the rest are its cells.
    table = page.locator("#completeness")
    assert table.get_by_role("rowheader").count() == 3
    assert table.get_by_role("columnheader", name="Regler").count() == 1
    assert table.get_by_role("cell").count() == 9
    axe_check(page)


@pytest.mark.usefixtures("demo_today")
def test_on_a_pc_the_completeness_table_keeps_its_columns(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("revisor-ballerup", app=demo)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/audit?period=2026-Q3")
    row = page.locator("#completeness tbody tr").first
    # The column heads the cell: no "Komplet:" in it, and the rules stand beside the participant.
    assert row.locator("td").nth(1).inner_text() == "✓ ja"
    participant, rules = row.locator("th").bounding_box(), row.locator("td").nth(2).bounding_box()
    assert participant is not None and rules is not None
    assert rules["x"] > participant["x"] + participant["width"] and rules["y"] == participant["y"]
