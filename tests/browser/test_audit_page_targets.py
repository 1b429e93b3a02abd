"""The municipality's audit page: its download links are targets a finger or a shaking hand can hit
(WCAG 2.2, 2.5.8 target size: 24 by 24 CSS pixels, or that much room around). Stop 42's review found
the two stacked links a line of text high (19 px) and 22.4 px apart; the suite's axe run then checked
WCAG 2.1, which has no such rule, so this test asks axe for that one rule (every page's axe run has it
since stop 43)."""

from __future__ import annotations

from collections.abc import Callable

from axe_playwright_python.sync_playwright import Axe
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page, expect

demo = demo_copy_fixture("audit-targets-browser", name="demo")


def test_the_download_links_are_big_enough_to_hit(demo: Flask, signed_in_page: Callable[..., Page]) -> None:
    page = signed_in_page("kommune-herlev", app=demo)
    page.goto("/audit")
    expect(page.locator("#download-bundle")).to_be_visible()
    options = {"runOnly": {"type": "rule", "values": ["target-size"]}, "resultTypes": ["violations"]}
    violations = Axe().run(page, options=options).response["violations"]
    assert violations == [], [n["target"] for v in violations for n in v["nodes"]]
