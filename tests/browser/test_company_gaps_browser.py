"""In Chromium, the company's page tells August's gaps between granted and delivered mentor hours on the
demo (falck): the planted week of 4.5 hours on a grant of 3 (hub.demo.plants), in Danish, with what the
company can do, in a table a screen reader reads by its heading; axe finds nothing to fault."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page

demo = demo_copy_fixture("company-gaps-browser", name="demo")


@pytest.mark.usefixtures("demo_today")
def test_the_company_reads_augusts_gaps_and_what_to_do(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("falck", app=demo)
    page.goto("/company?agreement=falck-hovedstaden&period=2026-08")
    heading = page.locator("#gaps-heading")
    assert heading.inner_text() == "Afvigelser mellem bevilgede og leverede mentortimer"
    assert page.locator("#gaps-rule").inner_text() == (
        "Kun timer, der er både bevilget og leveret, betales. Til og med 31. aug. 2026:"
    )
    week = page.locator('#gaps tr[data-kind="week_above_grant"]', has_text="4,5 timer i uge ")
    assert week.count() == 1
    reason = week.locator("td.reason").inner_text()
    assert reason.startswith("4,5 timer i uge ") and reason.endswith(
        "; bevillingen dækker 3 timer om ugen: 1,5 timer over den"
    ), reason
    assert week.locator("td.action").inner_text().startswith("Tjek ugens timer på det skema, I sendte")
    # The table is named by its heading, its columns by their headers.
    assert page.locator("#gaps").get_attribute("aria-labelledby") == "gaps-heading"
    headers = page.locator("#gaps thead th").all_inner_texts()
    assert headers == ["Deltager-id", "Navn", "Afvigelse", "Det kan I gøre"]
    axe_check(page)
