"""The form received last stays current (decision 0067, "Stop 50 (2)") when it is a form of one record
that repeated the record's current version: it stores no version, only the submission's
`unchanged_version_id`, and an older form stored after it must not take the record over."""

from __future__ import annotations

from datetime import date, timedelta

from flask import Flask
from received_order_support import gladsaxe_plan, submit, timesheets
from sqlalchemy import select, true

from hub.demo.population import to_placement_record
from hub.demo.simulators import simulator
from hub.extensions import db
from hub.models import Placement, Record, Submission
from hub.services import processing, submission_status


def _original_stored_after_a_repeat() -> tuple[list[int], Record]:
    """The placement, the correction, the original and the correction again, stored in an order
    other than received; their submissions (in the order received) and the timesheet's record."""
    original, placement, correction = timesheets()
    # Received: the placement, the correction, the original (sent late), and the correction again
    # as other bytes (a comment after the PDF's end; the same content): the correction is in force.
    sent = [(placement.data, placement.filename), (correction.data, correction.filename)]
    sent += [(original.data, original.filename), (correction.data + b"\n% sendt igen\n", "igen.pdf")]
    ids = [submit(data, name) for data, name in sent]
    db.session.commit()
    placed, corrected, first, again = ids
    # Stored, a batch each: the placement, the correction, its repeat, and the original last (its job
    # run again after its worker died, or a second worker's batch: `test_versions_in_order`).
    for n in (placed, corrected, again, first):
        assert processing.process_batch(db.session, [n], holder="one") == {n: "accepted"}
    db.session.expire_all()
    return ids, db.session.scalars(select(Record).where(Record.form_type == "mentor_hours")).one()


def test_an_original_stored_after_a_form_that_repeated_its_correction(backend_app: Flask) -> None:
    with backend_app.app_context():
        (_, corrected, first, again), sheet = _original_stored_after_a_repeat()
        # The repeat stored no version: it names the correction's, version 1.
        assert db.session.get_one(Submission, again).unchanged_version_id == sheet.versions[0].id
        # The original is kept as the version it is; the correction's content is stored again on top.
        assert [(v.version, v.submission_id, v.reason) for v in sheet.versions] == [
            (1, corrected, "submitted"),
            (2, first, "submitted"),
            (3, corrected, "reapplied"),
        ]
        assert sheet.current_version == 3 and sheet.versions[2].data == sheet.versions[0].data


def test_an_older_placement_form_stored_after_a_repeat_leaves_the_dates(backend_app: Flask) -> None:
    with backend_app.app_context():
        plan, agreement = gladsaxe_plan()
        first = to_placement_record(plan, agreement)
        # The placement's end corrected a week earlier: the same citizen, site and an overlapping period.
        end = date.fromisoformat(first["period"]["end"]) - timedelta(days=7)
        shortened = first | {"period": first["period"] | {"end": end.isoformat()}}
        printer = simulator("gladsaxe")
        placed, moved = (
            printer.render("placement", printer.localise("placement", r)) for r in (first, shortened)
        )
        # Received: the correction, the first form (sent late), the correction again as other bytes.
        sent = [(moved, "rettet.pdf"), (placed, "praktik.pdf"), (moved + b"\n% sendt igen\n", "igen.pdf")]
        corrected, late, again = (submit(data, name) for data, name in sent)
        db.session.commit()
        for n in (corrected, again, late):
            assert processing.process_batch(db.session, [n], holder="one") == {n: "accepted"}
        db.session.expire_all()
        record = db.session.scalars(select(Record).where(Record.form_type == "placement")).one()
        assert db.session.get_one(Submission, again).unchanged_version_id == record.versions[0].id
        assert [(v.version, v.submission_id, v.reason) for v in record.versions] == [
            (1, corrected, "submitted"),
            (2, late, "submitted"),
            (3, corrected, "reapplied"),
        ]
        # The dates its forms are checked against and its claim counted by stay the correction's.
        placement = db.session.get_one(Placement, record.placement_id)
        assert (placement.start, placement.end) == (plan.start, end)


def test_the_repeat_names_the_version_in_force_as_the_form_it_repeated_does(backend_app: Flask) -> None:
    # After the reapply the correction's content is version 3: the correction's status names 3
    # (`as_listed`), and the repeat, which stands for the same content, must name 3 too, not the
    # version 1 the older form undid (a case system matching it to the record would find it outdated).
    with backend_app.app_context():
        (_, corrected, _, again), sheet = _original_stored_after_a_repeat()
        assert sheet.current_version == 3
        rows = [db.session.get_one(Submission, n) for n in (corrected, again)]
        status = {row.id: submission_status.result_of(db.session, row)["records"] for row in rows}
        assert status[corrected] == [{"record_id": sheet.id, "version": 3, "unchanged": False}]
        assert status[again] == [{"record_id": sheet.id, "version": 3, "unchanged": True}]
        listed = submission_status.records_of(db.session, rows, true())
        assert listed == {corrected: [(sheet.id, 3)], again: [(sheet.id, 3)]}
