"""In Chromium, what stop 54's walk (walk-62) of the company's and the auditor's days found: a refused
file's "Send en rettet fil" opened a file picker offering PDF, XML, XLSX and CSV to every sender, though
the page's own field offers only the types the sender's forms come in (stop 47, stop 52): Herlev, whose
forms are all CSV, was offered a PDF to send back, to be refused again after the upload."""

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
PHONE = {"width": 360, "height": 740}


def test_the_fixed_file_is_picked_from_the_senders_own_file_types(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev", lang="en")
    page.set_viewport_size(PHONE)
    page.goto("/upload")
    pick_and_send(page, GOLDEN / "ballerup" / "progress_report.pdf")  # Ballerup's form, sent as Herlev
    status = "document.querySelector('#upload-results td.status').dataset.status"
    page.wait_for_function(f"['queued', 'received'].includes({status})")
    queue.run_burst(app)
    page.wait_for_function(f"{status} === 'rejected'")
    picker = page.locator("#upload-results input.again-picker")
    # Herlev's forms are all CSV (config/municipalities/herlev.toml): a CSV or a zip of them, as above.
    assert picker.get_attribute("accept") == ".csv,.zip"
    # Reached with the keyboard: Tab from the main field's Send button lands on it, its label ringed.
    page.focus("#upload-form button[type=submit]")
    for _ in range(5):
        page.keyboard.press("Tab")
        if picker.evaluate("p => p === document.activeElement"):
            break
    assert picker.evaluate("p => p === document.activeElement")
    label = page.locator("#upload-results label.button")
    assert label.evaluate("l => getComputedStyle(l).outlineStyle") == "solid"
    box = label.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
