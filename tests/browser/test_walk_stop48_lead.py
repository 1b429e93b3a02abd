"""In Chromium, what stop 48's walk of the lead job centre's day (lead-gladsaxe on the demo) found on its
pages: a partner's form sent with "Send som kommune" left at Gladsaxe was rejected with "den ligner Herlev
Kommunes blanket …: er den deres, så send den som Herlev Kommune", and the only way offered was "Send en
rettet fil", a file picker that sent as Gladsaxe again: nothing said to change the field above first."""

from __future__ import annotations

from collections.abc import Callable

from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import pick_and_send

from hub.queue import queue

GOLDEN = ROOT / "tests" / "golden"
FINAL = (
    "['accepted', 'rejected', 'partial'].includes(document.querySelector('#upload-results td.status')"
    ".dataset.status)"
)


def _wait_final(page: Page, app: Flask) -> None:
    """The one row has left the queue (the worker runs in bursts here) and is final."""
    page.wait_for_function(
        "['queued', 'received'].includes(document.querySelector('#upload-results td.status').dataset.status)"
    )
    queue.run_burst(app)
    page.wait_for_function(FINAL)


def test_a_partners_form_sent_as_the_lead_is_sent_as_the_partner_with_one_press(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("lead-gladsaxe")
    page.goto("/upload")
    assert page.locator("#upload-sender").input_value() == "159"  # the lead's own, as a lead forgets it
    rows = pick_and_send(page, GOLDEN / "herlev" / "placement.csv")
    _wait_final(page, app)
    row = rows.first
    assert row.locator("td.status").get_attribute("data-status") == "rejected"
    assert "så send den som Herlev Kommune" in row.locator(".result").inner_text()
    again = row.locator("button.send-as")
    assert again.inner_text() == "Send filen som Herlev"
    # By keyboard, as the row's other way on.
    again.focus()
    page.keyboard.press("Enter")
    _wait_final(page, app)
    assert row.locator("td.status").get_attribute("data-status") == "accepted"
    assert row.locator(".result a").first.inner_text().startswith("Post ")
    # The field above is left as it was: the next file is the lead's own again.
    assert page.locator("#upload-sender").input_value() == "159"
