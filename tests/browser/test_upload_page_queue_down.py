"""The upload page with the job queue (Redis) down: the file is kept and the page says so in one line,
in the page's language, instead of an error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import ROOT, make_app
from hub_process import closed_port
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import pick_and_send


def test_the_upload_page_says_kept_when_the_queue_is_down(
    tmp_path: Path, signed_in_page: Callable[..., Page]
) -> None:
    # The login's rate limits in memory: with them in Redis signing in fails while Redis is down (an
    # xfail in tests/pages/test_upload_queue_down.py); this test is about the upload.
    down = make_app(
        tmp_path, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0", RATELIMIT_STORAGE_URI="memory://"
    )
    load_agreements(down)
    golden = ROOT / "tests" / "golden" / "herlev"
    for lang, name, line in (
        ("da", "placement.csv", "gemt, behandles når køen er tilbage"),
        ("en", "mentor_support.csv", "kept, will be processed when the queue is back"),
    ):
        page = signed_in_page("kommune-herlev", app=down, lang=lang)
        page.goto("/upload")
        pick_and_send(page, golden / name)
        notice = page.locator("#upload-results p.notice")
        notice.wait_for(timeout=30_000)
        assert notice.inner_text() == line
        assert page.locator("#upload-results tbody tr").get_attribute("data-status") == "received"
        page.context.close()
