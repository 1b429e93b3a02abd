"""In Chromium, what stop 58's walk (walk-67) of a partner municipality's caseworker found: the placement a
Herlev caseworker had sent showed its caseworker's phone as the record keeps it, "+4544527000", on a page
that writes every other value the Danish way (the form said "44 52 70 00"; the company's page and the claim
write a number in pairs). A number read aloud to a colleague is read in pairs: "+45 44 52 70 00"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import pick_and_send

from hub.queue import queue
from hub.web.values import record_value

GOLDEN = ROOT / "tests" / "golden"
PHONE = {"width": 360, "height": 740}
STATUS = "document.querySelector('#upload-results td.status').dataset.status"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_caseworkers_phone_on_the_placement_is_written_in_pairs(
    app: Flask, signed_in_page: Callable[..., Page], lang: str
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.set_viewport_size(PHONE)
    page.goto("/upload")
    pick_and_send(page, GOLDEN / "herlev" / "placement.csv")  # "Telefon;44 52 70 00"
    page.wait_for_function(f"['queued', 'received'].includes({STATUS})")
    queue.run_burst(app)
    page.wait_for_function(f"{STATUS} === 'accepted'")
    # Found again from the municipality's own page, by the keyboard: the citizen's name leads to the record.
    page.goto("/municipality")
    citizen = page.locator("main a[href^='/records/']").first
    citizen.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    value = page.locator('tr[data-path="caseworker.phone"] td.value')
    assert value.inner_text() == "+45 44 52 70 00"
    assert value.get_attribute("title") == "+4544527000"  # the record's own text, kept for an expert
    box = value.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


def test_a_foreign_phone_is_shown_as_the_record_keeps_it(app: Flask) -> None:
    """Only a Danish number is paired: another country's is shown as written, not guessed at."""
    with app.test_request_context():
        assert record_value("placement", "caseworker.phone", "+4544527000") == "+45 44 52 70 00"
        assert record_value("placement", "caseworker.phone", "+46812345678") is None
