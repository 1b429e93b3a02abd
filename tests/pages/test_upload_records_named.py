"""The upload list's records column named no one: the company's October form was one row of "Post 353 v1,
Post 354 v1, …", thirteen links that said nothing of whose record each was or of which month (page-119's
walk). Each record is now named by its intern as the form named them and by its participant id, and the
records are grouped by form and month under a summary that says what they are."""

from __future__ import annotations

import re

import lxml.html
from flask import Flask
from page_support import client_of, demo_copy_fixture

from hub.extensions import db
from hub.models import Placement, Record, SubmissionItem
from hub.services.made_records import month_of

OCTOBER_FORM = "demo-2026-10-falck-hovedstaden-mentortimer.pdf"


demo = demo_copy_fixture("records-named", name="demo")


def test_the_company_forms_records_are_named_and_grouped_by_form_and_month(demo: Flask) -> None:
    html = client_of(demo, "lead-gladsaxe").get("/upload").get_data(as_text=True)
    rows = f"//table[@id='recent']//tr[th[normalize-space()='{OCTOBER_FORM}']]"
    row = lxml.html.fromstring(html).xpath(rows)
    assert len(row) == 1, "the company's October form on the list's first page"
    groups = row[0].xpath(".//td[contains(@class, 'refs')]/details[@class='made']")
    assert len(groups) == 1  # one form, one month: the timesheets of October
    links = groups[0].xpath(".//a[contains(@href, '/records/')]")
    summary = " ".join(groups[0].xpath("./summary")[0].text_content().split())
    assert summary == f"Mentortimer, oktober 2026: {len(links)} poster"
    assert len(links) >= 10
    with demo.app_context():
        for link in links:
            record_id = int(re.search(r"/records/(\d+)", link.get("href")).group(1))  # type: ignore[union-attr]
            record = db.session.get(Record, record_id)
            assert record is not None and record.form_type == "mentor_hours"
            pid = db.session.get(Placement, record.placement_id).participant_id  # type: ignore[union-attr]
            label = (
                db.session.query(SubmissionItem.label_da)
                .filter(SubmissionItem.record_id == record_id)
                .filter(SubmissionItem.submission.has(filename=OCTOBER_FORM))
                .scalar()
            )
            # "deltager 3 (Anders Sørensen)" as the form named them: the intern first, then the row.
            place, name = re.fullmatch(r"(deltager \d+) \((.+)\)", label).groups()  # type: ignore[union-attr]
            assert link.text_content() == f"{name} ({pid}), {place}"
    assert "v1" not in groups[0].text_content()


def test_a_record_is_of_the_month_its_middle_day_falls_in() -> None:
    """A monthly timesheet's weeks run from the Monday before the month to the Sunday after it."""
    base = {"schema_version": 1, "municipality_code": "159"}
    weeks = [{"week": f"2026-W{w}"} for w in range(36, 41)]
    september = {**base, "form_type": "mentor_hours", "entries": weeks}
    assert month_of(september) == "2026-09"  # 31 August to 4 October
    report = {**base, "form_type": "progress_report", "measured_on": "2026-10-31"}
    assert month_of(report) == "2026-10"
    grant = {**base, "form_type": "mentor_support", "period": {"start": "2026-08-20", "end": "2026-09-30"}}
    assert month_of(grant) == "2026-09"  # 20 August to 30 September: its middle is 9 September
