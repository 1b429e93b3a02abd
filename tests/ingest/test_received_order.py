"""The form received last stays a record's current version when one stored in the same batch came
first (`hub.services.received_order`, decision 0067): an original timesheet that waited for its
placement, stored at the batch's end after the correction the placement let through before it."""

from __future__ import annotations

from conftest import ROOT
from flask import Flask
from simulator_support import fixture_script
from sqlalchemy import select

from hub.demo.population import build_population
from hub.extensions import db
from hub.models import Record, Submission
from hub.services import agreements, ingest, processing, submission_status

bench_year = fixture_script("bench_year")


def test_an_original_stored_after_its_correction_in_one_batch_leaves_the_correction_current(
    backend_app: Flask,
) -> None:
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        plan = next(p for p in build_population() if p.municipality == "gladsaxe")
        agreement = next(a.data for a in agreements.list_agreements(db.session) if a.id == plan.agreement_id)
        forms, _ = bench_year.citizen_forms(plan, agreement, False, True, "t")
        sheets = sorted((f for f in forms if "mentor_hours" in f.filename), key=lambda f: f.filename)
        original, correction = sheets[0], sheets[-1]
        placement = next(f for f in forms if "placement" in f.filename)

        def submit(data: bytes, name: str) -> int:
            return ingest.submit(db.session, data, name, "gladsaxe", "test", "t").submission_id

        # Received in this order: the original before its placement, so it waits for it and is stored
        # at the batch's end, after the correction received last.
        ids = [submit(f.data, f.filename) for f in (original, placement, correction)]
        db.session.commit()
        outcome = processing.process_batch(db.session, ids, holder="one")
        assert outcome == dict.fromkeys(ids, "accepted")
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
            n: submission_status.same_bytes_note(db.session, db.session.get(Submission, ids[n]), f.filename)
            for n, f in ((0, original), (2, correction))
        }
        assert "has since been corrected" not in again[2][0]
        assert f"record {sheet.id} has since been corrected: version 3 is in force" in again[0][0]
