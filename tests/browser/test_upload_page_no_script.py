"""The upload page works without JavaScript (progressive enhancement): the lead picks two files in a
Chromium with scripts off and presses Send; the form posts to the page, and the browser lands on the upload
page again with a Danish line per file saying what became of it, and the received one in "Senest sendt"."""

from __future__ import annotations

from pathlib import Path

from accounts import PASSWORD, add_user
from conftest import ROOT
from flask import Flask
from navigation import click_to_page
from playwright.sync_api import Browser

FORM = ROOT / "tests" / "golden" / "gladsaxe" / "placement_end.pdf"


def test_the_lead_sends_two_files_without_javascript(
    app: Flask, browser: Browser, live_url: str, tmp_path: Path
) -> None:
    empty = tmp_path / "tom.csv"  # refused as it arrives (`sniff_format`: "filen er tom")
    empty.write_bytes(b"")
    username = add_user(app, "lead-gladsaxe")
    context = browser.new_context(base_url=live_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/login")
        page.fill("#username", username)
        page.fill("#password", PASSWORD)
        click_to_page(page, "form.login button[type=submit]")
        page.goto("/upload")
        page.set_input_files("#upload-files", [str(FORM), str(empty)])
        with page.expect_navigation():
            page.click("#upload-form button[type=submit]")
        assert page.url == f"{live_url}/upload"
        said = page.locator("p.flash").all_inner_texts()
        assert said == [
            "placement_end.pdf: modtaget og venter i kø på at blive læst.",
            "tom.csv: ikke modtaget: Filen er tom.",
        ]
        # The received file in the page's list, with its status in words; the refused one was not kept.
        listed = page.locator("#recent tbody tr").all_inner_texts()
        assert len(listed) == 1
        assert "placement_end.pdf" in listed[0]
        assert "Venter i kø" in listed[0]
    finally:
        context.close()
