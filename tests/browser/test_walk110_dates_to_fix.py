"""In Chromium, what walk-110 (stop 68) found on Herlev's upload page: a progress report dated after its
citizen's placement ended was refused "… borgerens praktik der løber 10. aug. 2026–6. nov. 2026: ret
blankettens datoer, eller send en rettet praktikaftale", and the row went on "Der er ikke noget galt i selve
filen … send så den samme fil igen" with "Send filen igen", a button that corrects nothing: the fixed
file, sent from it, left the refused row unlinked. The row now offers a fixed file, which corrects it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import STATUSES

from hub.queue import queue

HERLEV = ROOT / "tests" / "golden" / "herlev"
# The golden placement runs 10-08-2026 to 06-11-2026; its progress report, dated 21-09-2026, moved to 20
# November (after the last day) and then put back.
REPORT = (HERLEV / "progress_report.csv").read_bytes()
LATE = REPORT.replace(b"21-09-2026", b"20-11-2026")
WORDS = {
    "da": (
        "ret blankettens datoer, eller send en rettet praktikaftale",
        "Send en rettet fil",
        "Retter indsendelse",
    ),
    "en": (
        "correct the form's dates, or send a corrected placement agreement",
        "Send a fixed file",
        "Corrects submission",
    ),
}


def _csv(name: str, data: bytes) -> dict[str, object]:
    return {"name": name, "mimeType": "text/csv", "buffer": data}


def _read(app: Flask, page: Page, count: int, last: str) -> None:
    """Wait until `count` rows are in the queue, work it, and wait until the last row is `last`."""
    page.wait_for_function(f"{STATUSES}.length === {count} && {STATUSES}.every(s => s !== 'uploading')")
    queue.run_burst(app)
    page.wait_for_function(f"{STATUSES}[{count - 1}] === '{last}'")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_report_dated_after_its_placement_is_fixed_from_its_row(
    app: Flask, signed_in_page: Callable[..., Page], lang: str
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.goto("/upload")
    page.set_input_files(
        "#upload-files", files=[_csv("placement.csv", (HERLEV / "placement.csv").read_bytes())]
    )
    page.click("#upload-form button[type=submit]")
    _read(app, page, 1, "accepted")
    page.set_input_files("#upload-files", files=[_csv("statusrapport.csv", LATE)])
    page.click("#upload-form button[type=submit]")
    _read(app, page, 2, "rejected")
    reason, fixed, corrects = WORDS[lang]
    row = page.locator("#upload-results tbody tr").nth(1)
    expect(row.locator("ul.problems")).to_contain_text(reason)
    # The words say to correct the form: no line beside them that nothing in it is wrong.
    expect(row.locator("p.outside-file")).to_have_count(0)
    expect(row.locator("label.button")).to_have_text(fixed)
    # The report with its date put back, sent from the row, is accepted as that row's fix.
    row.locator("input.again-picker").set_input_files(files=[_csv("statusrapport.csv", REPORT)])
    page.wait_for_function(f"{STATUSES}.some(s => ['queued', 'received'].includes(s))")
    queue.run_burst(app)
    fix = page.locator("#upload-results tbody tr", has_text=corrects)
    expect(fix).to_have_attribute("data-status", "accepted")
