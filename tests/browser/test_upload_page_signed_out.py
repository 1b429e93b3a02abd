"""The upload page after its session ended in another tab: the file's row says it was not sent, and links
to signing in again (back to this page), instead of "the request could not be understood"."""

from __future__ import annotations

from collections.abc import Callable

from conftest import ROOT
from playwright.sync_api import Page

PLACEMENT = ROOT / "tests" / "golden" / "herlev" / "placement.csv"


def test_an_upload_after_signing_out_in_another_tab_links_to_signing_in(
    signed_in_page: Callable[..., Page],
) -> None:
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    other = page.context.new_page()
    other.goto("/agreements")
    other.click("form[action='/logout'] button")
    other.wait_for_url("**/login")
    page.set_input_files("#upload-files", [str(PLACEMENT)])
    page.click("#upload-form button[type=submit]")
    notice = page.locator("#upload-results p.notice")
    notice.wait_for(timeout=30_000)
    assert (
        notice.inner_text()
        == "Du er ikke længere logget ind, så filen blev ikke sendt. Log ind igen, og send den så."
    )
    assert notice.locator("a").get_attribute("href") == "/login?next=/upload"
    assert page.locator("#upload-results tbody tr").get_attribute("data-status") == "refused"
    notice.locator("a").click()
    page.wait_for_url("**/login?next=/upload")
