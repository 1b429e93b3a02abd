"""The form received last stays a record's current version when one stored in the same batch came
first (`hub.services.received_order`, decision 0067): an original timesheet that waited for its
placement, stored at the batch's end after the correction the placement let through before it."""

from __future__ import annotations

from flask import Flask
from received_order_support import stored_out_of_order
from sqlalchemy import select

from hub.extensions import db
from hub.models import Record, Submission
from hub.services import same_bytes_note


def test_an_original_stored_after_its_correction_in_one_batch_leaves_the_correction_current(
    backend_app: Flask,
) -> None:
    with backend_app.app_context():
        case = stored_out_of_order()
        ids, original, correction = case.ids, case.original, case.correction
        sheet = db.session.scalars(select(Record).where(Record.form_type == "mentor_hours")).one()
        versions = [(v.version, v.submission_id, v.reason) for v in sheet.versions]
        assert versions == [(1, ids[2], "submitted"), (2, ids[0], "submitted"), (3, ids[2], "reapplied")]
        first, _, current = sheet.versions
        assert sheet.current_version == 3 and current.data == first.data
        # Its provenance was still held for the commit when the original came: copied all the same.
        assert sorted((p.path, repr(p.locator)) for p in current.provenance) == sorted(
            (p.path, repr(p.locator)) for p in first.provenance
        )
        assert current.provenance
        # The correction sent again is told nothing replaced it; the original, that the correction did.
        again = {
            n: same_bytes_note.same_bytes_note(db.session, db.session.get(Submission, ids[n]), f.filename)
            for n, f in ((0, original), (2, correction))
        }
        assert "has since been corrected" not in again[2][0]
        assert f"record {sheet.id} has since been corrected: version 3 is in force" in again[0][0]
