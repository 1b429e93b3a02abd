"""WCAG 2.2's redundant entry (3.3.7, A) on the forms that send files, in Chromium: what a person chose
once is not asked again. Stop 43 checked it by hand and found it met; these tests keep it so.

- The upload page: the municipality chosen for one sending stays chosen for the next (only the file
  field is emptied: a browser cannot fill in a file, 3.3.7's security exception).
- The company's page: its upload form sends the agreement the page shows, asked nowhere again, and the
  form to download is offered for the period the page shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from conftest import ROOT
from flask import Flask
from navigation import click_to_page
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import pick_and_send


def test_the_municipality_chosen_stays_chosen_after_sending(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    page = signed_in_page("lead-gladsaxe")
    page.goto("/upload")
    sender = page.locator("#upload-sender")
    other = sender.locator("option").nth(1).get_attribute("value")  # not the one shown first
    assert other
    sender.select_option(other)
    rows = pick_and_send(page, ROOT / "tests" / "golden" / "herlev" / "placement.csv")
    expect(rows.first).to_have_attribute("data-status", re.compile("queued|received"), timeout=30_000)
    expect(sender).to_have_value(other)
    expect(page.locator("#upload-files")).to_have_value("")


def test_the_company_page_asks_for_its_agreement_and_period_once(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    page = signed_in_page("falck")
    page.goto("/company")
    agreement = page.locator("form.pickers [name=agreement]").first.get_attribute("value") or (
        page.locator("#pick-agreement").input_value()
    )
    period = page.locator("#pick-period option").last.get_attribute("value")
    assert period
    page.select_option("#pick-period", period)
    click_to_page(page, "form.pickers button[type=submit]")
    expect(page.locator("#upload-form select")).to_have_count(0)  # nothing to choose again
    expect(page.locator("#upload-form input[name=agreement]")).to_have_value(agreement)
    expect(page.locator("form:has(#download-form) [name=period]")).to_have_value(period)
