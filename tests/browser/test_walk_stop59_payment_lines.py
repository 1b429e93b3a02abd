"""In Chromium, what stop 58's walk left noticed on the payments page: a payment line named its participant
but led nowhere, so the lead (or a partner reading its own claim's lines) had to find the citizen on the
dashboard to see the placement the line pays for. Each line's participant id now links to its placement's
page, by the keyboard too, only where the user may open that page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page
from sqlalchemy import select

from hub.extensions import db
from hub.models import Placement, Record

demo = demo_copy_fixture("walk-stop59-lines", name="demo")
MONTH = "/payments?agreement=falck-hovedstaden&period=2026-11"


def _placement_records(app: Flask) -> dict[str, int]:
    """Every participant's placement record, from the database (where each line should lead)."""
    with app.app_context():
        rows = db.session.execute(
            select(Placement.participant_id, Record.id).join(
                Record, (Record.placement_id == Placement.id) & (Record.form_type == "placement")
            )
        )
        return {participant: record_id for participant, record_id in rows}


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(("who", "lines"), [("lead-gladsaxe", 10), ("kommune-herlev", 2)])
def test_each_payment_line_leads_to_its_placement(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], who: str, lines: int
) -> None:
    records = _placement_records(demo)
    page = signed_in_page(who, app=demo, lang="en")
    page.goto(MONTH)
    rows = page.locator("#lines tbody tr")
    assert rows.count() == lines  # the demo's November: two citizens of each of the five municipalities
    for row in rows.all():
        participant = row.get_attribute("data-participant")
        link = row.locator("th a.placement")
        assert link.count() == 1, participant
        assert link.get_attribute("href") == f"/records/{records[participant]}", participant
        assert link.inner_text() == participant
    # Followed by the keyboard, the first line's link opens its placement's page.
    first = rows.first
    participant = first.get_attribute("data-participant")
    first.locator("th a.placement").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"/records/{records[participant]}")
    assert participant in page.locator("main").inner_text()
    assert page.locator("main h1").count() == 1
    page.goto(MONTH)
    axe_check(page)
