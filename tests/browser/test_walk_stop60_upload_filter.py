"""In Chromium, the upload page's list of files sent narrowed to those the sender has still to act on
(the walk of stop 60): a partner's caseworker found a refused file among a month's accepted ones only by
paging through every "Godkendt". "Viste filer: Kun afviste eller delvist godkendte filer" shows the
rejected and partly accepted ones alone, by keyboard, and the choice stays on the page's address."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import number_of, send_until

GOLDEN = ROOT / "tests" / "golden" / "herlev" / "placement.csv"  # Ahmad's, "CPR-nr.;221100-4237"
WORDS = {
    "da": ("Viste filer", "Kun afviste eller delvist godkendte filer", "Ingen sendt fil er afvist"),
    "en": ("Files shown", "Only rejected or partly accepted files", "No file sent was rejected"),
}


def _shown_rejected(url: str) -> bool:
    """The list's address with the choice made; page-123's other filters, empty, left out (page-128)."""
    parts = urlsplit(url)
    return parts.path == "/upload" and parse_qs(parts.query).get("show") == ["rejected"]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_list_of_files_sent_shows_the_rejected_alone(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path, lang: str
) -> None:
    load_agreements(app)
    add_everyone(app)
    good = GOLDEN.read_bytes()
    (tmp_path / "god.csv").write_bytes(good)
    (tmp_path / "fejl.csv").write_bytes(good.replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026"))
    label, rejected_only, none_left = WORDS[lang]
    page = signed_in_page("kommune-herlev", lang=lang)
    send_until(app, page, [tmp_path / "god.csv"], "accepted")
    page.goto("/upload")
    # Nothing refused yet: the list narrowed says so, rather than an empty table or "nothing sent".
    page.get_by_label(label).focus()
    page.get_by_label(label).select_option(label=rejected_only)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # in the next filter's field: the form is sent
    page.wait_for_url(_shown_rejected)
    assert none_left in page.locator("#recent-list").inner_text()

    send_until(app, page, [tmp_path / "fejl.csv"], "rejected")
    good_id, refused_id = number_of(app, "god.csv"), number_of(app, "fejl.csv")
    page.goto("/upload")
    assert page.locator("#recent tbody tr").count() == 2  # every file by default
    page.get_by_label(label).focus()
    page.keyboard.press("ArrowDown")  # the second option, by keyboard
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # in the next filter's field: the form is sent
    page.wait_for_url(_shown_rejected)
    rows = page.locator("#recent tbody tr")
    ids = rows.evaluate_all("rows => rows.map(row => row.getAttribute('id'))")  # one call, not one a row
    assert ids == [f"submission-{refused_id}"]
    assert page.locator(f"#submission-{good_id}").count() == 0
    assert page.get_by_label(label).input_value() == "rejected"  # the choice is shown as made
