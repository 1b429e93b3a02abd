"""The company's page lists what is due from it (stop 62, company-75): the export's own list ("Det skal I
sende", `company_due`) in the page's language, and, once it is over, the week of December's form that
November's payment waits for, the week the lead's line names (`exports.company_awaited`).

On a copy of the lived demo on Tuesday 1 December 2026, whose November form Falck has not sent: every
intern of Falck Hovedstaden owes mentor hours for the weeks November's form asks (weeks 45–48, their
Thursdays 5–26 November), overdue since 30 November (fixes-109). Once Falck sends 3 hours in each, a
line that runs to Monday 30 November lacks that day: week 49 (Thursday 3 December) is on December's form.
A day of 3 hours a week is 3/7 = 0.43 hours of the grant.
"""

from __future__ import annotations

import io
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
from test_pages import last_event

from hub.demo.company_filler import fill_xlsx
from hub.queue import queue
from hub.services import agreement_reads, company_files, company_page

demo = demo_copy_fixture("company-due-page", name="demo")
PAGE = "/company?agreement=falck-hovedstaden&period=2026-11"
EXPORT = "/company/export?agreement=falck-hovedstaden&format=json&period=2026-11"
FORM = "/company/form?agreement=falck-hovedstaden&kind=mentor_hours&format=xlsx&period=2026-11"
API = "/api/agreements/falck-hovedstaden/payments?period=2026-11"


def _text(node: Any) -> str:
    return " ".join(node.text_content().split())


def _due(html: str) -> list[dict[str, str]]:
    return [
        {
            "pid": row.get("data-participant"),
            "kind": row.get("data-kind"),
            "waits": row.get("data-waits") or "",
            "form": _text(row.xpath("./td[2]")[0]),
            "weeks": _text(row.xpath("./td[3]")[0]),
            "by": _text(row.xpath("./td[4]")[0]),
        }
        for row in lxml.html.fromstring(html).xpath('//table[@id="due"]/tbody/tr')
    ]


def _gap_kinds(html: str) -> set[tuple[str, str]]:
    rows = lxml.html.fromstring(html).xpath('//table[@id="gaps"]/tbody/tr')
    return {(row.get("data-participant"), row.get("data-kind")) for row in rows}


def _lead(app: Flask) -> dict[str, Any]:
    got = app.test_client().get(API, headers=bearer(app, "lead-gladsaxe")).get_json()
    return got  # type: ignore[no-any-return]


def _on(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """The day the company's page and the lead's line are read on (the demo's clock stays 1 December)."""
    monkeypatch.setattr(company_page, "local_today", lambda: day)
    monkeypatch.setattr(agreement_reads, "local_today", lambda: day)


@pytest.mark.usefixtures("demo_today")
def test_the_page_lists_the_exports_own_items_in_danish_and_in_english(demo: Flask) -> None:
    falck = client_of(demo, "falck")
    html = falck.get(PAGE).get_data(as_text=True)
    due = _due(html)
    export = falck.get(EXPORT).get_json()
    # The same items as the export's, in its order: one list, one rule.
    assert [(r["pid"], r["kind"]) for r in due] == [
        (d["participant_id"], d["form_type"]) for d in export["due"]
    ]
    hours = [r for r in due if r["kind"] == "mentor_hours"]
    assert len(hours) >= 10  # ten interns at Falck Hovedstaden's four sites, none of whose hours came
    # Read on 1 December, November's 30th is past (fixes-109).
    assert {r["by"] for r in hours} == {"forfalden siden 30. nov. 2026"}
    assert any(r["weeks"] == "uge 45, 46, 47, 48" for r in hours)
    assert {r["form"] for r in hours} == {"Mentortimer"}
    heading = _text(lxml.html.fromstring(html).xpath('//h2[@id="due-heading"]')[0])
    assert heading == "Det skal I sende for november 2026"
    # Whom the list names is logged as read; no CPR number is on the page.
    assert {r["pid"] for r in due} <= set(last_event(demo, "read.company_page").detail["participants"])
    assert shown_cprs(html, citizen_cprs(demo, "falck-hovedstaden")) == []
    with falck.session_transaction() as session:
        session["lang"] = "en"
    english = _due(falck.get(PAGE).get_data(as_text=True))
    assert [(r["pid"], r["kind"]) for r in english] == [(r["pid"], r["kind"]) for r in due]
    said = [r for r in english if r["kind"] == "mentor_hours"]
    assert {r["by"] for r in said} == {"overdue since 30 Nov 2026"}
    assert {r["form"] for r in said} == {"Mentor hours"}
    assert any(r["weeks"] == "weeks 45, 46, 47, 48" for r in said)


@pytest.mark.usefixtures("demo_today")
def test_a_day_gone_by_is_said_overdue_since_it_on_the_page_and_in_the_export(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk (walk-107) read November's list on 7 December: "Senest 30. nov. 2026", no word that the
    day had gone by. On the day itself it is the day to send by; after it, overdue since that day."""
    falck = client_of(demo, "falck")
    _on(monkeypatch, date(2026, 11, 30))
    hours = [r for r in _due(falck.get(PAGE).get_data(as_text=True)) if r["kind"] == "mentor_hours"]
    assert hours and {r["by"] for r in hours} == {"30. nov. 2026"}
    _on(monkeypatch, date(2026, 12, 7))
    hours = [r for r in _due(falck.get(PAGE).get_data(as_text=True)) if r["kind"] == "mentor_hours"]
    assert hours and {r["by"] for r in hours} == {"forfalden siden 30. nov. 2026"}
    with falck.session_transaction() as session:
        session["lang"] = "en"
    hours = [r for r in _due(falck.get(PAGE).get_data(as_text=True)) if r["kind"] == "mentor_hours"]
    assert hours and {r["by"] for r in hours} == {"overdue since 30 Nov 2026"}
    # The export made on 7 December (09:00 in Copenhagen) says it in its own words, as a report owed
    # from an earlier month: the sheet's note column and the PDF's "Senest".
    monkeypatch.setattr(company_files, "utcnow", lambda: datetime(2026, 12, 7, 8, 0, tzinfo=UTC))
    book = openpyxl.load_workbook(io.BytesIO(falck.get(EXPORT.replace("json", "xlsx")).data))
    notes = [
        row[5] for row in book["Forfalder"].iter_rows(min_row=2, values_only=True) if row[2] == "Mentortimer"
    ]
    assert notes and set(notes) == {"forfalden siden 30.11.2026"}
    pdf = PdfReader(io.BytesIO(falck.get(EXPORT.replace("json", "pdf")).data))
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert text.count("forfalden siden 30.11.2026") == len(notes)


@pytest.mark.usefixtures("demo_today")
def test_the_week_novembers_payment_waits_for_is_asked_of_the_company_and_named_to_the_lead(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    falck = client_of(demo, "falck")
    form = falck.get(FORM).data
    hours = {pid: dict.fromkeys(weeks, "3.0") for pid, (_, weeks) in interns_of(form).items()}
    send(falck, fill_xlsx(form, hours, "Mads Eksempel", date(2026, 12, 1)), "november.xlsx")
    queue.run_burst(demo)

    # Tuesday 8 December: week 49 is over, December's form not due. The lead's line still lacks 30
    # November (decision 0009) and says which form, whose, brings it.
    _on(monkeypatch, date(2026, 12, 8))
    lead = _lead(demo)
    to_the_end = {line["participant_id"] for line in lead["lines"] if line["period"]["end"] == "2026-11-30"}
    short = [g for g in lead["gaps"] if g["kind"] == "below_grant" and g["participant_id"] in to_the_end]
    assert short, lead["gaps"]
    assert all(g["reason_en"].endswith(WAITS_EN) and g["reason_da"].endswith(WAITS_DA) for g in short)
    # The company is not told a shortfall of that day; it is asked for week 49, by December's end.
    only_the_day = {g["participant_id"] for g in short if g["hours"] == "0.43"}
    assert only_the_day
    html = falck.get(PAGE).get_data(as_text=True)
    waits = [r for r in _due(html) if r["waits"]]
    assert {r["pid"] for r in waits} == only_the_day
    # The files' words (stop 63): the week with its year, as the company's form writes it.
    note = (
        "Uge 49 2026 er på skemaet for december 2026. Jobcentrets betaling for november 2026 venter på disse "
        "timer."
    )
    assert {(r["kind"], r["weeks"], r["by"], r["form"]) for r in waits} == {
        ("mentor_hours", "uge 49", "31. dec. 2026", f"Mentortimer{note}")
    }
    assert not {(pid, "below_grant") for pid in only_the_day} & _gap_kinds(html)
    assert only_the_day <= set(last_event(demo, "read.company_page").detail["participants"])

    # Saturday 5 December: week 49 still runs; its hours cannot be sent whole yet, so not asked.
    _on(monkeypatch, date(2026, 12, 5))
    assert [r for r in _due(falck.get(PAGE).get_data(as_text=True)) if r["waits"]] == []

    # Monday 4 January 2027: December's form is due. Both read the shortfall, and nothing waits.
    _on(monkeypatch, date(2027, 1, 4))
    later = [
        g for g in _lead(demo)["gaps"] if g["kind"] == "below_grant" and g["participant_id"] in to_the_end
    ]
    assert later and not any("W49" in g["reason_en"] or "uge 49" in g["reason_da"] for g in later)
    html = falck.get(PAGE).get_data(as_text=True)
    assert [r for r in _due(html) if r["waits"]] == []
    assert {(pid, "below_grant") for pid in only_the_day} <= _gap_kinds(html)
