"""Nothing the company reads holds a job centre's assessment of its interns (stop 50's review): a note
planted in every progress report and end form a municipality sent on the company's agreements, and the
outcome set to `long_term_sick` (health data), are found in none of the company's pages, files and API
answers, walked as `sweep_reads` walks them. DESIGN.md: the company sees names, sites, periods and
mentors; of a form a job centre sent, its dates, not the scores, the caseworker's note or the outcome
(`placement_reads.ASSESSMENT`). `test_record_page_versions_assessment` is the case this found."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from page_support import everyone_on_a_copy
from sqlalchemy import select
from sweep_reads import READS, Reader

from hub.extensions import db
from hub.models import Agreement, Placement, Record, RecordVersion, Submission

PLANTED = "Borgeren fortalte om sin diskusprolaps"
# The outcome as stored, and as the pages say it in Danish and English (`web.names`, messages.po).
SICK = ("long_term_sick", "Langtidssyg", "Long-term sick")


@pytest.fixture(scope="module")
def app(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """A copy of the demo whose job centres' assessments of Falck's interns say `PLANTED` and `SICK`."""
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("company-assessment")) as copy:
        with copy.app_context():
            falck = select(Agreement.id).where(Agreement.company_cvr == "22222228")
            versions = db.session.scalars(
                select(RecordVersion)
                .join(Record, Record.id == RecordVersion.record_id)
                .join(Placement, Placement.id == Record.placement_id)
                .join(Submission, Submission.id == RecordVersion.submission_id)
                .where(
                    Placement.agreement_id.in_(falck),
                    Record.form_type.in_(("progress_report", "placement_end")),
                    ~Submission.from_company,
                )
            ).all()
            assert len(versions) >= 5  # the demo's job centres sent some of each
            for version in versions:
                planted = {"note": PLANTED}
                if version.data["form_type"] == "placement_end":
                    planted["outcome"] = SICK[0]
                version.data = {**version.data, **planted}
            db.session.commit()
        yield copy


@pytest.mark.usefixtures("demo_today")
def test_nothing_the_company_reads_holds_a_job_centres_assessment(app: Flask) -> None:
    reader = Reader(app, "falck")
    READS["falck"](reader)
    assert len(reader.read) > 50  # the sweep reached the interns
    with app.app_context():
        planted = db.session.scalar(
            select(RecordVersion.record_id).where(RecordVersion.data["note"].as_string() == PLANTED)
        )
    staff = Reader(app, "lead-gladsaxe")  # the planting holds: staff read it
    assert PLANTED in staff.get(f"/records/{planted}").get_data(as_text=True)
    found = {
        url: [word for word in (PLANTED, *SICK) if word in text]
        for url, text in reader.read.items()
        if PLANTED in text or any(word in text for word in SICK)
    }
    assert found == {}
