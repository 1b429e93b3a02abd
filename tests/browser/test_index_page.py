"""The agreements page in a real headless Chromium (Debian's, driven by Playwright), signed in as a person."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from accounts import PASSWORD, add_user
from conftest import ROOT
from flask import Flask
from servers import chromium_path, require
from werkzeug.serving import make_server

from hub.extensions import db
from hub.services import agreements

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def live_url(app: Flask) -> Iterator[str]:
    """The app served on a free loopback port for the length of one test."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


def sign_in(page: Any, live_url: str, username: str) -> None:
    """Sign in through the login form, as a person does."""
    page.goto(live_url + "/")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_load_state()


def test_index_lists_the_four_agreements(app: Flask, live_url: str) -> None:
    executable = require(chromium_path(), "chromium")
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only this test needs a browser

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=ARGS)
        try:
            page = browser.new_page()
            sign_in(page, live_url, add_user(app, "admin"))
            page.goto(live_url + "/agreements")
            rows = page.locator("#agreements tbody tr")
            assert rows.count() == 4
            falck = page.locator('tr[data-agreement="falck-hovedstaden"]')
            assert "Gladsaxe (tovholder)" in falck.inner_text()
            assert "Furesø" in falck.inner_text()
            danfoss = page.locator('tr[data-agreement="danfoss"]')
            assert danfoss.locator("td").nth(3).inner_text() == "6"
        finally:
            browser.close()


def test_index_says_how_to_load_when_empty(app: Flask, live_url: str) -> None:
    executable = require(chromium_path(), "chromium")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=ARGS)
        try:
            page = browser.new_page()
            sign_in(page, live_url, add_user(app, "admin"))
            page.goto(live_url + "/agreements")
            assert "hub agreements load" in page.locator("#empty").inner_text()
        finally:
            browser.close()
