"""In Chromium, the company's words of stop 48 on the demo (falck): a partly refused form's refused intern
is named by their rows and name in the sent list, the row says when a later file put it right, and the
record page a "(kilde)" link opens says where on the company's own form each value stood."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from company_sent_support import URL, interns_of, send, with_words
from flask import Flask
from page_support import client_of, demo_copy_fixture
from playwright.sync_api import Page

from hub.demo.company_filler import fill_xlsx
from hub.queue import queue

demo = demo_copy_fixture("company-words-stop48", name="demo")


@pytest.mark.usefixtures("demo_today")
def test_the_company_reads_its_sent_forms_and_records_in_its_own_words(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    company = client_of(demo, "falck")
    form = company.get(URL).data
    interns = interns_of(form)
    pid, (name, weeks) = next(iter(interns.items()))
    hours = {p: {w: "3.0" for w in asked} for p, (_, asked) in interns.items()}
    send(company, with_words(fill_xlsx(form, hours, "Mads Eksempel", date(2026, 11, 2)), pid), "okt.xlsx")
    queue.run_burst(demo)
    send(company, fill_xlsx(company.get(URL).data, {pid: hours[pid]}, "M E", date(2026, 12, 1)), "okt2.xlsx")
    queue.run_burst(demo)

    page = signed_in_page("falck", app=demo)
    page.goto("/company?agreement=falck-hovedstaden&period=2026-10")
    row = page.locator("#recent tr", has=page.locator("th", has_text="okt.xlsx")).first
    assert row.locator(".put-right").inner_text() == "Rettet med filen okt2.xlsx, sendt 1. dec. 2026"
    row.locator("summary").click()  # the problems, folded until asked for
    problem = row.locator(".problems li").first.inner_text()
    rows = f"rækkerne 7–{6 + len(weeks)}" if len(weeks) > 1 else "række 7"
    assert f"{rows} ({name})" in problem and "gruppe" not in problem, problem
    axe_check(page)

    source = page.locator("#interns a").first
    source.click()
    page.wait_for_url("**/records/**")
    column = " ".join(page.locator("#values td.sources").all_inner_texts())
    assert "uge " in column and 'felt "' not in column and "celle " not in column, column
    assert "læst som 2026-W" not in column
    axe_check(page)
