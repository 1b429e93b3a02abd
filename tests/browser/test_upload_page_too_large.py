"""The upload page with a file past the size limit: the API's 413 words follow the page's own line, as
the services word a refusal to follow a prefix (decision 0062, stop 41), in the page's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import make_app
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import pick_and_send


def test_a_too_large_upload_is_said_after_the_pages_line(
    tmp_path: Path, signed_in_page: Callable[..., Page]
) -> None:
    small = load_agreements(make_app(tmp_path, UPLOAD_MAX_BYTES=2048))
    big = tmp_path / "big.csv"
    big.write_bytes(b"a;b\n" * 2000)  # 8,000 bytes, past the 2,048 the app takes
    for lang, line in (
        (
            "da",
            "Upload mislykkedes: uploaden er større end grænsen på 2.048 byte; send færre filer i én "
            "upload, eller del et stort udtræk i flere mindre filer",
        ),
        (
            "en",
            "The upload failed: the upload is larger than the limit of 2,048 bytes; send fewer files in "
            "one upload, or split a large export into several smaller files",
        ),
    ):
        page = signed_in_page("kommune-herlev", app=small, lang=lang)
        page.goto("/upload")
        rows = pick_and_send(page, big)
        said = rows.first.locator(".result p").first
        said.wait_for(timeout=30_000)
        assert said.inner_text() == f"big.csv: {line}"  # the file named: the line read alone says which
        assert rows.first.get_attribute("data-status") == "refused"
        page.context.close()
