"""The week a month's payment waits for, wherever the lead and the company read it (stop 63, company-76):
stop 62 named it inside the lead's gap's sentence; now the API gives it as a field of its own, the
company's files ask for it, and `hub payments` prints it.

On a copy of the lived demo: Falck sends November 2026's form with 3 hours in each week it asks (weeks
45–48, their Thursdays 5–26 November). A line that runs to Monday 30 November lacks that day: week 49
(Monday 30 November to Sunday 6 December, Thursday 3 December) is on December's form, due once December
is over. A day of 3 hours a week is 3/7 = 0.43 hours of the grant. Read on Tuesday 8 December: week 49 is
over, December's form not due.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from typing import Any

import lxml.html
import openpyxl
import pytest
from accounts import bearer
from company_sent_support import WAITS_DA, WAITS_EN, interns_of, send
from flask import Flask
from page_support import citizen_cprs, client_of, demo_copy_fixture, shown_cprs
from pypdf import PdfReader
from spec_walk import SpecCheck
from sqlalchemy import select

from hub.cli import cli
from hub.cli import payments as cli_payments
from hub.demo.company_filler import fill_xlsx
from hub.extensions import db
from hub.models import AuditEvent
from hub.queue import queue
from hub.services import agreement_reads, company_files, company_page

demo = demo_copy_fixture("awaited-week", name="demo")
API = "/api/agreements/falck-hovedstaden/payments?period=2026-11"
FORM = "/company/form?agreement=falck-hovedstaden&kind=mentor_hours&format=xlsx&period=2026-11"
# Written from the rule: the line's last day, 30 November, alone in week 49; 3/7 of an hour rounded.
AWAITING = {
    "week": "2026-W49",
    "first_day": "2026-11-30",
    "last_day": "2026-11-30",
    "hours": "0.43",
    "form_period": "2026-12",
}
_sent: list[bool] = []


def _november_sent(app: Flask) -> None:
    """Falck's November form sent once for the module, 3 hours in every week it asks, and read."""
    if _sent:
        return
    falck = client_of(app, "falck")
    form = falck.get(FORM).data
    hours = {pid: dict.fromkeys(weeks, "3.0") for pid, (_, weeks) in interns_of(form).items()}
    send(falck, fill_xlsx(form, hours, "Mads Eksempel", date(2026, 12, 1)), "november.xlsx")
    queue.run_burst(app)
    _sent.append(True)


def _lead(app: Flask, monkeypatch: pytest.MonkeyPatch, day: date) -> tuple[dict[str, Any], list[str]]:
    """The lead's payments for November read on `day`, and what is untrue of the answer to the spec."""
    monkeypatch.setattr(agreement_reads, "local_today", lambda: day)
    client = app.test_client()
    response = client.get(API, headers=bearer(app, "lead-gladsaxe"))
    check = SpecCheck(client.get("/api/openapi.json").get_json())
    return response.get_json(), check.problems(check.operation("GET", API), response)


def _to_the_end(paid: dict[str, Any]) -> set[str]:
    return {line["participant_id"] for line in paid["lines"] if line["period"]["end"] == "2026-11-30"}


@pytest.mark.usefixtures("demo_today")
def test_the_api_gives_the_awaited_week_as_a_field_the_spec_documents(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    _november_sent(demo)
    paid, untrue = _lead(demo, monkeypatch, date(2026, 12, 8))
    assert untrue == []  # every object closed: a field the spec does not name is an untruth
    to_the_end = _to_the_end(paid)
    short = [g for g in paid["gaps"] if g["kind"] == "below_grant" and g["participant_id"] in to_the_end]
    assert short and all(g["awaiting"] == AWAITING for g in short)
    # The field and the sentence are one account: the reasons name the same week, days and hours.
    assert all("0.43 of the granted hours are for 2026-11-30, in 2026-W49" in g["reason_en"] for g in short)
    assert all(g["awaiting"] is None for g in paid["gaps"] if g not in short)
    shape = demo.test_client().get("/api/openapi.json").get_json()["components"]["schemas"]
    assert set(shape["AwaitingOut"]["required"]) == set(AWAITING)
    assert "awaiting" in shape["GapOut"]["required"]
    # Null or the week (apispec's way of saying a nullable nested object), both met by the answers above.
    assert {"$ref": "#/components/schemas/AwaitingOut"} in shape["GapOut"]["properties"]["awaiting"]["anyOf"]

    # Monday 4 January 2027: December's form is due; nothing is awaited, the field is null.
    later, untrue = _lead(demo, monkeypatch, date(2027, 1, 4))
    assert untrue == []
    gaps = [g for g in later["gaps"] if g["participant_id"] in to_the_end and g["kind"] == "below_grant"]
    assert gaps and all(g["awaiting"] is None for g in later["gaps"])


@pytest.mark.usefixtures("demo_today")
def test_hub_payments_prints_the_awaited_week_as_the_page_does_in_its_language(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    _november_sent(demo)
    paid, _ = _lead(demo, monkeypatch, date(2026, 12, 8))
    waiting = {g["participant_id"] for g in paid["gaps"] if g["awaiting"] is not None}
    assert waiting
    monkeypatch.setattr(cli_payments, "local_today", lambda: date(2026, 12, 8))
    runner = demo.test_cli_runner()  # the hub's command tree, as `hub payments` is run
    for lang, words in (("da", WAITS_DA), ("en", WAITS_EN)):
        result = runner.invoke(cli, ["payments", "falck-hovedstaden", "--period", "2026-11", "--lang", lang])
        assert result.exit_code == 0, result.output
        said = {
            line.split(":", 1)[0].removeprefix("  ! ")
            for line in result.output.splitlines()
            if line.startswith("  ! ") and line.endswith(words)
        }
        assert said == waiting, lang
    result = runner.invoke(cli, ["payments", "falck-hovedstaden", "--period", "2026-11", "--json"])
    assert [g["awaiting"] for g in json.loads(result.output)["gaps"]] == [g["awaiting"] for g in paid["gaps"]]


PAGE = "/company?agreement=falck-hovedstaden&period=2026-11"
EXPORT = "/company/export?agreement=falck-hovedstaden&period=2026-11&format="
NOTE_DA = (
    "Uge 49 2026 er på skemaet for december 2026. Jobcentrets betaling for november 2026 venter på disse "
    "timer."
)
NOTE_EN = (
    "Week 49 2026 is on the form for December 2026. The job centre's payment for November 2026 waits for "
    "these hours."
)


@pytest.mark.usefixtures("demo_today")
def test_the_companys_files_ask_for_the_week_its_page_asks_for(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    _november_sent(demo)
    paid, _ = _lead(demo, monkeypatch, date(2026, 12, 8))
    # The interns short by that day alone: the company is asked for week 49 in their place (stop 62).
    only_the_day = {g["participant_id"] for g in paid["gaps"] if g["awaiting"] and g["hours"] == "0.43"}
    assert only_the_day
    monkeypatch.setattr(company_page, "local_today", lambda: date(2026, 12, 8))
    monkeypatch.setattr(company_files, "utcnow", lambda: datetime(2026, 12, 8, 9, 0, tzinfo=UTC))
    falck = client_of(demo, "falck")
    page = lxml.html.fromstring(falck.get(PAGE).get_data(as_text=True))
    assert {
        row.get("data-participant") for row in page.xpath('//table[@id="due"]/tbody/tr[@data-waits]')
    } == (only_the_day)

    due = falck.get(EXPORT + "json").get_json()["due"]
    waiting = [item for item in due if item["payment_waiting"] is not None]
    assert {item["participant_id"] for item in waiting} == only_the_day
    assert {
        (item["form_type"], item["due_on"], tuple(item["weeks"]), tuple(item["payment_waiting"].values()))
        for item in waiting
    } == {("mentor_hours", "2026-12-31", ("2026-W49",), ("2026-11", NOTE_EN, NOTE_DA))}
    with demo.app_context():
        logged = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "export.company").order_by(AuditEvent.id.desc())
        ).first()
        assert logged is not None and set(logged.detail["participants"]) >= only_the_day

    book = openpyxl.load_workbook(io.BytesIO(falck.get(EXPORT + "xlsx").data))
    rows = list(book["Forfalder"].iter_rows(min_row=2, values_only=True))
    assert {row[0] for row in rows if row[5] == NOTE_DA} == only_the_day
    pdf = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(falck.get(EXPORT + "pdf").data)).pages
    )
    assert " ".join(pdf.split()).count(NOTE_DA) == len(only_the_day)
    cells = " ".join(
        str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
    )
    # No file of the company's holds a CPR number.
    assert (
        shown_cprs(json.dumps(due, ensure_ascii=False) + pdf + cells, citizen_cprs(demo, "falck-hovedstaden"))
        == []
    )
