"""The record page's source column, for the company reading a record its own form made: where on the
form the value stood in the form's words (the block's or row's intern, the printed label, the week as
"uge 40 2026"), never the field's internal name or the ISO week. Staff keep the exact locator (stop 48).
"""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from flask import Flask
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select

from hub.extensions import db
from hub.models import Record, RecordVersion, Submission

demo = demo_copy_fixture("company-record-words", name="demo")


def _company_record(app: Flask, ending: str) -> tuple[int, dict[str, Any], str]:
    """A mentor hours record the company's form (a file ending so) made: id, data, the intern's name."""
    with app.app_context():
        record_id, data, placement_id = db.session.execute(
            select(Record.id, RecordVersion.data, Record.placement_id)
            .join(RecordVersion, RecordVersion.record_id == Record.id)
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .where(
                Submission.agreement_id.is_not(None),
                Submission.filename.endswith(ending),
                Record.form_type == "mentor_hours",
                RecordVersion.version == Record.current_version,
            )
            .order_by(Record.id)
            .limit(1)
        ).one()
        placement = db.session.scalars(
            select(RecordVersion.data)
            .join(Record, Record.id == RecordVersion.record_id)
            .where(Record.placement_id == placement_id, Record.form_type == "placement")
        ).first()
    assert placement is not None
    return record_id, data, placement["citizen"]["name"]


def _sources(client: Any, record_id: int) -> dict[str, str]:
    """Each value's path -> its source column's text, as read."""
    page = lxml.html.fromstring(client.get(f"/records/{record_id}").text)
    return {
        row.get("data-path"): " ".join(row.xpath('./td[@class="sources"]')[0].text_content().split())
        for row in page.xpath('//table[@id="values"]/tbody/tr')
    }


def _week(iso: str) -> str:
    year, week = iso.split("-W")
    return f"uge {int(week)} {year}"


@pytest.mark.parametrize("ending", [".pdf", ".xlsx"])
def test_the_company_reads_where_on_its_form_each_value_stood(demo: Flask, ending: str) -> None:
    record_id, data, name = _company_record(demo, ending)
    said = _sources(client_of(demo, "falck"), record_id)
    first = data["entries"][0]
    hours, week = said["entries[0].hours"], said["entries[0].week"]
    if ending == ".pdf":
        # The block the form heads "Deltager n af N · P-… · name", and the week over the hours field.
        assert f"({name}): Timer, {_week(first['week'])} læst som" in hours, hours
        assert f"({name}): {_week(first['week'])} læst som {_week(first['week'])}" in week, week
        assert ", deltager " in hours and "side " in hours
        assert "Underskrevet af (navn) læst som" in said["signed_by"]
    else:
        # The sheet's row of the intern's week, and the heading over the column.
        assert f"({name}, {_week(first['week'])}): Timer læst som" in hours, hours
        assert "række " in hours
        assert ": Underskrevet af læst som" in said["signed_by"]
    column = " ".join(said.values())
    assert 'felt "' not in column and "d1_" not in column and "celle " not in column
    assert f"læst som {first['week']}" not in column  # the ISO week, "2026-W32", is not the form's word


@pytest.mark.parametrize("ending", [".pdf", ".xlsx"])
def test_the_lead_keeps_the_exact_locator(demo: Flask, ending: str) -> None:
    record_id, data, _ = _company_record(demo, ending)
    said = _sources(client_of(demo, "lead-gladsaxe"), record_id)
    exact = 'felt "d' if ending == ".pdf" else 'ark "Mentortimer", celle F'
    assert exact in said["entries[0].hours"]
    week = data["entries"][0]["week"]  # "2026-W27"; both forms print and hold "uge 27 2026" (stop 63)
    year, number = week.split("-W")
    as_read = f"uge {int(number)} {year}"
    assert f"læst som {as_read}" in said["entries[0].week"]
