"""In Chromium: a claim changed since its download is said on the payments page, visibly and readably
(axe-core's WCAG 2.1 AA), in Danish and in English, with the participant's line."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D

import pytest
from accounts import bearer
from claim_changes_support import chosen, take_an_hour_off
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page, expect

CLAIM = "/api/municipalities/163/claim?agreement=falck-hovedstaden&period=2026-09"
PAGE = "/payments?agreement=falck-hovedstaden&period=2026-09"


demo = demo_copy_fixture("claim-changes-browser", name="demo")


@pytest.mark.usefixtures("demo_today")  # the server runs in this process: its today is the demo's too
def test_the_note_is_visible_and_readable_in_both_languages(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    assert demo.test_client().get(CLAIM, headers=bearer(demo, "kommune-herlev")).status_code == 200
    participant = chosen(demo)
    had = take_an_hour_off(demo, participant)
    assert had >= D(1)

    page = signed_in_page("kommune-herlev", app=demo)
    page.goto(PAGE)
    note = page.locator('section.claim-change[data-period="2026-09"]')
    expect(note).to_be_visible()
    # The download was on the demo's 1 December; one hour less at 275,00 kr.; one participant.
    expect(note.locator(".claim-change-summary")).to_have_text(
        "Ændret siden den blev hentet 1. dec. 2026: -275,00 kr., 1 deltager"
    )
    row = note.locator(f'tbody tr[data-participant="{participant}"]')
    expect(row).to_be_visible()
    expect(row.locator("td").last).to_have_text("-275,00")
    expect(page.get_by_role("heading", name="Krav ændret, siden de blev hentet")).to_be_visible()
    axe_check(page)

    english = signed_in_page("kommune-herlev", app=demo, lang="en")
    english.goto(PAGE)
    summary = english.locator('section.claim-change[data-period="2026-09"] .claim-change-summary')
    expect(summary).to_have_text("Changed since it was downloaded 1 Dec 2026: DKK -275.00, 1 participant")
    axe_check(english)
