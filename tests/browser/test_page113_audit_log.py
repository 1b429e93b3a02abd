"""In Chromium, the admin's audit-log page (page-113, stop 69): reached from the admin's menu, filtered in
its form, the filter kept in the form and the pager when the next page is opened, the udtræk downloaded
with the same filter, a day that is no date said at its field; no serious WCAG 2.2 AA violation. And stop
68's walk: an auditor refused a page or a period is led to its own page, by its name."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from flask import Flask
from navigation import click_to_page
from page_support import load_agreements
from playwright.sync_api import Page, expect

from hub.extensions import db
from hub.services import audit


def _entries(app: Flask) -> None:
    """Ballerup's auditor read 55 records on 1 September (10.15 Danish time); Falck's user one."""
    with app.app_context():
        for n in range(1, 56):
            entry = audit.append(
                db.session, "user:revisor-ballerup", "read.record", f"record:{n}", {"version": 1}
            )
            entry.occurred_at = datetime(2026, 9, 1, 8, 15, tzinfo=UTC)
        audit.append(db.session, "user:falck", "read.record", "record:99", {"version": 1})
        db.session.commit()


def test_the_admin_asks_who_read_and_pages_with_the_filter_kept(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    _entries(app)
    page = signed_in_page("admin")
    page.goto("/")
    click_to_page(
        page, page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Revisionslog")
    )
    expect(page.locator("h1")).to_have_text("Revisionslog")
    page.fill("#filter-actor", "revisor-ballerup")
    page.fill("#filter-action", "read.")
    page.fill("#filter-since", "2026-09-01")
    page.fill("#filter-until", "2026-09-01")
    click_to_page(page, "#audit-filter button[type=submit]")
    rows = page.locator("#entries tbody tr")
    expect(rows).to_have_count(50)
    expect(rows.first.locator("td.about")).to_have_text("record:55")
    expect(rows.first.locator("th")).to_have_text("1. sep. 2026 kl. 10.15")
    axe_check(page)

    click_to_page(page, "nav.pager a[rel=next]")
    expect(rows).to_have_count(5)
    expect(rows.last.locator("td.about")).to_have_text("record:1")
    # The form still says what the list is filtered by, on the second page too.
    assert page.input_value("#filter-actor") == "revisor-ballerup"
    assert page.input_value("#filter-since") == "2026-09-01"

    with page.expect_download() as caught:
        page.click("#audit-udtraek a")
    got = caught.value
    assert got.suggested_filename.startswith("revisionslog-") and got.suggested_filename.endswith(".csv")
    text = got.path().read_text(encoding="utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert [line[6] for line in lines[1:]] == [
        f"record:{n}" for n in range(55, 0, -1)
    ]  # every page, not Falck's

    page.goto("/admin/audit-log?since=1.9.2026")
    expect(page.locator("#filter-since-error")).to_have_text(
        "'1.9.2026' er ikke en dag: skriv den som år-måned-dag, fx 2026-09-01."
    )
    expect(page.locator("#entries")).to_have_count(0)
    axe_check(page)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/payments", "Fejl 403"),
        ("/audit?period=2026-Q1", "Fejl 404"),
    ],  # a page not its; a period before its own
)
def test_the_auditor_refused_is_led_to_its_own_page(
    app: Flask, signed_in_page: Callable[..., Page], path: str, status: str
) -> None:
    """Stop 68's walk: the refusal said why and led only to "Tilbage til forsiden"."""
    load_agreements(app)
    page = signed_in_page("revisor-ballerup")
    page.goto(path)
    expect(page.locator("#error-status")).to_have_text(status)
    link = page.locator("#error-home")
    expect(link).to_have_text("Gå til din egen side: Revision")
    click_to_page(page, link)
    expect(page.locator("h1")).to_have_text("Revision af Ballerup")
