"""The form received last stays current (decision 0067) when it made no version of its own: a document
of several whose row repeated the record's current version unchanged keeps only its item row, and an
older form stored after it must not take the record (and its placement's dates) over."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

from flask import Flask
from sqlalchemy import select
from test_many_records import ROWS, join_ishoej, workbook

from hub.extensions import db
from hub.models import Placement, Record, Submission
from hub.services import ingest, processing, submission_status


def test_an_older_export_stored_after_one_that_repeated_the_correction(app: Flask, tmp_path: Path) -> None:
    join_ishoej(app, tmp_path)
    # Jonas's end and hours a week corrected (30 October → 20 November, 18.5 → 20 hours a week).
    corrected = [(*ROWS[0][:7], "20.11.2026", 20, *ROWS[0][9:]), *ROWS[1:]]
    with app.app_context():
        # In the order received: the correction, the first export (sent late), and the correction
        # again without Ali's row (other bytes, Jonas's row the same): Jonas's hours are 20 at the end.
        files = (("rettet.xlsx", corrected), ("udtraek.xlsx", ROWS), ("rettet-igen.xlsx", corrected[:2]))
        sent = [ingest.submit(db.session, workbook(rows), n, "ishoej", "test", "t") for n, rows in files]
        db.session.commit()
        correction, first, again = (s.submission_id for s in sent)
        # Stored as the correction, the repeat, then the first export (its job run again later).
        for n in (correction, again, first):
            assert processing.process_batch(db.session, [n], holder="one") == {n: "accepted"}
        [jonas] = [
            r for r in db.session.scalars(select(Record)) if D(r.versions[0].data["hours_per_week"]) == 20
        ]
        # The repeat stored no version; its item row names version 1, the same as it.
        assert [(i.record_id, i.version, i.status) for i in db.session.get_one(Submission, again).items][
            0
        ] == (
            jonas.id,
            1,
            "unchanged",
        )
        assert [(v.version, v.submission_id, v.reason) for v in jonas.versions] == [
            (1, correction, "submitted"),
            (2, first, "submitted"),
            (3, correction, "reapplied"),
        ]
        assert D(jonas.versions[-1].data["hours_per_week"]) == 20 and jonas.current_version == 3
        # The placement's dates, which its forms are checked against and its claim counted by, stay the
        # correction's: the first export's are older than the repeat's.
        db.session.expire_all()
        placement = db.session.get_one(Placement, jonas.placement_id)
        assert (placement.start, placement.end) == (date(2026, 8, 3), date(2026, 11, 20))
        # The repeat's status names the version in force at Jonas's item, as the correction's does.
        shown = submission_status.result_of(db.session, db.session.get_one(Submission, again))
        assert (shown["items"][0]["record_id"], shown["items"][0]["version"]) == (jonas.id, 3)
