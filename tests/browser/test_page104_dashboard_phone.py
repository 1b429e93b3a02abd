"""In Chromium on a 390 px phone, the lead's dashboard tables page-100 did not read by their labels: the
placements ending within 14 days, the missing evidence and the outcomes, and the mentor-hour gaps'
participant id and municipality (stop 74). Each cell reads after its
column's name, and none passes the screen's edge. The demo's 1 December has none of Herlev's placements
ending within 14 days: this test's copy moves one's last day to 10 December, so the list is drawn filled,
with a Municipality cell. One page load a language; each table read in one script call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page
from sqlalchemy import select

from hub.extensions import db
from hub.models.dashboard import PlacementSummary

demo = demo_copy_fixture("page104-dashboard-phone", name="demo")

PHONE = {"width": 390, "height": 844}
TODAY, LAST_DAY = date(2026, 12, 1), date(2026, 12, 10)  # the demo's today; within its 14 days
HERLEV = "163"
# Each body row's cells as a phone reads them: the name the stylesheet writes before each `td`
# (`[data-label]::before`; "" when none is shown), whether it is shown, how far it passes the screen's edge.
_READ = """(table) => [...document.querySelectorAll(table + " > tbody > tr")].map((tr) =>
  [...tr.querySelectorAll(":scope > td")].map((c) => {
    const before = getComputedStyle(c, "::before").content;
    return {
      name: before === "none" ? "" : before.replace(/^"|"$/g, ""),
      text: c.innerText.trim(),
      shown: c.getClientRects().length > 0,
      past: Math.max(0, Math.round(c.getBoundingClientRect().right - window.innerWidth)),
    };
  }))"""
# Written from _dashboard.html's `data-label`s and messages.po: each `td`'s column name, in order.
NAMES = {
    "da": {
        "#ending": ["Deltager-id", "Kommune", "Arbejdssted", "Sidste dag"],
        "#missing": ["Deltager-id", "Kommune", "Hvad der mangler eller er forkert"],
        "#outcomes": ["Borgere"],
        # The gaps' participant id and municipality had no name before them (page-136, stop 74).
        "#gaps": ["Deltager-id", "Kommune", "Bevilgede timer", "Leverede timer", "Refusionsberettigede timer"]
        + ["Afvigelser (linjer)"],
    },
    "en": {
        "#ending": ["Participant id", "Municipality", "Site", "Last day"],
        "#missing": ["Participant id", "Municipality", "What is missing or wrong"],
        "#outcomes": ["Citizens"],
        "#gaps": ["Participant id", "Municipality", "Granted hours", "Delivered hours", "Claimable hours"]
        + ["Gaps (lines)"],
    },
}
ENDING_DAY = {"da": "10. dec. 2026", "en": "10 Dec 2026"}  # the `day` filter's short month


def end_one_of_herlevs_soon(app: Flask) -> None:
    """One of Herlev's placements running on the demo's today ends within its 14 days (the dashboard's
    lists are drawn from `placement_summaries`)."""
    with app.app_context():
        row = db.session.scalars(
            select(PlacementSummary)
            .where(
                PlacementSummary.municipality_code == HERLEV,
                PlacementSummary.start <= TODAY,
                PlacementSummary.last_day > LAST_DAY,
            )
            .limit(1)
        ).one()
        row.last_day = LAST_DAY
        db.session.commit()


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_dashboards_lists_read_by_their_labels_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], lang: str
) -> None:
    end_one_of_herlevs_soon(demo)
    page = signed_in_page("lead-gladsaxe", app=demo, lang=lang)
    page.set_viewport_size(PHONE)
    page.goto("/dashboard?agreement=falck-hovedstaden&period=2026-11")
    for table, names in NAMES[lang].items():
        rows = page.evaluate(_READ, table)
        assert rows, f"{table} has no rows to read"
        for i, cells in enumerate(rows):
            # The outcomes' last row is the average of days, not citizens: its row's name says so.
            expected = [""] if table == "#outcomes" and i == len(rows) - 1 else names
            assert len(cells) == len(expected), (table, cells)
            for cell, name in zip(cells, expected, strict=True):
                assert cell["shown"], (table, cell)
                assert cell["name"] == (f"{name}: " if name else ""), (table, cell)
                assert cell["past"] == 0, (table, cell)
        if table == "#ending":
            assert ["Herlev", ENDING_DAY[lang]] in [[c["text"] for c in r[1::2]] for r in rows], rows
