"""A demo record's version is dated the day its form came in, as the upload list says, not the day the
demo was seeded: `hub demo` backdates each form's submission to its arrival (nine in the morning of the
day `demo.arrival` names), and the record page's "Gemt" read today's date beside it."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html
from flask import Flask
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select

from hub.extensions import db
from hub.models import Record, RecordVersion, Submission
from hub.periods import DENMARK

demo = demo_copy_fixture("demo-version-days", name="demo")


def _danish_day(moment: datetime) -> str:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(DENMARK).date().isoformat()


def test_every_version_the_demo_stored_is_dated_as_its_form_came_in(demo: Flask) -> None:
    with demo.app_context():
        rows = db.session.execute(
            select(RecordVersion.id, RecordVersion.created_at, Submission.created_at).join(
                Submission, Submission.id == RecordVersion.submission_id
            )
        ).all()
    assert len(rows) > 300  # the demo's 324 forms store a version each, the company's forms several
    wrong = [
        (v, _danish_day(stored), _danish_day(came))
        for v, stored, came in rows
        if _danish_day(stored) != _danish_day(came)
    ]
    assert not wrong, wrong[:5]
    # Not dated today by accident: the forms came in over months (the company's October form on 3 Nov).
    assert len({_danish_day(stored) for _, stored, _ in rows}) > 50


def test_the_record_page_says_the_october_timesheet_was_stored_on_3_november(demo: Flask) -> None:
    name = "demo-2026-10-falck-hovedstaden-mentortimer.pdf"
    with demo.app_context():
        record_id = db.session.scalars(
            select(Record.id)
            .join(RecordVersion, RecordVersion.record_id == Record.id)
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .where(Submission.filename == name)
            .order_by(Record.id)
        ).first()
    assert record_id is not None
    page = lxml.html.fromstring(client_of(demo, "lead-gladsaxe").get(f"/records/{record_id}").text)
    stored = page.xpath('//table[@id="versions"]/tbody/tr[1]/td[@class="when"]')[0].text_content()
    # Signed 1 November (the day after the month), arrived two days later at 09:00 UTC: 10.00 in Denmark.
    assert " ".join(stored.split()) == "3. nov. 2026 kl. 10.00"
