"""The company's export says when it was made, not only the day it is of: September's export, pr.
30.09.2026, made again in December holds the corrections received by then, and its reader must be able to
tell that copy from October's. In Danish time, as the bundle's README says when it was made (decision
0062): the PDF and the XLSX in words, the JSON as RFC 3339 with the Danish offset.

And the company's form asks only for its contact, not for a whole export (whose sites' occupancy reads
every placement of the agreement): the form is the same as before.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import openpyxl
import pytest
import time_machine
from company_data import export
from flask import Flask
from pypdf import PdfReader
from test_company_as_of import SEPTEMBER, A, B, C, D, _agreement

from hub.exports.company_form_model import CompanyFormSpec, FormIntern
from hub.exports.company_json import write_company_json
from hub.exports.company_model import Person
from hub.exports.company_pdf import write_company_pdf
from hub.exports.company_xlsx import write_company_xlsx
from hub.exports.facts import PlacementFacts
from hub.extensions import db
from hub.periods import parse_period
from hub.services import company, company_due, company_files

SUMMER = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)  # 10.00 in Danish summer time (UTC+2)


def _written(writer: Any, made_at: datetime | None = None) -> bytes:
    data = export() if made_at is None else replace(export(), made_at=made_at)
    out = io.BytesIO()
    writer(data, out)
    return out.getvalue()


def test_the_pdf_says_when_it_was_made_in_danish_time() -> None:
    text = PdfReader(io.BytesIO(_written(write_company_pdf))).pages[0].extract_text()
    # company_data's export is made 4 December 2026 at 10:15 UTC: 11.15 on a Danish clock in winter.
    assert "Oversigt pr. 15. august 2026" in text
    assert "Dannet 4. december 2026 kl. 11.15 med de oplysninger, hubben havde da" in text
    summer = PdfReader(io.BytesIO(_written(write_company_pdf, SUMMER))).pages[0].extract_text()
    assert "Dannet 1. juli 2026 kl. 10.00" in summer


def test_the_spreadsheet_says_when_it_was_made() -> None:
    book = openpyxl.load_workbook(io.BytesIO(_written(write_company_xlsx)))
    sheet = book["Aftale"]
    facts = {sheet.cell(row, 1).value: sheet.cell(row, 2).value for row in range(3, 14)}
    assert facts["Dannet"] == "4. december 2026 kl. 11.15 med de oplysninger, hubben havde da"
    # The file's own creation time is the same moment (kept in UTC by the format), not the as-of day.
    assert book.properties.created == datetime(2026, 12, 4, 10, 15)


def test_the_json_says_when_it_was_made_with_its_offset() -> None:
    assert json.loads(_written(write_company_json))["made_at"] == "2026-12-04T11:15:00+01:00"
    assert json.loads(_written(write_company_json, SUMMER))["made_at"] == "2026-07-01T10:00:00+02:00"


def _stored(*_: Any) -> Iterator[PlacementFacts]:
    return iter((A, B, C, D))


@pytest.fixture
def hand_made(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The hand-made placements of `test_company_as_of` in place of the store's."""
    monkeypatch.setattr(company, "placement_facts", _stored)
    monkeypatch.setattr(company_due, "placement_facts", _stored)
    with app.app_context():
        yield


def test_an_export_made_just_after_danish_midnight_is_of_that_danish_day(hand_made: None) -> None:
    # 30 September 22:30 UTC is 1 October 00:30 in Danish summer time: October's export made then is
    # of 1 October, the day its "Dannet" names, whatever the server's own clock zone.
    with time_machine.travel(datetime(2026, 9, 30, 22, 30, tzinfo=UTC), tick=False):
        out = io.BytesIO()
        company_files.write_export(db.session, _agreement(), "json", parse_period("2026-10"), out)
    got = json.loads(out.getvalue())
    assert (got["as_of"], got["made_at"]) == ("2026-10-01", "2026-10-01T00:30:00+02:00")


def test_the_form_asks_for_its_contact_only(hand_made: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_occupancy(*_: Any) -> Any:
        raise AssertionError("the form has no sites: it needs no occupancy")

    monkeypatch.setattr(company, "occupancy", no_occupancy)
    spec = company.form_spec(db.session, _agreement(), "progress_report", SEPTEMBER)
    # The same form as the export's contact made it: the lead's primary contact, of its job centre.
    contact = Person("Åse Jæger", "aase@gladsaxe.example.dk", "", "Jobcenter Gladsaxe")
    interns = tuple(
        FormIntern(f.participant_id, f.name, "Falck Søborg", "Mads Mentor", ()) for f in (A, B, C, D)
    )
    assert spec == CompanyFormSpec(
        kind="progress_report",
        agreement_id="falck-hovedstaden",
        agreement_name="Falck Hovedstaden",
        company_name="Falck Danmark",
        period_label="2026-09",
        period_start=date(2026, 9, 1),
        period_end=date(2026, 9, 30),
        contact=contact,
        interns=interns,
    )
