"""In Chromium, what the walk of stop 60 (walk-70) met as the four users, each fixed and tested here.

- The English audit page wrote a week as ISO ("counted with the period's days of 2026-W44, a week of
  another period's timesheet") beside its own "1 Nov 2026": `datewords.message_dates` took the two
  possessive apostrophes ("period's" … "period's") for a quoted value and left the text between them as
  it was. A quote now opens after no letter and closes before none.
- A partner's payments page ended its table of municipalities in "I alt" with empty cells under the
  hours and the refund (the others' hidden); on a phone the stacked foot said "Refusion (kr.)" and no
  number. Its dashboard's foot says "Alle kommuner" and "–" there; the payments page now says the same.
- A record's page wrote a week "uge 40, 2026" where the pages' messages write "uge 44 2026" (and "week 44
  2026") and the company's form prints "uge 40 2026": one way now, without the comma.
- The English payments page's "Gaps" counted lines (4 a municipality) beside the dashboard's "Placements
  with gaps" (2): read as two numbers that disagree. Both tables of lines now say "Gaps (lines)", as the
  Danish "Afvigelser (linjer)" did, and each municipality's count is its citizens' lines on the dashboard.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask
from page_support import current_version, demo_copy_fixture
from playwright.sync_api import Locator, Page
from sqlalchemy import select
from test_walk_stop59_english_dates import READ

from hub.extensions import db
from hub.models import Placement, Record

demo = demo_copy_fixture("walk-stop60", name="demo")
ISO_WEEK = re.compile(r"\b\d{4}-W\d{2}\b")


def _cells(row: Locator) -> list[str]:
    return [" ".join(text.split()) for text in row.all_inner_texts()]


def _table(page: Page, table: str) -> tuple[list[str], list[list[str]]]:
    """A table's column headings and its body's rows, a cell a column, as read."""
    found = page.locator(table)
    return _cells(found.locator("thead th")), [
        _cells(r.locator("th, td")) for r in found.locator("tbody tr").all()
    ]


@pytest.mark.usefixtures("demo_today")
def test_the_english_audit_page_writes_a_borrowed_week_as_its_own(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("lead-gladsaxe", app=demo, lang="en")
    page.goto("/audit?period=2026-11")
    said = page.locator("#completeness").evaluate(READ)
    # November 2026's claim counts the days of ISO week 44 (26 Oct–1 Nov) from October's timesheet.
    assert "counted with the period's days of week 44 2026, a week of another period's timesheet" in said
    assert ISO_WEEK.findall(said) == [], said


@pytest.mark.usefixtures("demo_today")
def test_a_partners_payments_foot_says_what_its_dashboards_says(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("kommune-herlev", app=demo)
    page.goto("/payments?agreement=falck-hovedstaden&period=2026-11")
    head, rows = _table(page, "#totals")
    foot = _cells(page.locator("#totals tfoot").locator("th, td"))
    assert len(rows) == 5 and head[0] == "Kommune"  # Falck Hovedstaden's five municipalities

    def summed(column: str) -> str:
        return str(sum(int(cells[head.index(column)]) for cells in rows))

    assert dict(zip(head, foot, strict=True)) == {
        "Kommune": "Alle kommuner",
        "Linjer": summed("Linjer"),
        "Bevilgede timer": "–",
        "Leverede timer": "–",
        "Refusionsberettigede timer": "–",
        "Refusion (kr.)": "–",
        "Afvigelser (linjer)": summed("Afvigelser (linjer)"),
    }


@pytest.mark.parametrize(("lang", "written"), [("da", "uge 40 2026"), ("en", "week 40 2026")])
def test_a_records_week_is_written_as_the_pages_messages_write_one(
    demo: Flask, signed_in_page: Callable[..., Page], lang: str, written: str
) -> None:
    with demo.app_context():
        sheets = db.session.scalars(
            select(Record)
            .join(Placement, Placement.id == Record.placement_id)
            .where(Record.form_type == "mentor_hours", Placement.agreement_id == "falck-hovedstaden")
        ).all()
        # A sheet whose first week is October's first (ISO week 40 of 2026).
        record_id = next(r.id for r in sheets if current_version(r).data["entries"][0]["week"] == "2026-W40")
    page = signed_in_page("lead-gladsaxe", app=demo, lang=lang)
    page.goto(f"/records/{record_id}")
    cell = page.locator('tr[data-path="entries[0].week"] td.value')
    assert " ".join(cell.inner_text().split()) == written
    assert cell.get_attribute("title") == "2026-W40"  # the record's own text, for an expert


@pytest.mark.usefixtures("demo_today")
def test_the_gap_lines_are_named_and_counted_alike_on_both_pages(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("lead-gladsaxe", app=demo, lang="en")
    page.goto("/payments?agreement=falck-hovedstaden&period=2026-11")
    head, rows = _table(page, "#totals")
    paid = {row[0]: int(row[head.index("Gaps (lines)")]) for row in rows}
    page.goto("/dashboard?agreement=falck-hovedstaden&period=2026-11")
    head, rows = _table(page, "#gaps")
    assert "Gaps (lines)" in head and "Gaps" not in head
    by_municipality: dict[str, int] = {}
    for row in rows:
        code = row[head.index("Municipality")]
        by_municipality[code] = by_municipality.get(code, 0) + int(row[head.index("Gaps (lines)")])
    # The payments page names the lead "Gladsaxe"; the dashboard's lists name each citizen's municipality.
    assert by_municipality == {name: n for name, n in paid.items() if n} and sum(paid.values()) > 0
