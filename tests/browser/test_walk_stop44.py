"""In Chromium, what stop 44's walk through the demo found on a phone's width: the missing-evidence table's
reasons squeezed to a word a line."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from layout_support import boxes
from page_support import demo_copy_fixture
from playwright.sync_api import Page

demo = demo_copy_fixture("walk-stop44-browser", name="demo")


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(
    ("user", "url"), [("lead-gladsaxe", "/dashboard"), ("kommune-herlev", "/municipality")]
)
def test_a_missing_reason_reads_as_lines_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], user: str, url: str
) -> None:
    page = signed_in_page(user, app=demo)
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(url)
    reasons = page.locator("#missing td ul.plain")
    assert reasons.count() > 0, "the demo has missing evidence on this page"
    em = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('#missing td ul.plain')).fontSize)"
    )
    for n, box in enumerate(boxes(reasons)):
        assert box is not None
        # "Mangler: ingen timeseddel for november 2026, …" was one word a line, 4–6 em wide.
        assert box["width"] >= 13 * em, (n, box["width"], em)
