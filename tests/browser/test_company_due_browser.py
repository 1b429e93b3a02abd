"""In Chromium, in English, the company's page lists what is due from it (stop 62, company-75): on the
demo's Tuesday 1 December 2026 Falck has sent no November form, so each of Falck Hovedstaden's interns
owes mentor hours for November's weeks (those whose Thursday is in November: 45–48), overdue since 30
November (fixes-109). Once Falck sends the form on the page and it is accepted, the list is asked again
with the table, and no intern owes November's mentor hours any more; a screen reader reads the list by its
heading, and axe finds nothing to fault."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page, expect
from test_walk_stop61_company import every_week
from upload_support import send_bytes_accepted

from hub.demo.company_filler import fill_xlsx

demo = demo_copy_fixture("company-due-browser", name="demo")
HOURS = '#due tr[data-kind="mentor_hours"]'


@pytest.mark.usefixtures("demo_today")
def test_the_company_reads_what_is_due_and_a_form_sent_leaves_the_list(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("falck", app=demo, lang="en")
    page.goto("/company?agreement=falck-hovedstaden")  # November, the last whole month
    assert page.locator("#due-heading").inner_text() == "What you are to send for November 2026"
    assert page.locator("#due").get_attribute("aria-labelledby") == "due-heading"
    assert page.locator("#due thead th").all_inner_texts() == [
        "Participant id",
        "Name",
        "Form",
        "Weeks",
        "Send by",
    ]
    owed = page.locator(HOURS)
    assert owed.count() >= 10  # ten interns at four sites, none of whose November hours came
    assert set(owed.locator("td.by").all_inner_texts()) == {"overdue since 30 Nov 2026"}  # read 1 December
    expect(page.locator(HOURS, has_text="weeks 45, 46, 47, 48").first).to_be_visible()
    axe_check(page)
    page.select_option("#form-format", "xlsx")
    with page.expect_download() as download:
        page.click("#download-form")
    form = download.value.path().read_bytes()
    filled = fill_xlsx(form, every_week(form, "3"), "Jesper Kragh", date(2026, 11, 30))
    send_bytes_accepted(demo, page, "timer-november.xlsx", filled)
    expect(page.locator("#lists-announce")).to_have_text(
        "The lists on this page are up to date with the files sent.", timeout=15_000
    )
    # The form received leaves the list; what it says of forms received stays.
    expect(page.locator(HOURS)).to_have_count(0)
    expect(page.locator("#due-rule")).to_contain_text("Forms already received are not listed")
    axe_check(page)
