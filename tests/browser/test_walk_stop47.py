"""In Chromium, what stop 47's walk of the partner's day found on the upload page: a file waiting its turn
was said again at every poll ("statusrapport.csv: Venter i kø." a line each 700 ms in the live region,
for as long as it waited), and a file sent again was named again in the note under its row
("placement.csv: det samme indhold blev modtaget …" under the row "placement.csv")."""

from __future__ import annotations

import re
from collections.abc import Callable

from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import pick_and_send

from hub.queue import queue

HERLEV = ROOT / "tests" / "golden" / "herlev"
# What upload.js asks a file's status at, in the page's language (upload-69).
STATUS = re.compile(r"/api/submissions/\d+\?lang=(da|en)$")
PATIENCE_MS = 60_000  # a bound for a page that never asks or says it, not a measure (a loaded host)
QUEUED = (
    "[...document.querySelectorAll('#upload-results td.status')].every(c => c.dataset.status === 'queued')"
)


def _herlevs_upload_page(app: Flask, signed_in_page: Callable[..., Page]) -> Page:
    """Herlev's caseworker on the upload page of a hub holding the agreements and nothing sent."""
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    return page


def test_a_files_status_is_said_once_however_often_it_is_asked(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = _herlevs_upload_page(app, signed_in_page)
    pick_and_send(page, HERLEV / "placement.csv")
    page.wait_for_function(QUEUED)
    announce = page.locator("#upload-announce")
    expect(announce).to_contain_text("placement.csv: Venter i kø.")
    # upload.js asks again while a file is not read (no worker runs here until the burst), each time
    # once it has taken the answer before: the sixth question is asked after the fifth answer was said.
    for _ in range(6):
        with page.expect_request(STATUS, timeout=PATIENCE_MS):
            pass
    said = announce.inner_text()
    assert said.count("placement.csv: Venter i kø.") == 1, said
    queue.run_burst(app)
    # The answer that says it is read is the last asked: the page stops asking once a file is final.
    expect(announce).to_contain_text("placement.csv: Godkendt.", timeout=PATIENCE_MS)
    said = announce.inner_text()
    assert said.count("placement.csv: Godkendt.") == 1, said
    assert said.count("placement.csv: Venter i kø.") == 1, said


def test_a_file_sent_again_is_not_named_again_under_its_row(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = _herlevs_upload_page(app, signed_in_page)
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
    # The same name: the note says when and as which number (the list's "Indsendelse nr.") it came in.
    note = second.locator(".notice").inner_text()
    assert note.startswith("Det samme indhold blev modtaget "), note
    assert note.endswith(" som indsendelse 1"), note


STATUSES = "[...document.querySelectorAll('#upload-results td.status')]"
FINAL = STATUSES + ".every(c => ['accepted', 'rejected'].includes(c.dataset.status))"
OUTSIDE = (
    "Der er ikke noget galt i selve filen: den passer ikke til det, hubben har (oftest er borgerens "
    "praktikaftale ikke sendt endnu). Ret det, og send så den samme fil igen."
)


def _read(page: Page, app: Flask) -> None:
    """Wait until every row sent is in (none uploading), run the worker, and wait until every row is final."""
    page.wait_for_function(STATUSES + ".every(c => c.dataset.status !== 'uploading')")
    queue.run_burst(app)
    page.wait_for_function(FINAL)


def test_a_follow_up_sent_before_its_placement_says_the_file_is_right_and_is_read_when_sent_again(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    """The partner's timesheet sent before its placement agreement was rejected "ingen praktik for
    borgeren … rummer alle blankettens datoer", offering "Send en rettet fil": the caseworker looked for
    what to change in a file that was right. The same bytes are read again once the placement is in."""
    page = _herlevs_upload_page(app, signed_in_page)
    rows = pick_and_send(page, HERLEV / "mentor_hours.csv")
    _read(page, app)
    row = rows.nth(0)
    assert row.get_attribute("data-status") == "rejected"
    assert "ingen praktik for borgeren" in row.locator("ul.problems").inner_text()
    assert row.locator("p.outside-file").inner_text() == OUTSIDE
    assert row.locator("label.button").inner_text() == "Send filen igen"
    said = page.locator("#upload-announce").inner_text()
    assert OUTSIDE in said and "Send en rettet fil" not in said, said
    axe_check(page)
    # After a reload the list of files sent says so under the problem too.
    page.reload()
    page.locator("#recent details summary").first.click()
    assert page.locator("#recent p.outside-file").inner_text() == OUTSIDE
    # The placement agreement, then the same timesheet again: it is read, and stored.
    rows = pick_and_send(page, HERLEV / "placement.csv")
    _read(page, app)
    assert rows.nth(0).get_attribute("data-status") == "accepted"
    pick_and_send(page, HERLEV / "mentor_hours.csv")
    _read(page, app)
    again = rows.nth(1)
    assert again.locator(".status").inner_text() == "Allerede modtaget · Godkendt"
    assert again.locator("a").first.inner_text().startswith("Post ")


def test_a_file_with_a_problem_in_it_is_still_to_be_fixed(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """A date that does not exist is the file's: no word that nothing is wrong in it."""
    page = _herlevs_upload_page(app, signed_in_page)
    typo = (HERLEV / "placement.csv").read_bytes().replace(b"10-08-2026", b"32-08-2026")
    page.set_input_files(
        "#upload-files", files=[{"name": "placement.csv", "mimeType": "text/csv", "buffer": typo}]
    )
    page.click("#upload-form button[type=submit]")
    _read(page, app)
    row = page.locator("#upload-results tbody tr").nth(0)
    assert "ikke en dato" in row.locator("ul.problems").inner_text()
    assert row.locator("p.outside-file").count() == 0
    assert row.locator("label.button").inner_text() == "Send en rettet fil"
