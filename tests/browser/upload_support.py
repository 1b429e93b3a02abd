"""Sending files on the upload page as a person does: pick them, press Send."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect
from sqlalchemy import select

from hub.extensions import db
from hub.models import Submission
from hub.queue import queue

STATUSES = "[...document.querySelectorAll('#upload-results td.status')].map(td => td.dataset.status)"


def pick_and_send(page: Any, *files: Path) -> Any:
    """Pick `files` on the open upload page and send them; returns the locator of the results' rows."""
    page.set_input_files("#upload-files", [str(f) for f in files])
    page.click("#upload-form button[type=submit]")
    return page.locator("#upload-results tbody tr")


def sent_and_all_refused(app: Any, page: Any, *files: Path) -> None:
    """Send `files` at once on the open upload page, work the queue once and wait until every row is
    refused (page-109's and page-110's partners' forms sent as the lead)."""
    pick_and_send(page, *files)
    page.wait_for_function(f"{STATUSES}.length === {len(files)}")
    page.wait_for_function(f"{STATUSES}.every(s => ['queued', 'received', 'rejected'].includes(s))")
    queue.run_burst(app)
    page.wait_for_function(f"{STATUSES}.every(s => s === 'rejected')")


def send_and_see_refused(app: Any, page: Any, sent: Path) -> None:
    """Send `sent` on the open upload page, work the queue once (the suite works it in bursts) and wait
    until the page shows the file refused."""
    pick_and_send(page, sent)
    status = "document.querySelector('#upload-results td.status').dataset.status"
    page.wait_for_function(f"['queued', 'received'].includes({status})")  # in the queue
    queue.run_burst(app)
    page.wait_for_function(f"{status} === 'rejected'")


def send_until(app: Any, page: Any, files: list[Path], status: str) -> None:
    """Send `files` on a fresh upload page, work the queue and wait until each shows `status`."""
    page.goto("/upload")
    pick_and_send(page, *files)
    page.wait_for_function(f"{STATUSES}.length === {len(files)}")
    page.wait_for_function(f"{STATUSES}.every(s => ['queued', 'received', '{status}'].includes(s))")
    queue.run_burst(app)
    page.wait_for_function(f"{STATUSES}.every(s => s === '{status}')")


def number_of(app: Any, name: str) -> int:
    """The number of the one submission stored under the file name `name`."""
    with app.app_context():
        return int(db.session.execute(select(Submission.id).where(Submission.filename == name)).scalar_one())


def send_bytes_accepted(app: Any, page: Any, name: str, data: bytes) -> None:
    """Send one file made in the test (`data`, as `name`) on the open page's upload form, work the queue
    and wait until the page shows it accepted."""
    file = {"name": name, "mimeType": "application/octet-stream", "buffer": data}
    page.set_input_files("#upload-files", files=[file])
    page.click("#upload-form button[type=submit]")
    page.wait_for_function(f"{STATUSES}.length === 1 && ['queued', 'received'].includes({STATUSES}[0])")
    queue.run_burst(app)
    page.wait_for_function(f"{STATUSES}[0] === 'accepted'")


FIXED = {"da": "Send en rettet fil", "en": "Send a fixed file"}
# Written from the page's words (hub/web/upload.py, `read_nowhere`, and its Danish).
READ_NOWHERE = {
    "da": "Ingen af de blanketter, hubben læser, passer til filen: hubben læser (endnu) ikke denne kommunes "
    "blanketter, så der er intet i den, I kan rette. Spørg tovholderen, om hubben skal læse dem. Skal filen "
    "være en af jeres egne blanketter, så tjek, at det er den rigtige, og send den med feltet ovenfor.",
    "en": "None of the forms the hub reads fits the file: the hub does not read this municipality's forms "
    "(yet), so nothing in it is yours to fix. Ask the lead job centre whether the hub is to read them. If "
    "the file should be one of your own forms, check that it is the right one and send it with the field "
    "above.",
}
# A refusal of a file no form of Herlev's fits, as the row lists it.
NOT_HERLEVS = {"da": "ikke en blanket fra Herlev Kommune", "en": "not a form Herlev Kommune sends"}


def assert_nothing_to_send(page: Any, hint: str, what_to_do: str, lang: str, axe_check: Any) -> None:
    """A refused file's row with nothing in it the sender can fix (page-90's `belongs-elsewhere`, page-93's
    `read-nowhere`): the row's `p.hint.<hint>` says what to do, and the live line too; no fixed file, no
    "send as", no file field; after a reload the list of what was sent says the same."""
    result = page.locator("#upload-results tbody tr .result")
    expect(result.locator(f"p.hint.{hint}")).to_have_text(what_to_do)
    expect(result.locator("label.button, input[type=file], button.send-as")).to_have_count(0)
    expect(result).not_to_contain_text(FIXED[lang])
    expect(page.locator("#upload-announce")).to_contain_text(what_to_do)
    axe_check(page)
    page.reload()
    page.locator("details.sent-problems summary").first.click()
    expect(page.locator(f"details.sent-problems p.hint.{hint}").first).to_have_text(what_to_do)
