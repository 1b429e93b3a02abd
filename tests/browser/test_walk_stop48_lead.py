"""In Chromium, what stop 48's walk of the lead job centre's day (lead-gladsaxe on the demo) found on its
pages: a partner's form sent with "Send som kommune" left at Gladsaxe was rejected with "den ligner Herlev
Kommunes blanket …: er den deres, så send den som Herlev Kommune", and the only way offered was "Send en
rettet fil", a file picker that sent as Gladsaxe again: nothing said to change the field above first. On a
phone the table of files sent showed each file's name and its progress bar; its status ("Afvist") and why
lay off to the right, to be scrolled to in every row."""

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


PHONE = {"width": 375, "height": 800}


def test_on_a_phone_a_sent_files_status_and_why_are_in_view(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev")
    page.set_viewport_size(PHONE)
    page.goto("/upload")
    rows = pick_and_send(page, GOLDEN / "ballerup" / "progress_report.pdf")
    _wait_final(page, app)
    row = rows.first
    # Read without scrolling sideways: the whole row within the screen.
    for part in ("th", "td.status", ".result li", ".result .button"):
        box = row.locator(part).first.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (part, box)
    # (The list of files sent before is a data table that scrolls inside main, as every wide table does.)
    table = page.locator("#upload-results").bounding_box()
    assert table is not None and table["x"] + table["width"] <= PHONE["width"], table
    # Still a table to a screen reader: the file's name heads its row, its status is a cell of it.
    sent = page.locator("#upload-results")
    assert sent.get_by_role("rowheader", name="progress_report.pdf").count() == 1
    assert sent.get_by_role("cell", name="Afvist").count() == 1
    axe_check(page)
