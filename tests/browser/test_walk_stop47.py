"""In Chromium, what stop 47's walk of the partner's day found on the upload page: a file waiting its turn
was said again at every poll ("statusrapport.csv: Venter i kø." a line each 700 ms in the live region,
for as long as it waited)."""

from __future__ import annotations

from collections.abc import Callable

from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import pick_and_send

from hub.queue import queue

HERLEV = ROOT / "tests" / "golden" / "herlev"
QUEUED = (
    "[...document.querySelectorAll('#upload-results td.status')].every(c => c.dataset.status === 'queued')"
)


def test_a_files_status_is_said_once_however_often_it_is_asked(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    pick_and_send(page, HERLEV / "placement.csv")
    page.wait_for_function(QUEUED)
    # upload.js asks again every 700 ms while a file is not read (no worker runs here until the burst):
    # five times in these 3.5 seconds.
    page.wait_for_timeout(3500)
    said = page.locator("#upload-announce").inner_text()
    assert said.count("placement.csv: Venter i kø.") == 1, said
    queue.run_burst(app)
    page.wait_for_function(
        "document.querySelector('#upload-results td.status').dataset.status === 'accepted'"
    )
    page.wait_for_timeout(1500)
    said = page.locator("#upload-announce").inner_text()
    assert said.count("placement.csv: Godkendt.") == 1, said
    assert said.count("placement.csv: Venter i kø.") == 1, said
