"""In Chromium, what stop 47's walk of the partner's day found on the upload page: a file waiting its turn
was said again at every poll ("statusrapport.csv: Venter i kø." a line each 700 ms in the live region,
for as long as it waited), and a file sent again was named again in the note under its row
("placement.csv: det samme indhold blev modtaget …" under the row "placement.csv")."""

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


def test_a_file_sent_again_is_not_named_again_under_its_row(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    rows = pick_and_send(page, HERLEV / "placement.csv")
    page.wait_for_function(QUEUED)
    queue.run_burst(app)
    page.wait_for_function(
        "document.querySelector('#upload-results td.status').dataset.status === 'accepted'"
    )
    pick_and_send(page, HERLEV / "placement.csv")
    second = rows.nth(1)
    second.locator(".notice").wait_for()
    assert second.locator("th").inner_text() == "placement.csv"
    # The same name: the note says when and as which number (the list's "Nummer") it came in.
    note = second.locator(".notice").inner_text()
    assert note.startswith("Det samme indhold blev modtaget "), note
    assert note.endswith(" som indsendelse 1"), note
