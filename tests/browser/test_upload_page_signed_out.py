"""The upload page after its session ended in another tab: the file's row says it was not sent, and links
to signing in again (back to this page), instead of "the request could not be understood"."""

from __future__ import annotations

from collections.abc import Callable

from conftest import ROOT
from playwright.sync_api import Page
from upload_support import pick_and_send

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
    pick_and_send(page, PLACEMENT)
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


def test_signing_out_while_a_sent_file_is_followed_says_it_is_read_all_the_same(
    signed_in_page: Callable[..., Page],
) -> None:
    # The file is in (no worker runs here, so it waits in line); the page asks for its status until the
    # session ends in another tab. Nothing failed: the page says the file is read all the same.
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    row = pick_and_send(page, PLACEMENT)
    page.wait_for_function(
        "document.querySelector('#upload-results tbody tr td.status').dataset.status === 'queued'"
    )
    other = page.context.new_page()
    other.goto("/agreements")
    other.click("form[action='/logout'] button")
    other.wait_for_url("**/login")
    notice = row.locator("p.notice")
    notice.wait_for(timeout=30_000)
    assert notice.inner_text() == (
        "Du er ikke længere logget ind. Filen er modtaget og bliver læst alligevel. "
        "Log ind igen for at se, hvordan det gik."
    )
    assert notice.locator("a").get_attribute("href") == "/login?next=/upload"
    assert row.get_attribute("data-status") == "queued"
