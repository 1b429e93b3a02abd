"""The company's list of forms sent is the agreement's the page shows (stop 61, walk-73).

Falck has two agreements in the demo: Falck Hovedstaden, whose four monthly forms (July–October) the demo
sends as the company, and Falck Randers, whose hours Randers's job centre sends itself. The page of Falck
Randers listed Falck Hovedstaden's four files under "Skemaer, I har sendt", just below "Når et skema er
godkendt, står dets timer i tabellen ovenfor": a table whose interns those files never name.
"""

from __future__ import annotations

import pytest
from flask import Flask
from lxml import html
from page_support import client_of, demo_copy_fixture

demo = demo_copy_fixture("company-sent-per-agreement", name="demo")

# The files the demo sends for Falck Hovedstaden (`hub demo`'s company forms), one a month.
HOVEDSTADEN_FILES = [
    "demo-2026-10-falck-hovedstaden-mentortimer.pdf",
    "demo-2026-09-falck-hovedstaden-mentortimer.xlsx",
    "demo-2026-08-falck-hovedstaden-mentortimer.pdf",
    "demo-2026-07-falck-hovedstaden-mentortimer.xlsx",
]


def sent_list(page: bytes) -> tuple[list[str], str]:
    """The files named in the page's list of forms sent, and the list's text."""
    listed = html.fromstring(page).get_element_by_id("recent-list")
    files = [" ".join(th.text_content().split()) for th in listed.xpath(".//tbody/tr/th")]
    return files, listed.text_content()


@pytest.mark.usefixtures("demo_today")
def test_each_agreements_page_lists_the_forms_sent_for_it(demo: Flask) -> None:
    company = client_of(demo, "falck")
    files, _ = sent_list(company.get("/company?agreement=falck-hovedstaden").data)
    assert files == HOVEDSTADEN_FILES
    files, text = sent_list(company.get("/company?agreement=falck-randers").data)
    assert files == []
    assert "Intet sendt endnu." in text


@pytest.mark.usefixtures("demo_today")
def test_the_upload_page_still_lists_every_agreements_forms(demo: Flask) -> None:
    # The upload page sends for either agreement (its own picker) and lists all the company sent.
    page = client_of(demo, "falck").get("/upload").get_data(as_text=True)
    assert all(name in page for name in HOVEDSTADEN_FILES)
