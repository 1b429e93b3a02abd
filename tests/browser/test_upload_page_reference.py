"""The list of files sent on the upload page gives each file the reference the hub quotes it by: the
submission number a file sent again is said to repeat ("som indsendelse 412"), under a heading that says
what it is, beside the file it names. It was the first column, "Nummer", in a list sorted by when files
came in, where a number counted over every sender read as a running count that skipped and jumped."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import pick_and_send

from hub.extensions import db
from hub.queue import queue
from hub.services import ingest

FORM = ROOT / "tests" / "golden" / "herlev" / "placement.csv"


def test_the_number_a_file_is_quoted_by_is_the_one_the_list_shows_under_its_name(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], tmp_path: Path
) -> None:
    load_agreements(app)
    with app.app_context():  # another party's file first: Herlev's numbers do not start at 1
        ingest.submit(db.session, b"x;1\n", "andet.csv", "159", "web", "user:lead-gladsaxe")
        db.session.commit()
    sent, again = tmp_path / "praktik.csv", tmp_path / "praktik-igen.csv"
    sent.write_bytes(FORM.read_bytes())
    again.write_bytes(FORM.read_bytes())
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    pick_and_send(page, sent)
    page.wait_for_function(
        "document.querySelector('#upload-results tbody tr td.status')?.dataset.status !== 'uploading'"
    )
    queue.run_burst(app)
    rows = pick_and_send(page, again)
    note = rows.nth(1).locator(".notice").first
    note.wait_for()
    quoted = re.search(r"som indsendelse (\d+)", note.inner_text())
    assert quoted, note.inner_text()
    page.reload()
    headings = page.locator("#recent thead th").all_inner_texts()
    assert headings == ["Fil", "Indsendelse nr.", "Modtaget", "Status", "Poster"]
    # The list's order is said, to the eye and to a screen reader: by when received, newest first.
    assert page.locator("#recent thead th", has_text="Modtaget").get_attribute("aria-sort") == "descending"
    about = page.locator("#recent-about").inner_text()
    assert about.startswith("Nyeste først efter hvornår filen blev modtaget."), about
    assert page.locator("#recent").get_attribute("aria-describedby") == "recent-about"
    row = page.locator("#recent tbody tr", has=page.locator("th", has_text=re.compile(r"^praktik\.csv$")))
    assert row.locator("td.number").inner_text() == quoted[1]
    assert quoted[1] != "1"  # Gladsaxe's file was number 1: the number is the hub's, not Herlev's count
    axe_check(page)
