"""In Chromium, what stop 61's walk of the company's day (falck on the demo, walk-73) found: the company
sent November's form on its page, the live line said "Godkendt", the table above showed the hours, and
just below it the page still said "Der er endnu ikke indberettet mentortimer for november 2026" and, intern
by intern, "ingen timeseddel for november 2026 ... Send skemaet med mentortimer for måneden": the note and
the differences were not among the parts the page asks again once a form sent on it is final."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pytest
from flask import Flask
from openpyxl import load_workbook
from page_support import demo_copy_fixture
from playwright.sync_api import Page, expect
from upload_support import STATUSES

from hub.demo.company_filler import fill_xlsx
from hub.queue import queue

demo = demo_copy_fixture("walk-stop61-company", name="demo")
NO_SHEET = "ingen timeseddel for november 2026"


def every_week(form: bytes, hours: str) -> dict[str, dict[str, str]]:
    """`hours` in every week the form asks of every intern (its rows under the header in row 6: the
    participant id in A, the week in E)."""
    asked: dict[str, dict[str, str]] = {}
    for row in load_workbook(io.BytesIO(form)).active.iter_rows(min_row=7, values_only=True):
        if str(row[0] or "").startswith("P-") and row[4]:
            asked.setdefault(str(row[0]), {})[str(row[4])] = hours
    return asked


@pytest.mark.usefixtures("demo_today")  # 1 December 2026: the page opens on November, its form not sent
def test_after_the_form_is_sent_the_page_no_longer_says_it_is_missing(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("falck", app=demo)
    page.goto("/company?agreement=falck-hovedstaden")
    expect(page.locator("#earlier-hours")).to_be_visible()
    expect(page.locator("#gaps").get_by_text(NO_SHEET).first).to_be_visible()
    page.select_option("#form-format", "xlsx")
    with page.expect_download() as download:
        page.click("#download-form")
    form = download.value.path().read_bytes()
    asked = every_week(form, "3")
    assert len(asked) >= 10  # the demo's November: ten interns at Falck Hovedstaden's four sites
    filled = fill_xlsx(form, asked, "Jesper Kragh", date(2026, 11, 30))
    file = {"name": "timer-november.xlsx", "mimeType": "application/octet-stream", "buffer": filled}
    page.set_input_files("#upload-files", files=[file])
    page.click("#upload-form button[type=submit]")
    page.wait_for_function(f"{STATUSES}.length === 1 && ['queued', 'received'].includes({STATUSES}[0])")
    queue.run_burst(demo)
    page.wait_for_function(f"{STATUSES}[0] === 'accepted'")
    expect(page.locator("#lists-announce")).to_have_text(
        "Listerne på siden er opdateret med de sendte filer.", timeout=15_000
    )
    # The table shows the hours ...
    expect(page.locator("#interns tr[data-participant] td.hours").first).not_to_contain_text("ingen")
    # ... and the page no longer says the form is missing.
    expect(page.locator("#earlier-hours")).to_have_count(0)
    expect(page.locator("#gaps").get_by_text(NO_SHEET)).to_have_count(0)
    expect(page.locator("#gaps-heading")).to_be_visible()
    axe_check(page)
