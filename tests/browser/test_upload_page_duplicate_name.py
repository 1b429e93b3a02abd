"""The same bytes sent again under another name: the row on the upload page is the file sent now, and its
problems never name the file first sent, from the upload's answer and still once the status is read (they
used to turn to the first file's name when upload.js showed what the status URL answered). Since stop 45
a row's problems do not repeat the name the row is titled by."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import pick_and_send

from hub.queue import queue

GOLDEN = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
FINAL = "['accepted','unchanged','partial','rejected','refused','failed']"


def _final(page: Page, row: int) -> None:
    cell = f"document.querySelectorAll('#upload-results tbody tr')[{row}]?.querySelector('td.status')"
    page.wait_for_function(f"{FINAL}.includes({cell}?.dataset.status)", timeout=30_000)


def test_a_duplicate_rows_problems_name_the_file_sent_now(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    load_agreements(app)
    # A caseworker's typo: day 32. Rejected at its start date, the reason naming the file.
    typo = GOLDEN.read_bytes().replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026")
    assert typo != GOLDEN.read_bytes()
    first, again = tmp_path / "praktik.csv", tmp_path / "praktik-igen.csv"
    first.write_bytes(typo)
    again.write_bytes(typo)
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    rows = pick_and_send(page, first)
    page.wait_for_function(
        "document.querySelector('#upload-results tbody tr td.status')?.dataset.status !== 'uploading'"
    )
    queue.run_burst(app)
    _final(page, 0)
    first_shown = rows.nth(0).locator("ul.problems").inner_text()
    assert "ikke en dato" in first_shown and "praktik.csv" not in first_shown, first_shown
    pick_and_send(page, again)
    _final(page, 1)
    second = rows.nth(1)
    second.locator("ul.problems").wait_for()
    shown = second.locator("ul.problems").inner_text()
    assert "praktik-igen.csv" in second.inner_text()  # the row is the file sent now
    assert "ikke en dato" in shown and "praktik-igen.csv" not in shown, shown
    assert "praktik.csv" not in shown, shown
    # What a screen reader heard of the row names it so too.
    heard = page.locator("#upload-announce").inner_text()
    assert "praktik-igen.csv: praktik.csv" not in heard, heard
    # Nor does the note under it (stop 47: it began "praktik-igen.csv: samme indhold …").
    note = second.locator(".notice").first.inner_text()
    assert note.startswith("Samme indhold som praktik.csv, modtaget "), note
    # Rejected for its own typo, the same bytes keep their answer: said plainly, with what helps (stop 49:
    # "Allerede modtaget · Afvist" and the first answer's reasons read as if sending it again might).
    assert note.endswith(
        "; den blev afvist dengang, og det samme indhold får det samme svar: ret filen, og send den rettede"
        " fil; at sende den samme fil igen ændrer ikke noget"
    ), note
    assert second.locator("label.button").inner_text() == "Send en rettet fil"
