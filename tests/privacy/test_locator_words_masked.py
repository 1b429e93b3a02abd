"""Where a value was read quotes the document, and a document can name its citizen there: a workbook's
sheet named after the citizen ("0101901234"), a label printed beside a PDF field. The record page and
the API show the locator's words and the source key with CPR-like text as the reader may see CPR numbers,
as they show the raw value and the file's name (decision 0065, stop 54): the company none of it."""

from __future__ import annotations

import pytest
from accounts import bearer, sign_in
from flask import Flask
from page_support import demo_copy_fixture, sent_by_a_municipality
from sqlalchemy import select
from sweep_capture import Spellings

from hub.extensions import db
from hub.models import Provenance, Record, RecordVersion

app = demo_copy_fixture("locator-words")

SHEET = "0101901234"  # a sheet named after the citizen, as a caseworker names one


def _sheet_named_after_the_citizen(app: Flask) -> int:
    """One of Falck Hovedstaden's grants or reports a municipality sent, each value's locator and source key
    naming a sheet `SHEET`; the record's id."""
    record_id = sent_by_a_municipality(app, ("mentor_support", "progress_report"))[0][0]
    with app.app_context():
        record = db.session.get_one(Record, record_id)
        rows = db.session.scalars(
            select(Provenance)
            .join(RecordVersion, RecordVersion.id == Provenance.record_version_id)
            .where(RecordVersion.record_id == record_id, RecordVersion.version == record.current_version)
        ).all()
        assert rows
        for row in rows:
            words = {"en": f'sheet "{SHEET}", cell B4', "da": f'ark "{SHEET}", celle B4'}
            row.locator = {"sheet": SHEET, "cell": "B4", "row": 4, "col": 2, "text": words}
            row.source_key = f"{SHEET}!B4"
        db.session.commit()
    return record_id


@pytest.mark.usefixtures("demo_today")
def test_the_company_reads_no_cpr_number_where_a_value_was_read(app: Flask) -> None:
    record_id = _sheet_named_after_the_citizen(app)
    spelled = Spellings({SHEET})
    company = app.test_client()
    sign_in(company, "falck")
    page = company.get(f"/records/{record_id}")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert spelled.find(text) is None and "XXXXXX-XXXX" in text  # masked wholly, where it was
    answer = app.test_client().get(f"/api/records/{record_id}", headers=bearer(app, "falck"))
    assert answer.status_code == 200
    body = answer.get_data(as_text=True)
    assert spelled.find(body) is None and "XXXXXX-XXXX" in body
