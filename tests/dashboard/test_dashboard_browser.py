"""The lead's dashboard and the partner's view in a real headless Chromium, in Danish and English, with
axe-core finding no serious or critical accessibility violation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from accounts import PASSWORD, add_user
from conftest import make_app
from flask import Flask
from live_app import served
from store import NAMES, build, more

from hub.extensions import db

SHOTS = os.environ.get("HUB_TEST_SCREENSHOTS", "")  # a folder for screenshots, when a person wants them


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The hand-built store plus 30 more Gladsaxe placements, served on a free loopback port."""
    app: Flask = make_app(tmp_path_factory.mktemp("dashboard-browser"))
    build(app)
    more(app, 30)
    for name in ("lead-gladsaxe", "kommune-herlev"):
        add_user(app, name)
    with served(app) as url:
        yield url
    with app.app_context():
        db.engine.dispose()


def _signed_in(browser: Any, live_url: str, username: str) -> Any:
    page = browser.new_page()
    page.goto(live_url + "/")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_load_state()
    return page


def _serious(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_lead_dashboard_reads_and_passes_axe(browser: Any, live_url: str, lang: str) -> None:
    page = _signed_in(browser, live_url, "lead-gladsaxe")
    if lang == "en":
        page.click("button[name=lang][value=en]")
        page.wait_for_load_state()
    assert page.url.endswith("/dashboard")  # the lead's first page
    page.select_option("#month", "2026-09")
    page.click("form.picker button[type=submit]")
    page.wait_for_load_state()
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/dashboard-lead-{lang}.png", full_page=True)
    total = page.locator("#municipalities tfoot .claim-total").inner_text()
    # A's 3,536.50 + B's 2,356.75 (see test_dashboard_numbers.py); Gladsaxe's 30 more placements have
    # neither a grant nor hours, so they claim nothing.
    assert total == ("5.893,25" if lang == "da" else "5,893.25")
    herlev = page.locator('#municipalities tr[data-municipality="163"]').inner_text()
    assert ("2.356,75" if lang == "da" else "2,356.75") in herlev
    assert "030304-XXXX" in page.locator("#gaps").inner_text()  # D, Ballerup's, first of the list
    assert page.locator("svg[role=img] title").count() == 1
    assert _serious(page) == []
    page.close()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_partner_view_shows_only_its_own_citizens_and_passes_axe(
    browser: Any, live_url: str, lang: str
) -> None:
    page = _signed_in(browser, live_url, "kommune-herlev")
    if lang == "en":
        page.click("button[name=lang][value=en]")
        page.wait_for_load_state()
    assert page.url.endswith("/municipality")  # the partner's first page
    page.goto(live_url + "/municipality?month=2026-09")
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/dashboard-partner-{lang}.png", full_page=True)
    text = page.locator("main").inner_text()
    assert NAMES["B"] in text and "150500-4235" in text
    assert all(NAMES[other] not in text for other in ("A", "C", "D", "E"))
    gladsaxe = page.locator('#municipalities tr[data-municipality="159"]').inner_text()
    assert "3.536,50" not in gladsaxe and "3,536.50" not in gladsaxe  # only counts of the others
    assert _serious(page) == []
    page.close()
