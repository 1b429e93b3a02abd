"""The auditor's completeness, a page at a time: one pass over the placements keeps only the page shown,
while the counts above the table are of every placement of the period, on every page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from flask import Flask
from page_support import client_of, everyone_on_a_copy
from sqlalchemy import select

from hub.access import Principal
from hub.extensions import db
from hub.models import AuditEvent
from hub.periods import parse_period
from hub.services import audit_page, completeness
from hub.web import auditor

# Ballerup's auditor (tests/accounts.py): Ballerup claims by quarter, and Q3 2026 is inside its period.
AUDITOR = Principal(
    1, "revisor-ballerup", "auditor", "151", audit_start=date(2026, 7, 1), audit_end=date(2026, 12, 31)
)
Q3 = parse_period("2026-Q3")


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("audit-paging")) as app:
        yield app


def every_row(app: Flask) -> list[tuple[str, int]]:
    """(agreement, placement) of every placement the check covers, in its order, straight from the checks."""
    with app.app_context():
        audit = completeness.scope(db.session, "151", Q3)
        return [(a.id, c.facts.placement_id) for a, c in completeness.checks(db.session, audit)]


def test_pages_of_two_are_the_whole_list_in_order_and_the_counts_are_of_all(demo: Flask) -> None:
    everyone = every_row(demo)
    assert len(everyone) >= 3  # at least two pages of two, the last one short or full
    pages = -(-len(everyone) // 2)
    shown, counts = [], set()
    with demo.app_context():
        for page in range(1, pages + 2):  # one past the end too: the last page again
            found = audit_page.check(db.session, AUDITOR, Q3, page, per_page=2)
            assert found.page == min(page, pages)
            if page <= pages:
                shown += [(a.id, c.facts.placement_id) for a, c in found.rows]
            else:
                assert [(a.id, c.facts.placement_id) for a, c in found.rows] == everyone[(pages - 1) * 2 :]
            counts.add((found.total, found.complete))
        db.session.rollback()
        whole = audit_page.check(db.session, AUDITOR, Q3, 1, per_page=len(everyone))
        complete = sum(1 for _a, c in whole.rows if c.complete)
        db.session.rollback()
    assert shown == everyone
    assert counts == {(len(everyone), complete)}


@pytest.mark.usefixtures("demo_today")
def test_the_page_shows_its_rows_the_pager_and_the_counts_of_every_page(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    everyone = every_row(demo)
    monkeypatch.setattr(auditor, "PER_PAGE", 2)
    client = client_of(demo, "revisor-ballerup")
    html = client.get("/audit?period=2026-Q3&page=2").get_data(as_text=True)
    with demo.app_context():
        checked = [c for _a, c in completeness.checks(db.session, completeness.scope(db.session, "151", Q3))]
        by_id = {c.facts.placement_id: c.facts.participant_id for c in checked}
        complete = sum(1 for c in checked if c.complete)
        read = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "read.completeness").order_by(AuditEvent.id.desc())
        ).first()
        assert read is not None
        detail = read.detail
    second = [by_id[pid] for _agreement, pid in everyone[2:4]]
    assert re.findall(r'data-participant="([^"]+)"', html) == second
    last = min(4, len(everyone))
    assert f"Viser 3–{last} af {len(everyone)}." in html
    n = len(everyone)
    assert f"Praktikker: {n}. Komplette: {complete}. Med mangler: {n - complete}." in html
    # The read names who was shown: this page's participants, not the whole period's.
    assert detail["participants"] == sorted(second) and detail["page"] == 2
