"""In Chromium: the lead's payments page offers the company's files for a quarter, as the company's page
does (the payments page itself is monthly); the file downloaded is the quarter's, named as the page
names it. The company's page offers the two latest half-years too."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page, expect

demo = demo_copy_fixture("company-files-period-browser", name="demo")


@pytest.mark.usefixtures("demo_today")  # 1 December 2026, in the server's process too
def test_the_lead_downloads_the_companys_export_for_a_quarter(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], tmp_path: Path
) -> None:
    page = signed_in_page("lead-gladsaxe", app=demo)
    page.goto("/payments?agreement=falck-hovedstaden&period=2026-09")
    picker = page.get_by_label("Periode", exact=True)
    expect(picker).to_have_count(2)  # one for the export, one for the form
    expect(picker.first).to_have_value("2026-09")  # the page's month, until another is chosen
    # The months of the last year, then this quarter and the three before it.
    options = page.locator("#export-period option")
    expect(options.filter(has_text="3. kvartal 2026")).to_have_count(1)
    expect(options.filter(has_text="4. kvartal 2026")).to_have_count(1)
    expect(page.locator("#form-period option[value='2026-Q3']")).to_have_count(1)
    axe_check(page)

    page.select_option("#export-period", "2026-Q3")
    page.select_option("#export-format", "json")
    with page.expect_download() as info:
        page.click("#download-export")
    download = info.value
    assert download.suggested_filename == "udtraek-falck-hovedstaden-2026-Q3.json"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert json.loads(saved.read_text())["period"]["label"] == "2026-Q3"

    page.select_option("#form-period", "2026-Q3")
    page.select_option("#form-format", "xlsx")
    with page.expect_download() as info:
        page.click("#download-form")
    assert info.value.suggested_filename == "skema-mentortimer-falck-hovedstaden-2026-Q3.xlsx"


@pytest.mark.usefixtures("demo_today")
def test_a_partner_gets_no_picker_for_files_it_cannot_download(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("kommune-herlev", app=demo)
    page.goto("/payments?agreement=falck-hovedstaden&period=2026-09")
    expect(page.locator("#export-period")).to_have_count(0)


@pytest.mark.usefixtures("demo_today")
def test_the_company_picks_a_half_year_and_downloads_its_export(
    demo: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    """The URL takes a half-year (`period_args`), so the picker offers the two latest: on 1 December
    2026 the second half of 2026 and the first, not the second half of 2025. Chosen and shown, the
    export downloaded is the half-year's."""
    page = signed_in_page("falck", app=demo)
    page.goto("/company?agreement=falck-hovedstaden&period=2026-09")
    options = page.locator("#pick-period option")
    expect(options.filter(has_text="2. halvår 2026")).to_have_count(1)
    expect(options.filter(has_text="1. halvår 2026")).to_have_count(1)
    expect(page.locator("#pick-period option[value='2025-H2']")).to_have_count(0)
    page.select_option("#pick-period", "2026-H2")
    page.get_by_role("button", name="Vis", exact=True).click()
    expect(page.get_by_role("heading", name="Praktikanter i 2. halvår 2026")).to_have_count(1)
    page.select_option("#export-format", "json")
    with page.expect_download() as info:
        page.click("#download-export")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert json.loads(saved.read_text())["period"]["label"] == "2026-H2"
