"""In Chromium, the upload page's notices on what was stored are written as the page writes dates (the
walk of stop 62): Herlev's caseworker on the English page read "Falck Søborg (P-number 1900000101) has 4
interns at once from 2026-08-10 to 2026-11-06" beside the page's own "6 Dec 2026". A problem's reason was
already the page's (`reason_text`); a notice was the API's English, ISO dates and all, both when its row
was first final and when it was read again after a later file took the site past its places."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import STATUSES, pick_and_send

from hub.queue import queue

# Ahmad's placement at Falck Søborg (P-number 1900000101), "Startdato;10-08-2026", "Slutdato;06-11-2026";
# the agreement gives the site 3 places (config/agreements/falck-hovedstaden.toml).
GOLDEN = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
SAID = {
    "en": "Falck Søborg (P-number 1900000101) has 4 interns at once from 10 Aug 2026 to 6 Nov 2026, "
    "and 3 places in the agreement.",
    "da": "Falck Søborg (P-nummer 1900000101) har 4 praktikanter på samme tid 10. aug. 2026–6. nov. 2026, "
    "og 3 pladser i aftalen.",
}


def send_and_work(app: Flask, page: Page, files: list[Path], rows: int) -> None:
    """Pick `files` on the open upload page, work the queue, and wait until the page's rows are final."""
    pick_and_send(page, *files)
    page.wait_for_function(f"{STATUSES}.length === {rows}")
    page.wait_for_function(f"{STATUSES}.every(s => s !== 'uploading')")
    queue.run_burst(app)
    page.wait_for_function(f"{STATUSES}.every(s => s === 'accepted')")


@pytest.mark.parametrize("lang", ["en", "da"])
def test_a_notice_writes_its_dates_as_the_page_does(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path, lang: str
) -> None:
    load_agreements(app)
    add_everyone(app)
    form = GOLDEN.read_bytes()
    files = []
    for n, cpr in enumerate((b"221100-4237", b"150599-1236", b"010190-1236", b"020285-1234")):
        path = tmp_path / f"praktik-{n + 1}.csv"
        path.write_bytes(form.replace(b"221100-4237", cpr))
        files.append(path)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.goto("/upload")
    send_and_work(app, page, files[:3], 3)  # three fit the three places
    send_and_work(app, page, files[3:], 4)  # the fourth takes the site past them
    rows = page.locator("#upload-results tbody tr")
    for n in range(4):  # the fourth's notice as it came; the first three's read again afterwards
        expect(rows.nth(n).locator(".stored-notice")).to_contain_text(SAID[lang])
