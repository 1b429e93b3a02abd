"""The company's export says each intern's status as of its date ("Opgjort pr."), not as of the day it is
made: September's export, pr. 30.09.2026, made in December for an intern whose end form says 4 October,
says "ophører 04.10.2026", not "ophørt", and does not count the intern as ended.

Hand-made, Falck Hovedstaden's September 2026, one site of four places:

- A: 03.08.–01.11.2026, an end form for 4 October: running on 30 September, to end on 4 October.
- B: 01.06.–30.09.2026, an end form for 18 September: ended by 30 September.
- C: 01.09.–18.12.2026, no end form: running.
- D: 06.07.–30.10.2026, an end form for 30 September: its last day is the export's date, so it has
  ended by then ("ophørt 30.09.2026") and still held its place that day.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import openpyxl
import pytest
from flask import Flask
from pypdf import PdfReader

from hub.exports.company_json import write_company_json
from hub.exports.company_model import CompanyExport
from hub.exports.company_pdf import write_company_pdf
from hub.exports.company_xlsx import write_company_xlsx
from hub.exports.facts import Dated, PlacementFacts
from hub.extensions import db
from hub.models import Agreement, Contact, Site
from hub.periods import parse_period
from hub.services import company, company_due
from hub.services.company_due import due_items

SEPTEMBER = parse_period("2026-09")
AS_OF = date(2026, 9, 30)
P_NUMBER = "1900000101"


def facts(pid: str, start: date, end: date, ended: date | None = None) -> PlacementFacts:
    return PlacementFacts(
        participant_id=pid,
        municipality_code="159",
        name=f"Praktikant {pid[-1]}",
        p_number=P_NUMBER,
        site_name="Falck Søborg",
        start=start,
        end=end,
        mentor_name="Mads Mentor",
        ended=Dated(ended) if ended else None,
    )


A = facts("P-A", date(2026, 8, 3), date(2026, 11, 1), date(2026, 10, 4))
B = facts("P-B", date(2026, 6, 1), date(2026, 9, 30), date(2026, 9, 18))
C = facts("P-C", date(2026, 9, 1), date(2026, 12, 18))
D = facts("P-D", date(2026, 7, 6), date(2026, 10, 30), date(2026, 9, 30))


def test_an_end_after_the_as_of_date_is_one_still_to_come(app: Flask) -> None:
    with app.app_context():  # the job centre's name comes from the app's municipality configs
        _as_of_each()


def _as_of_each() -> None:
    on_the_30th = company.intern(A, AS_OF)
    assert (on_the_30th.ended_on, on_the_30th.ends_on) == (None, date(2026, 10, 4))
    assert on_the_30th.last_day == date(2026, 10, 4)  # the span the company's page shows
    on_the_4th = company.intern(A, date(2026, 10, 4))
    assert (on_the_4th.ended_on, on_the_4th.ends_on) == (date(2026, 10, 4), None)
    assert (company.intern(B, AS_OF).ended_on, company.intern(B, AS_OF).ends_on) == (date(2026, 9, 18), None)
    assert (company.intern(C, AS_OF).ended_on, company.intern(C, AS_OF).ends_on) == (None, None)
    assert company.intern(C, AS_OF).last_day == date(2026, 12, 18)
    assert company.intern(D, AS_OF).ended_on == date(2026, 9, 30)


def _agreement() -> Agreement:
    return Agreement(
        id="falck-hovedstaden",
        name="Falck Hovedstaden",
        company_cvr="22222228",
        company_name="Falck Danmark",
        lead_municipality="159",
        cooperation_model="cluster",
        data={"mentor": {"model": "company_mentor"}},
        sites=[Site(p_number=P_NUMBER, name="Falck Søborg", places=4)],
        contacts=[
            Contact(side="jobcentre", role="primary", name="Åse Jæger", email="aase@gladsaxe.example.dk"),
            Contact(side="company", role="primary", name="Søren Kæmpe", email="soeren@falck.example.dk"),
        ],
    )


@pytest.fixture
def september(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[CompanyExport]:
    """September's export as of 30 September, from the hand-made placements (in place of the store's)."""

    def stored(*_: Any) -> Iterator[PlacementFacts]:
        return iter((A, B, C, D))

    monkeypatch.setattr(company, "placement_facts", stored)
    monkeypatch.setattr(company_due, "placement_facts", stored)
    with app.app_context():
        yield company.company_export(db.session, _agreement(), SEPTEMBER, AS_OF)


def _written(writer: Any, export: CompanyExport) -> bytes:
    out = io.BytesIO()
    writer(export, out)
    return out.getvalue()


def test_the_pdf_says_ended_and_to_end_as_of_its_date(september: CompanyExport) -> None:
    pages = PdfReader(io.BytesIO(_written(write_company_pdf, september))).pages
    text = "\n".join(page.extract_text() for page in pages)
    assert "03.08.–01.11.2026\nophører 04.10.2026" in text
    assert "ophørt 04.10.2026" not in text
    assert "01.06.–30.09.2026\nophørt 18.09.2026" in text
    assert "06.07.–30.10.2026\nophørt 30.09.2026" in text
    assert "I alt 4 praktikanter, heraf 2 ophørt." in text  # B and D; A had not ended on the 30th


def test_the_xlsx_has_ended_and_to_end_in_their_own_columns(september: CompanyExport) -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(_written(write_company_xlsx, september)))["Praktikanter"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][7:] == ["Ophørt", "Ophører", "Mentor"]
    ends = {row[0]: (row[7], row[8]) for row in rows[1:]}
    assert ends == {
        "P-A": (None, datetime(2026, 10, 4)),
        "P-B": (datetime(2026, 9, 18), None),
        "P-C": (None, None),
        "P-D": (datetime(2026, 9, 30), None),
    }


def test_the_json_says_ended_on_only_by_its_as_of_date(september: CompanyExport) -> None:
    got = json.loads(_written(write_company_json, september))
    assert got["as_of"] == "2026-09-30"
    ends = {i["participant_id"]: (i["ended_on"], i["ends_on"]) for i in got["interns"]}
    assert ends == {
        "P-A": (None, "2026-10-04"),
        "P-B": ("2026-09-18", None),
        "P-C": (None, None),
        "P-D": ("2026-09-30", None),
    }
    # On the 30th A, C and D held their places (D's last day); B had left on the 18th.
    assert [s["occupied"] for s in got["agreement"]["sites"]] == [3]


def test_a_progress_report_due_before_an_end_still_to_come_is_asked_for() -> None:
    """Every four weeks from A's start on 3 August, none sent: due 31 August and 28 September, before A's
    end on 4 October; as the audit counts it (`completeness._progress`), up to the last day. August's,
    never sent, is still owed in September's list, overdue since its day (stop 48)."""
    due = due_items(A, SEPTEMBER, AS_OF, 4)
    assert [(d.kind, d.due_on, d.overdue) for d in due if d.kind == "progress_report"] == [
        ("progress_report", date(2026, 8, 31), True),
        ("progress_report", date(2026, 9, 28), False),
    ]
    # B ended on 18 September: a report that would have fallen due later (21 September) is not asked for;
    # those due 29 June, 27 July and 24 August never came, and are owed still, since the first.
    reports = [
        (d.due_on, d.overdue) for d in due_items(B, SEPTEMBER, AS_OF, 4) if d.kind == "progress_report"
    ]
    assert reports == [(date(2026, 6, 29), True)]
