"""In Chromium, what stop 47's walk of the company's day (falck on the demo) found: the record page a
company reaches by its hours' "(kilde)" link said "Læst med hubbens læsning deb983e6704c; dannet med
opsætning og kode 921bb8570094." (hashes for whoever checks the hub, read by an HR person as a fault code),
and the company's upload field offered "PDF, XML, XLSX og CSV", though its files are read only as the
hub's own form, PDF or XLSX (config/company.toml), so an XML or CSV was offered only to be refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page

demo = demo_copy_fixture("walk-stop47-company", name="demo")


@pytest.mark.usefixtures("demo_today")
def test_the_companys_record_page_names_no_hashes_and_the_leads_still_does(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("falck", app=demo)
    page.goto("/company?agreement=falck-hovedstaden&period=2026-10")
    source = page.locator("#interns a").first
    record = source.get_attribute("href")
    source.click()
    page.wait_for_url("**" + str(record))
    assert page.locator("h1").inner_text().startswith("Post ")
    assert page.locator("#made-with").count() == 0
    assert "hubbens læsning" not in page.locator("main").inner_text()
    axe_check(page)
    # The job centre checks what read and mapped its records: the line stays for its caseworker.
    lead = signed_in_page("lead-gladsaxe", app=demo)
    lead.goto(str(record))
    assert lead.locator("#made-with").inner_text().startswith("Læst med hubbens læsning ")


@pytest.mark.usefixtures("demo_today")
def test_the_company_is_offered_the_file_types_of_its_form(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("falck", app=demo)
    for path in ("/company", "/upload"):
        page.goto(path)
        hint = page.locator("#upload-hint").inner_text()
        assert hint == "Eller træk skemaerne herind: hvert som PDF eller XLSX eller en zip-fil med dem.", hint
        assert page.locator("#upload-files").get_attribute("accept") == ".pdf,.xlsx,.zip"
    # A municipality is offered the types its own forms come in: Herlev's are all CSV (config/municipalities/
    # herlev.toml); a PDF picked there was refused after the upload (stop 52). The lead, which sends for
    # its partners too, is offered every type one of them takes.
    herlev = signed_in_page("kommune-herlev", app=demo)
    herlev.goto("/upload")
    assert (
        herlev.locator("#upload-hint").inner_text()
        == "Eller træk filerne herind. CSV eller en zip-fil med dem."
    )
    assert herlev.locator("#upload-files").get_attribute("accept") == ".csv,.tsv,.txt,.zip"
    lead = signed_in_page("lead-gladsaxe", app=demo)
    lead.goto("/upload")
    assert "PDF, XML, XLSX og CSV" in lead.locator("#upload-hint").inner_text()
    assert lead.locator("#upload-files").get_attribute("accept") == ".pdf,.xml,.xlsx,.csv,.tsv,.txt,.zip"
