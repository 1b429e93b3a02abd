"""In Chromium on a 390 px phone, what page-98 and page-99 left unstacked: the jobs page's tables, a
changed claim's lines and the occupancy chart's table, each drawn filled here from the lived demo (a
stuck submission and a claim changed after its download). Each cell reads after its column's name, and
none passes the screen's edge. Page-99 proved `/municipality` and `/dashboard` by width only: their cells'
names are read here too, as page-93's agreements test reads the agreements'."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from accounts import bearer
from claim_changes_support import chosen, take_an_hour_off
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page
from sqlalchemy import select, update

from hub.extensions import db
from hub.models import Submission
from hub.models.base import utcnow
from hub.queue import queue

demo = demo_copy_fixture("page100-tables-phone", name="demo")

PHONE = {"width": 390, "height": 844}
# Each table's cells as a phone reads them: per body row, per `td` in order, the name the stylesheet
# writes before it (`[data-label]::before`; "" when none is shown), whether it is shown, and how far its
# right edge lies past the screen's.
_READ = """(table) => [...document.querySelectorAll(table + " > tbody > tr")].map((tr) =>
  [...tr.querySelectorAll(":scope > td")].map((c) => {
    const before = getComputedStyle(c, "::before").content;
    return {
      name: before === "none" ? "" : before.replace(/^"|"$/g, ""),
      shown: c.getClientRects().length > 0,
      past: Math.max(0, Math.round(c.getBoundingClientRect().right - window.innerWidth)),
    };
  }))"""

# Written from the templates' `data-label`s and messages.po: each `td`'s column name, in order.
JOBS = {
    "da": {
        "#job-counts": ["Job"],
        "#workers": [
            "Tilstand",
            "Aktuelt job",
            "Sidste livstegn",
            "Færdige siden start",
            "Fejlede siden start",
        ],
        "#jobs": ["Tilstand", "Sat i kø", "Startet", "Afsluttet", "Fejltype"],
        "#submissions": ["Indsendelser"],
        "#stuck": ["Status", "Afsender", "Senest ændret"],
    },
    "en": {
        "#job-counts": ["Jobs"],
        "#workers": [
            "State",
            "Current job",
            "Last sign of life",
            "Finished since it started",
            "Failed since it started",
        ],
        "#jobs": ["State", "Queued", "Started", "Ended", "Failure"],
        "#submissions": ["Submissions"],
        "#stuck": ["Status", "Sender", "Last change"],
    },
}
CLAIM = {
    "da": ["Sendt (kr.)", "Nu (kr.)", "Forskel (kr.)"],
    "en": ["Sent (DKK)", "Now (DKK)", "Difference (DKK)"],
}
OWED_TO = ["Gladsaxe", "Ballerup", "Furesø", "Herlev", "Høje-Taastrup"]  # the lead first, then by name
DASHBOARD = {
    "da": {
        "#sites": ["Pladser", "Besat", "Ledig", "Ledig siden"],
        "#chart-table": ["Besatte pladser"],
        "#owed": [*OWED_TO, "I alt (kr.)"],  # page-128: what the company is owed, a month a row
    },
    "en": {
        "#sites": ["Places", "Occupied", "Empty", "Empty since"],
        "#chart-table": ["Occupied places"],
        "#owed": [*OWED_TO, "Total (DKK)"],
    },
}
MUNICIPALITY = {
    "da": {"#running": ["Deltager-id", "Arbejdssted", "Første dag", "Sidste dag"]},
    "en": {"#running": ["Participant id", "Site", "First day", "Last day"]},
}
PAYMENTS = "/payments?agreement=falck-hovedstaden&period=2026-09"
CLAIM_API = "/api/municipalities/163/claim?agreement=falck-hovedstaden&period=2026-09"


def adds(a: int, b: int) -> int:
    """A job for the queue to hold (no worker runs it here)."""
    return a + b


def read_on_a_phone(page: Page, tables: dict[str, list[str]]) -> None:
    """Every row of each table read on the open page: each shown cell after its column's name, and none
    past the screen's edge; each table drawn with at least one row."""
    for table, names in tables.items():
        rows = page.evaluate(_READ, table)
        assert rows, f"{table} has no rows to read"
        for cells in rows:
            assert len(cells) == len(names), (table, cells)
            for cell, name in zip(cells, names, strict=True):
                if cell["shown"]:
                    assert cell["name"] == f"{name}: ", (table, cell)
                    assert cell["past"] == 0, (table, cell)


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_lead_dashboard_and_a_partners_citizens_read_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    page = signed_in_page("lead-gladsaxe", app=demo, lang=lang)
    page.set_viewport_size(PHONE)
    page.goto("/dashboard?agreement=falck-hovedstaden&period=2026-11")
    read_on_a_phone(page, DASHBOARD[lang])
    axe_check(page)
    partner = signed_in_page("kommune-herlev", app=demo, lang=lang)
    partner.set_viewport_size(PHONE)
    partner.goto("/municipality?agreement=falck-hovedstaden&period=2026-11")
    read_on_a_phone(partner, MUNICIPALITY[lang])


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_changed_claims_lines_read_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    if lang == "da":  # the module's demo is changed once: downloaded, then an hour taken off
        assert demo.test_client().get(CLAIM_API, headers=bearer(demo, "kommune-herlev")).status_code == 200
        take_an_hour_off(demo, chosen(demo))
    page = signed_in_page("kommune-herlev", app=demo, lang=lang)
    page.set_viewport_size(PHONE)
    page.goto(PAYMENTS)
    read_on_a_phone(
        page, {'section.claim-change[data-period="2026-09"] table.claim-change-lines': CLAIM[lang]}
    )
    axe_check(page)


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_job_queues_tables_read_on_a_phone(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    with demo.app_context():
        # Two of the demo's submissions left queued for a day: stuck, as the page lists them.
        ids = db.session.execute(select(Submission.id).order_by(Submission.id).limit(2)).scalars().all()
        day_ago = utcnow() - timedelta(days=1)  # the demo's today, as the page's clock (`demo_today`)
        db.session.execute(
            update(Submission).where(Submission.id.in_(ids)).values(status="queued", updated_at=day_ago)
        )
        db.session.commit()
        # A job waiting in the queue, and a worker that has said it lives: the workers' and the jobs'
        # tables drawn (the walk's demo has neither, so the walk never drew them).
        job = queue.enqueue(adds, 1, 2, description=f"process submissions {ids[0]}..{ids[1]} (2)")
    worker = queue.worker(demo)
    worker.register_birth()
    try:
        page = signed_in_page("admin", app=demo, lang=lang)
        page.set_viewport_size(PHONE)
        page.goto("/admin/jobs")
        read_on_a_phone(page, JOBS[lang])
        axe_check(page)
    finally:
        worker.register_death()
        with demo.app_context():
            job.delete()  # not left for a later test's worker on the same queue
