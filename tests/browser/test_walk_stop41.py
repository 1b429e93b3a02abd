"""In Chromium, what stop 41's walk through the demo found: a month picker that showed another month
than the page, and a refused period whose page said to reload it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from navigation import click_to_page
from page_support import demo_copy_fixture
from playwright.sync_api import Page, expect

demo = demo_copy_fixture("walk-stop41-browser", name="demo")


@pytest.mark.usefixtures("demo_today")  # 1 December 2026, in the server's process too
@pytest.mark.parametrize(
    ("user", "url", "picker", "shown"),
    [
        # January 2025 is older than the payments picker's twelve months (January–December 2026) and
        # before the dashboards' first month: the picker said "december 2026" over January 2025's table.
        ("lead-gladsaxe", "/payments?agreement=falck-hovedstaden&period=2025-01", "#pick-period", "2025-01"),
        ("lead-gladsaxe", "/dashboard?month=2025-01", "#month", "2025-01"),
        ("kommune-herlev", "/municipality?month=2025-01", "#month", "2025-01"),
    ],
)
def test_the_month_picker_shows_the_month_the_page_shows(
    demo: Flask, signed_in_page: Callable[..., Page], user: str, url: str, picker: str, shown: str
) -> None:
    page = signed_in_page(user, app=demo)
    page.goto(url)
    expect(page.locator(picker)).to_have_value(shown)
    expect(page.locator(f"{picker} option:checked")).to_have_text("januar 2025")
    # Showing it again keeps the month (it jumped to the picker's newest).
    click_to_page(page, page.locator(picker).locator("xpath=ancestor::form").locator("button[type=submit]"))
    expect(page.locator(picker)).to_have_value(shown)


@pytest.mark.usefixtures("demo_today")
def test_a_refused_period_says_to_change_it_not_to_reload(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("lead-gladsaxe", app=demo)
    answer = page.goto("/payments?agreement=falck-hovedstaden&period=2026-Q3")
    assert answer is not None and answer.status == 400
    expect(page.locator("#error-message")).to_have_text(
        "Betalingerne opgøres pr. måned; 3. kvartal 2026 er ikke en måned."
    )
    expect(page.locator("#error-advice")).to_have_text(
        "Gå tilbage, ret det, som beskeden ovenfor nævner, og prøv igen."
    )
    english = signed_in_page("lead-gladsaxe", app=demo, lang="en")
    english.goto("/payments?agreement=falck-hovedstaden&period=2026-Q3")
    expect(english.locator("#error-advice")).to_have_text(
        "Go back and change what the message above names, then try again."
    )


@pytest.mark.usefixtures("demo_today")
def test_the_companys_month_without_hours_yet_offers_the_month_before(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    # On 1 December the page opens on November, whose form is not sent yet: every row said "ingen
    # indberettet", and nothing said that October's hours are there.
    page = signed_in_page("falck", app=demo)
    page.goto("/company")
    expect(page.locator("#interns td.hours").first).to_have_text("ingen indberettet")
    note = page.locator("#earlier-hours")
    expect(note).to_have_text("Der er endnu ikke indberettet mentortimer for november 2026. Se oktober 2026.")
    axe_check(page)
    click_to_page(page, note.get_by_role("link", name="Se oktober 2026"))
    expect(page.locator("#pick-period")).to_have_value("2026-10")
    expect(page.locator("#interns-heading")).to_have_text("Praktikanter i oktober 2026")
    expect(page.locator("#earlier-hours")).to_have_count(0)  # a month asked for is shown as it is
