"""In Chromium, what stop 58's walk (walk-67) of the lead job centre's month found: on a phone (360 px) the
payments page's lines showed each citizen's municipality, participant id and name; the line's claimable
hours and its refund, what the page is for, lay off to the right, to be scrolled to sideways in a box that
only a pointer scrolls. Each line now stacks, each number after its column's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from layout_support import assert_cells_on_screen, cells_laid_out
from page_support import demo_copy_fixture
from playwright.sync_api import Page

PHONE = {"width": 360, "height": 740}
demo = demo_copy_fixture("walk-stop58-lead", name="demo")
REFUND = {"da": "Refusion (kr.)", "en": "Refund (DKK)"}
HOURS = {"da": "Refusionsberettigede timer", "en": "Claimable hours"}


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("lang", ["da", "en"])
def test_each_payment_lines_refund_is_in_view_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    page = signed_in_page("lead-gladsaxe", app=demo, lang=lang)
    page.set_viewport_size(PHONE)
    page.goto("/payments?agreement=falck-hovedstaden&period=2026-11")
    rows = page.locator("#lines tbody tr")
    assert rows.count() == 10  # the demo's November: two citizens of each of the five municipalities
    for row in rows.all():
        numbers = cells_laid_out(row, "td.num")
        for cell in numbers[-2:]:  # the claimable hours, then the refund
            box = cell["box"]
            assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= PHONE["width"], (
                row.inner_text(),
                box,
            )
            # On one line: a name broken inside its word ("Refusionsberettig" over "ede timer") misreads.
            assert box["height"] < 2 * float(cell["lineHeight"])
        labels = [cell["before"] for cell in numbers]
        # Each number says what it is, its column's header being out of sight.
        assert labels[-2] == f'"{HOURS[lang]}: "' and labels[-1] == f'"{REFUND[lang]}: "', labels
    # Nothing on the lines is left to scroll to sideways.
    assert page.evaluate(
        "document.querySelector('#lines').scrollWidth <= document.querySelector('main').clientWidth"
    )
    axe_check(page)


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_dashboards_mentor_hour_gaps_each_say_what_their_numbers_are_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    """The company page's phone layout of its own `#gaps` table laid the dashboard's `#gaps` rows out as a
    grid of two columns under a header of seven: granted, delivered and claimable hours under the wrong
    headers or none, the participant id cut off at the screen's edge."""
    page = signed_in_page("lead-gladsaxe", app=demo, lang=lang)
    page.set_viewport_size(PHONE)
    page.goto("/dashboard?agreement=falck-hovedstaden&period=2026-11")
    headers = page.locator("#gaps thead th").all_inner_texts()
    rows = page.locator("#gaps tbody tr")
    assert rows.count() > 0
    for row in rows.all():
        assert_cells_on_screen(row, PHONE["width"])
        # Each number after its own column's name (the header row is out of sight).
        labels = [cell["before"] for cell in cells_laid_out(row, "td.num")]
        assert labels == [f'"{h}: "' for h in headers[-len(labels) :]], (labels, headers)
    axe_check(page)
