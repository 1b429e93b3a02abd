"""The company's mentor hours form for a period not over yet asks only for the weeks begun, so the form
filled as it says ("Skriv 0 i en uge uden mentortimer") is accepted when it comes back the same day."""

from __future__ import annotations

import io
import re
from datetime import date

import openpyxl
import pytest
from flask import Flask
from page_support import client_of, demo_copy_fixture
from pypdf import PdfReader

from hub.demo.company_filler import fill_xlsx
from hub.queue import queue

# Sending the form back stores a submission: this module's own copy of the demo.
demo = demo_copy_fixture("company-form-weeks-begun", name="demo")


def _weeks(form: bytes) -> dict[str, list[str]]:
    """Participant id -> the weeks the spreadsheet asks hours for (its rows under "Deltager-id")."""
    sheet = openpyxl.load_workbook(io.BytesIO(form))["Mentortimer"]
    rows = list(sheet.iter_rows(values_only=True))
    head = next(i for i, row in enumerate(rows) if row[0] == "Deltager-id")
    found: dict[str, list[str]] = {}
    for row in rows[head + 1 :]:
        if str(row[0]).startswith("P-"):  # the signature's rows follow the interns'
            found.setdefault(str(row[0]), []).append(str(row[4]))
    return found


@pytest.mark.usefixtures("demo_today")  # Tuesday 1 December 2026
def test_the_form_of_a_running_month_asks_only_for_weeks_begun_and_comes_back_accepted(demo: Flask) -> None:
    company = client_of(demo, "falck")
    answer = company.get(
        "/company/form?agreement=falck-hovedstaden&kind=mentor_hours&format=xlsx&period=2026-12"
    )
    assert answer.status_code == 200
    weeks = _weeks(answer.data)
    # December's weeks are those whose Thursday is in it: W49 (Thu 3 Dec) to W53 (Thu 31 Dec). Only W49
    # (Mon 30 Nov–Sun 6 Dec) has begun on 1 December; W50 begins on Monday 7 December. The review met a
    # form asking for all five, filled with 0 in the weeks to come as it says, and refused whole.
    # The form prints a week as "uge 49 2026" (the week's number, then its ISO year).
    assert weeks and all(asked == ["uge 49 2026"] for asked in weeks.values()), weeks
    filled = fill_xlsx(
        answer.data, {pid: {"2026-W49": "0"} for pid in weeks}, "Mads Eksempel", date(2026, 12, 1)
    )
    token = re.search(r'data-csrf="([^"]+)"', company.get("/company").get_data(as_text=True))
    assert token is not None
    sent = company.post(
        "/api/submissions",
        data={"files": (io.BytesIO(filled), "december.xlsx"), "agreement": "falck-hovedstaden"},
        headers={"X-CSRFToken": token.group(1), "Accept": "application/json"},
        content_type="multipart/form-data",
    )
    assert sent.status_code == 202, sent.get_data(as_text=True)
    queue.run_burst(demo)
    status = company.get(sent.get_json()["files"][0]["status_url"]).get_json()
    assert status["status"] == "accepted", [p["reason_da"] for i in status["items"] for p in i["problems"]]
    assert len(status["items"]) == len(weeks)


@pytest.mark.usefixtures("demo_today")
def test_an_ended_periods_form_still_asks_for_all_its_weeks(demo: Flask) -> None:
    # November has ended: every week whose Thursday is in it (W45, Thu 5 Nov, to W48, Thu 26 Nov) stays.
    company = client_of(demo, "falck")
    answer = company.get(
        "/company/form?agreement=falck-hovedstaden&kind=mentor_hours&format=xlsx&period=2026-11"
    )
    asked = {week for weeks in _weeks(answer.data).values() for week in weeks}
    assert asked == {"uge 45 2026", "uge 46 2026", "uge 47 2026", "uge 48 2026"}


# December's weeks after W49 were left out on 1 December; the form says so rather than leave the company
# wondering where weeks 50–53 went (`danish.later_weeks_note`).
LATER_WEEKS = (
    "Skemaet har ugerne til og med uge 49. De senere uger i december 2026 er ikke begyndt endnu og kommer "
    "på næste skema."
)


def _note_cells(form: bytes) -> list[str]:
    sheet = openpyxl.load_workbook(io.BytesIO(form))["Mentortimer"]
    return [str(row[3]) for row in sheet.iter_rows(max_row=5, values_only=True) if row[3]]


def _pdf_text(form: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(form)).pages)


@pytest.mark.usefixtures("demo_today")
def test_the_form_of_a_running_month_says_its_later_weeks_come_on_the_next_form(demo: Flask) -> None:
    company = client_of(demo, "falck")
    url = "/company/form?agreement=falck-hovedstaden&kind=mentor_hours&period={period}&format={fmt}"
    assert LATER_WEEKS in _note_cells(company.get(url.format(period="2026-12", fmt="xlsx")).data)
    assert LATER_WEEKS in _pdf_text(company.get(url.format(period="2026-12", fmt="pdf")).data)
    # November is over: every one of its weeks is on its form, and no note says otherwise.
    assert not any(
        "næste skema" in note
        for note in _note_cells(company.get(url.format(period="2026-11", fmt="xlsx")).data)
    )
    assert "næste skema" not in _pdf_text(company.get(url.format(period="2026-11", fmt="pdf")).data)
