"""A progress report that fell due in an earlier month and never came is still owed: November's due list
says so, "forfalden siden 05.10.2026", until a report comes or for a placement that ended before it fell
due (stop 48). Before, each report counted only in its own month's list, and October's was forgotten.
Only for the interns the export lists (stop 61): a placement that ended before the period owes none.

Hand-made: a placement from Monday 7 September 2026, a report every 4 weeks (the first due 5 October,
then 2 November and 30 November when none comes: `completeness.progress_dues`).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import openpyxl
import pytest
from flask import Flask
from pypdf import PdfReader
from test_company_as_of import _agreement

from hub.exports.company_pdf import write_company_pdf
from hub.exports.company_xlsx import write_company_xlsx
from hub.exports.facts import Dated, PlacementFacts
from hub.extensions import db
from hub.periods import parse_period
from hub.services import company, company_due
from hub.services.company_due import due_items

NOVEMBER = parse_period("2026-11")
START = date(2026, 9, 7)


def placement(
    reports: tuple[date, ...] = (), end: date = date(2026, 12, 18), pid: str = "P-A"
) -> PlacementFacts:
    return PlacementFacts(
        participant_id=pid,
        municipality_code="159",
        name="Karen Holm",
        p_number="1900000101",
        site_name="Falck Søborg",
        start=START,
        end=end,
        mentor_name="Mads Mentor",
        progress_reports=tuple(Dated(day) for day in reports),
    )


def reports_due(facts: PlacementFacts) -> list[tuple[date, bool]]:
    """November's progress report items: (by when, whether overdue from before November)."""
    items = due_items(facts, NOVEMBER, date(2026, 11, 30), 4)
    return [(item.due_on, item.overdue) for item in items if item.kind == "progress_report"]


def test_a_report_due_in_october_and_never_sent_is_overdue_in_november() -> None:
    assert reports_due(placement()) == [
        (date(2026, 10, 5), True),  # October's, still owed
        (date(2026, 11, 2), False),  # November's own, as before
        (date(2026, 11, 30), False),
    ]


def test_a_report_that_came_late_is_no_longer_owed() -> None:
    # Measured on 10 November: October's report has come (late); the next falls due 4 weeks after it.
    assert reports_due(placement((date(2026, 11, 10),))) == [(date(2026, 11, 2), False)]


def test_a_placement_that_ended_before_the_report_fell_due_owes_none() -> None:
    # Ended on 2 October, three days before the first report fell due: nothing was ever owed.
    assert reports_due(placement(end=date(2026, 10, 2))) == []


@pytest.fixture
def november(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """November's export as of 30 November: one placement still running; one planned to end on 20
    October and one planned to run into December whose end form says 20 October, each after its report
    fell due on 5 October and none came."""
    running, ended = placement(), placement(end=date(2026, 10, 20), pid="P-B")
    cut_short = replace(placement(pid="P-C"), ended=Dated(date(2026, 10, 20)))

    def stored(
        _session: Any, _agreement_id: str, _code: Any = None, period: Any = None
    ) -> Iterator[PlacementFacts]:
        # As the store answers: the placements that touch the period asked for (every one, for none).
        every = (running, ended, cut_short)
        return iter([f for f in every if period is None or (f.start <= period.end and f.end >= period.start)])

    monkeypatch.setattr(company, "placement_facts", stored)
    monkeypatch.setattr(company_due, "placement_facts", stored)
    with app.app_context():  # an export's due items stream past once: one export for each reader
        yield lambda: company.company_export(db.session, _agreement(), NOVEMBER, date(2026, 11, 30))


def _written(writer: Any, export: Any) -> bytes:
    out = io.BytesIO()
    writer(export, out)
    return out.getvalue()


def test_the_export_lists_what_is_overdue_with_since_when(november: Any) -> None:
    overdue = [(i.participant_id, i.due_on) for i in november().due if i.overdue]
    # Only the intern the export lists: the placements that ended in October are not November's interns,
    # and a report measured after a placement's end matches no placement (stop 61, walk-73).
    assert overdue == [("P-A", date(2026, 10, 5))]
    assert [i.participant_id for i in november().interns] == ["P-A"]
    assert {i.participant_id for i in november().due} == {"P-A"}
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(io.BytesIO(_written(write_company_pdf, november()))).pages
    )
    assert text.count("forfalden siden 05.10.2026") == 1
    sheet = openpyxl.load_workbook(io.BytesIO(_written(write_company_xlsx, november())))["Forfalder"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(values_only=False)]
    said = [row for row in rows if "forfalden siden 05.10.2026" in row]
    assert [row[0] for row in said] == ["P-A"]
