"""What the upload page says to a screen reader (its live region, `#upload-announce`) stays until the user
acts: a line went a minute after it was said, so a user who read the region back later, or came back to
the page, found nothing of what it had told them, and a slow test lost it too. The next Send clears it;
each row still shows its own file's status."""

from __future__ import annotations

from collections.abc import Callable

from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import pick_and_send

PLACEMENT = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
CHOOSE = "Vælg mindst én fil at sende."
QUEUED = "placement.csv: Venter i kø."


def test_what_the_page_said_stays_past_a_minute_until_the_user_sends(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    page = signed_in_page("kommune-herlev")
    page.clock.install()  # the minutes run on the page's clock, not waited for
    page.goto("/upload")
    announce = page.locator("#upload-announce")
    page.click("#upload-form button[type=submit]")  # nothing chosen
    expect(announce).to_have_text(CHOOSE)
    page.clock.fast_forward(61_000)
    expect(announce).to_have_text(CHOOSE)
    # The user acts: what was said of the Send before goes, what this one brings is said. No worker runs
    # here, so the file waits in line.
    pick_and_send(page, PLACEMENT)
    expect(announce).to_contain_text(QUEUED)
    expect(announce).not_to_contain_text(CHOOSE)
    page.clock.fast_forward(10 * 61_000)
    expect(announce).to_contain_text(QUEUED)
    assert announce.inner_text().count(QUEUED) == 1
