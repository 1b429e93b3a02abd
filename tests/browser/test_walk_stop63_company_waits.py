"""In Chromium, the company page's note of the week a payment waits for (company-76, the walk of stop 63,
walk-82): once November's form is in and week 49 is over, the row asking for week 49 says why, once,
in the page's language, on a desktop and a phone, axe clean; and a row's empty cell, stacked on a
phone, no longer stands as its column's name alone.

On a copy of the lived demo (tests/pages/test_company_due_page.py tells the story): Falck sends 3 hours
in each week of November's form; a line that runs to Monday 30 November lacks that day, on December's
form (week 49, Thursday 3 December), read on Tuesday 8 December."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from company_sent_support import interns_of, send
from flask import Flask
from page_support import client_of, demo_copy_fixture
from playwright.sync_api import Page, expect

from hub.demo.company_filler import fill_xlsx
from hub.queue import queue
from hub.services import agreement_reads, company_page

demo = demo_copy_fixture("walk-82-company", name="demo")
PAGE = "/company?agreement=falck-hovedstaden&period=2026-11"
FORM = "/company/form?agreement=falck-hovedstaden&kind=mentor_hours&format=xlsx&period=2026-11"
PHONE = {"width": 375, "height": 740}
# Written from company-76's words (hub/exports/company_asked.py): the week with its year, as the form says.
SAID = {
    "da": "Uge 49 2026 er på skemaet for december 2026. Jobcentrets betaling for november 2026 venter på "
    "disse timer.",
    "en": "Week 49 2026 is on the form for December 2026. The job centre's payment for November 2026 waits "
    "for these hours.",
}


@pytest.fixture(scope="module")
def november_sent(demo: Flask) -> Flask:
    """Falck's November form sent with 3 hours in each of its weeks, and read."""
    falck = client_of(demo, "falck")
    form = falck.get(FORM).data
    hours = {pid: dict.fromkeys(weeks, "3.0") for pid, (_, weeks) in interns_of(form).items()}
    send(falck, fill_xlsx(form, hours, "Mads Eksempel", date(2026, 12, 1)), "november.xlsx")
    queue.run_burst(demo)
    return demo


@pytest.fixture
def on_8_december(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The day the company's page is read on (the demo's clock stays 1 December): week 49 is over."""
    for module in (company_page, agreement_reads):
        monkeypatch.setattr(module, "local_today", lambda: date(2026, 12, 8))
    yield


@pytest.mark.usefixtures("demo_today", "on_8_december")
@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_awaited_week_is_said_on_its_row(
    november_sent: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    lang: str,
    viewport: dict[str, int] | None,
) -> None:
    page = signed_in_page("falck", app=november_sent, lang=lang)
    if viewport:
        page.set_viewport_size(viewport)
    page.goto(PAGE)
    rows = page.locator("#due tbody tr[data-waits]")
    expect(rows.first).to_be_visible()
    for n in range(rows.count()):
        expect(rows.nth(n).locator(".waits")).to_have_text([SAID[lang]])
    # A progress report asks no weeks: on a phone its empty cell stood as a bare "Uger:" (walk-82).
    empty = page.locator("#due td[data-label]:empty")
    assert empty.count() > 0
    for n in range(empty.count() if viewport else 0):  # a desktop's table keeps its cells in columns
        expect(empty.nth(n)).to_be_hidden()
    axe_check(page)
