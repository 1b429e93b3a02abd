"""The company's list of forms sent, as its HR person reads it after a partly refused form.

A refused intern is named as the form shows them (their rows and name, not "gruppe 2"), and once a
later file has brought every refused intern's form of the same kind and period, the partly refused
form's row says so: "Rettet med filen ... sendt ..." (stop 48).
"""

from __future__ import annotations

from datetime import date

import pytest
from company_sent_support import URL, interns_of, row_of, send, with_words
from flask import Flask
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select

from hub.demo.company_filler import fill_xlsx
from hub.extensions import db
from hub.models import Provenance, RecordVersion, Submission
from hub.queue import queue

demo = demo_copy_fixture("company-sent-put-right", name="demo")


@pytest.mark.usefixtures("demo_today")  # Tuesday 1 December 2026
def test_a_partly_refused_form_names_the_intern_and_says_when_it_was_put_right(demo: Flask) -> None:
    company = client_of(demo, "falck")
    form = company.get(URL).data
    interns = interns_of(form)
    assert len(interns) >= 2
    pid, (name, weeks) = next(iter(interns.items()))
    hours = {p: {w: "3.0" for w in asked} for p, (_, asked) in interns.items()}
    first = with_words(fill_xlsx(form, hours, "Mads Eksempel", date(2026, 11, 2)), pid)
    send(company, first, "oktober.xlsx")
    queue.run_burst(demo)
    with demo.app_context():
        # The printed name only names the item: no value of the record, so no provenance row of one.
        paths = db.session.scalars(
            select(Provenance.path)
            .join(RecordVersion, RecordVersion.id == Provenance.record_version_id)
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .where(Submission.filename == "oktober.xlsx")
        ).all()
        assert "citizen.cpr" in paths and not any(p.startswith("citizen.name") for p in paths)
    page = company.get("/company").get_data(as_text=True)
    row = row_of(page, "oktober.xlsx")
    assert "Delvist godkendt" in row
    # The intern's rows of the sheet, first under the header in row 6, and the name printed in them.
    rows = f"rækkerne 7–{6 + len(weeks)}" if len(weeks) > 1 else "række 7"
    assert f"{rows} ({name})" in row
    assert "gruppe" not in row and "Rettet" not in row
    # The company fills in the refused intern alone on a fresh form, and sends it: every refused intern
    # of October's mentor hours is now in, and the first file's row says by which file and when.
    second = fill_xlsx(company.get(URL).data, {pid: hours[pid]}, "Mads Eksempel", date(2026, 12, 1))
    send(company, second, "oktober-rettet.xlsx")
    queue.run_burst(demo)
    page = company.get("/company").get_data(as_text=True)
    assert "Godkendt" in row_of(page, "oktober-rettet.xlsx")
    assert "Rettet med filen oktober-rettet.xlsx, sendt 1. dec. 2026" in row_of(page, "oktober.xlsx")
    assert "Rettet" not in row_of(page, "oktober-rettet.xlsx")


@pytest.mark.usefixtures("demo_today")
def test_a_later_form_of_another_period_does_not_put_it_right(demo: Flask) -> None:
    company = client_of(demo, "falck")
    form = company.get(URL.replace("2026-10", "2026-09")).data
    later = company.get(URL.replace("2026-10", "2026-11")).data
    interns, in_november = interns_of(form), interns_of(later)
    pid = next(p for p in interns if p in in_november)  # an intern of both months
    hours = {p: {w: "2.0" for w in asked} for p, (_, asked) in interns.items()}
    send(company, with_words(fill_xlsx(form, hours, "M E", date(2026, 10, 1)), pid), "september.xlsx")
    queue.run_burst(demo)
    # November's form brings the intern's hours, but of November: September's refusal still stands.
    asked = in_november[pid][1]
    send(company, fill_xlsx(later, {pid: {w: "2.0" for w in asked}}, "M E", date(2026, 12, 1)), "nov.xlsx")
    queue.run_burst(demo)
    page = company.get("/company").get_data(as_text=True)
    assert "Delvist godkendt" in row_of(page, "september.xlsx")
    assert "Rettet" not in row_of(page, "september.xlsx")
