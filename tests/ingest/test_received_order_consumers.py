"""What users see of a record whose later-received form was stored again on top of an older one stored
after it (`reapplied`, decision 0067): the record page says which form came when, the submissions'
lists name the record once, at the version in force, and `hub reprocess` still refuses the older form
and reads the later one again."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from accounts import add_everyone
from flask import Flask
from page_support import client_of
from received_order_support import stored_out_of_order, submitted
from sqlalchemy import select, true
from test_many_records import ISHOEJ, ROWS, join_ishoej, workbook

from hub.adapters import pipeline
from hub.exports.payments import PaymentLine
from hub.extensions import db
from hub.models import Agreement, Placement, Record, RecordVersion, Submission
from hub.periods import month_of
from hub.services import (
    claim_change_keys,
    ingest,
    payments,
    processing,
    records,
    reprocess,
    submission_status,
)
from hub.services.received_order import received_later


def _sheet() -> Record:
    return db.session.scalars(select(Record).where(Record.form_type == "mentor_hours")).one()


def test_the_later_form_names_its_record_once_at_the_version_in_force(app: Flask) -> None:
    with app.app_context():
        original, placement, correction = stored_out_of_order().ids
        sheet = _sheet()
        placement_record = db.session.scalars(select(Record).where(Record.form_type == "placement")).one()
        # Version 1 (the correction as first stored) and 3 (stored again on top of the original, version
        # 2) are one record holding one content: the correction's page, the API and the upload list say
        # record, version 3, once; the original its own version 2.
        shown = {
            n: submission_status.result_of(db.session, db.session.get_one(Submission, n))["records"]
            for n in (original, correction)
        }
        assert shown[correction] == [{"record_id": sheet.id, "version": 3, "unchanged": False}]
        assert shown[original] == [{"record_id": sheet.id, "version": 2, "unchanged": False}]
        rows = [db.session.get_one(Submission, n) for n in (original, placement, correction)]
        assert submission_status.records_of(db.session, rows, true()) == {
            original: [(sheet.id, 2)],
            placement: [(placement_record.id, 1)],
            correction: [(sheet.id, 3)],
        }
        # `hub ingest` prints a line per version it finds: one, the version in force.
        assert [(v.record_id, v.version) for v in records.versions_of_submission(db.session, correction)] == [
            (sheet.id, 3)
        ]


def test_the_record_page_says_the_older_form_was_received_before_the_version_it_follows(app: Flask) -> None:
    with app.app_context():
        original, _, correction = stored_out_of_order().ids
        sheet = _sheet().id
    add_everyone(app)
    html = client_of(app, "lead-gladsaxe").get(f"/records/{sheet}").text
    rows = lxml.html.fromstring(html).xpath('//table[@id="versions"]/tbody/tr')
    why = [" ".join(row.xpath("./td")[1].text_content().split()) for row in rows]
    # The original (version 2) did not correct the correction (version 1): it came in before it.
    assert why == [
        "modtaget",
        "modtaget før version 1, gemt efter den",
        "fortsat gældende: modtaget efter versionen før den",
    ]


def test_reprocess_refuses_the_older_form_and_reads_the_later_one_again(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    with app.app_context():
        original, _, correction = stored_out_of_order().ids
        before = _sheet().versions[-1].data
        read = pipeline.canonicalise

        def read_otherwise(*args: Any, **kwargs: Any) -> pipeline.Canonical:
            # An adapter change that reads every timesheet otherwise (a note the new mapping adds).
            canonical = read(*args, **kwargs)
            if canonical.record["form_type"] != "mentor_hours":
                return canonical
            return dataclasses.replace(canonical, record={**canonical.record, "note": "read again"})

        monkeypatch.setattr(pipeline, "canonicalise", read_otherwise)
        changes = {c.submission_id: c for c in reprocess.reprocess(db.session, "gladsaxe", False, "test")}
        assert changes[correction].now == "accepted" and changes[correction].changed
        assert changes[original].after == changes[original].before
        assert "has corrected this record" in changes[original].problems[0].reason_en
        sheet = _sheet()
        db.session.refresh(sheet)
        versions = [(v.version, v.submission_id, v.reason) for v in sheet.versions]
        assert versions[-1] == (4, correction, "reprocessed") and sheet.current_version == 4
        assert sheet.versions[-1].data == {**before, "note": "read again"}


def test_the_later_form_stored_again_is_its_newest_version() -> None:
    # The later form read again by `hub reprocess` (version 3) after its first version (1), an older
    # form (2) between: a form received between them stored now keeps version 3's content on top.
    versions = [RecordVersion(version=n, submission_id=s) for n, s in ((1, 9), (2, 3), (3, 9))]
    record = Record(versions=versions)
    assert received_later(record, Submission(id=5)) is versions[2]


def test_a_job_run_again_with_the_older_form_leaves_the_claim_as_it_was(app: Flask) -> None:
    with app.app_context():
        # The correction stored first, the original's job run again later (its worker died): the
        # claim's lines read the current version, which is the correction's content before and after.
        original, placement, correction = submitted().ids
        assert processing.process_batch(db.session, [placement, correction], holder="one")[correction] == (
            "accepted"
        )
        stored = db.session.scalars(select(Placement)).one()
        agreement = db.session.get_one(Agreement, stored.agreement_id)
        year, week = _sheet().versions[-1].data["entries"][-1]["week"].split("-W")
        month = month_of(date.fromisocalendar(int(year), int(week), 1))  # the timesheet's last week

        def claimed() -> list[tuple[str, Any, Any]]:
            lines = payments.municipality_items(db.session, agreement, "159", month)
            paid = (i for i in lines if isinstance(i, PaymentLine))
            return [(i.participant_id, i.delivered_hours, i.amount_dkk) for i in paid]

        before, key = claimed(), claim_change_keys.keys(db.session, "159", agreement, [month])
        assert processing.process_batch(db.session, [original], holder="one") == {original: "accepted"}
        assert [v.reason for v in _sheet().versions] == ["submitted", "submitted", "reapplied"]
        assert before and claimed() == before
        # Which it would not be, were the original's hours the ones in force.
        _sheet().current_version = 2
        assert claimed() != before
        db.session.rollback()
        # Two versions more: the period's comparison with a download is made again, and finds no change.
        assert claim_change_keys.keys(db.session, "159", agreement, [month]) != key


def _exports_stored_out_of_order(app: Flask, tmp_path: Path) -> tuple[int, int, Record]:
    """Two of Ishøj's exports, the later one stored first and the first one's job run again afterwards:
    the first export's and the later one's submissions, and Jonas's record, which only the later one
    corrected (end 30 October → 20 November, 18.5 → 20 hours a week; Emma's and Ali's rows the same).
    Call inside an app context."""
    join_ishoej(app, tmp_path)
    corrected = [(*ROWS[0][:7], "20.11.2026", 20, *ROWS[0][9:]), *ROWS[1:]]
    files = (("udtraek.xlsx", ROWS), ("udtraek-rettet.xlsx", corrected))
    sent = [ingest.submit(db.session, workbook(rows), name, "ishoej", "test", "t") for name, rows in files]
    db.session.commit()
    first, later = (s.submission_id for s in sent)
    assert processing.process_batch(db.session, [later], holder="one") == {later: "accepted"}
    assert processing.process_batch(db.session, [first], holder="one") == {first: "accepted"}
    [jonas] = [
        r for r in db.session.scalars(select(Record)) if D(r.versions[-1].data["hours_per_week"]) == 20
    ]
    return first, later, jonas


def test_a_document_of_many_records_run_again_after_its_correction(app: Flask, tmp_path: Path) -> None:
    with app.app_context():
        first, later, jonas = _exports_stored_out_of_order(app, tmp_path)
        assert [(v.version, v.submission_id, v.reason) for v in jonas.versions] == [
            (1, later, "submitted"),
            (2, first, "submitted"),
            (3, later, "reapplied"),
        ]
        # Each item row keeps the version its row stored (the log and the rows name version numbers:
        # decision 0067); the records the later export stored name Jonas's once, at the version in force.
        items = {
            n: [(i.record_id, i.version) for i in db.session.get_one(Submission, n).items]
            for n in (first, later)
        }
        assert items[first][0] == (jonas.id, 2) and items[later][0] == (jonas.id, 1)
        shown = submission_status.result_of(db.session, db.session.get_one(Submission, later))["records"]
        assert [(r["record_id"], r["version"]) for r in shown] == [(jonas.id, 3), *items[later][1:]]
        # The placement's own dates, which its forms are checked against and its claim counted by, are
        # the version's in force: linking the older form had set them to its period.
        db.session.expire_all()  # read from the database, not as held in this session
        placement = db.session.get_one(Placement, jonas.placement_id)
        assert (placement.start, placement.end) == (date(2026, 8, 3), date(2026, 11, 20))


def test_an_older_placement_form_is_stored_though_forms_came_in_the_later_ones_period(
    app: Flask, tmp_path: Path
) -> None:
    join_ishoej(app, tmp_path)
    # Jonas's end moved from 30 October to 20 November by a later export, and his end form (15
    # November) linked under it; the first export's job run again afterwards. In the order received it
    # is accepted (its period then held every form): so it is out of it, and the later dates stay.
    corrected = [(*ISHOEJ.ROWS[0][:7], "20.11.2026", *ISHOEJ.ROWS[0][8:]), *ISHOEJ.ROWS[1:]]
    ended = [(*ISHOEJ.END_ROWS[0][:3], "15.11.2026", *ISHOEJ.END_ROWS[0][4:])]
    end_file = workbook(ended, ISHOEJ.END_TITLE, ISHOEJ.END_HEADER)
    with app.app_context():
        files = (("udtraek.xlsx", workbook(ISHOEJ.ROWS)), ("udtraek-rettet.xlsx", workbook(corrected)))
        sent = [ingest.submit(db.session, data, name, "ishoej", "test", "t") for name, data in files]
        sent.append(ingest.submit(db.session, end_file, "ophoer.xlsx", "ishoej", "test", "t"))
        db.session.commit()
        first, later, end = (s.submission_id for s in sent)
        assert processing.process_batch(db.session, [later, end], holder="one") == dict.fromkeys(
            (later, end), "accepted"
        )
        assert processing.process_batch(db.session, [first], holder="one") == {first: "accepted"}
        placement = db.session.scalars(select(Placement).where(Placement.end == date(2026, 11, 20))).one()
        record = db.session.scalars(select(Record).where(Record.placement_id == placement.id)).all()
        versions = [
            [(v.submission_id, v.reason) for v in r.versions] for r in record if r.form_type == "placement"
        ]
        assert versions == [[(later, "submitted"), (first, "submitted"), (later, "reapplied")]]
        db.session.expire_all()
        assert db.session.get_one(Placement, placement.id).end == date(2026, 11, 20)


def test_an_item_names_the_version_in_force_as_its_submissions_records_do(app: Flask, tmp_path: Path) -> None:
    with app.app_context():
        first, later, jonas = _exports_stored_out_of_order(app, tmp_path)
        # The later export's Jonas row stored version 1, which the first export's version 2 undid and
        # version 3 (reapplied) brought back: its status (the API's, and the upload's answer to the same
        # bytes sent again) names version 3 at the item as in `records`, not version 1, no longer in force.
        shown = {
            n: submission_status.result_of(db.session, db.session.get_one(Submission, n))
            for n in (first, later)
        }
        items = {n: [(i["record_id"], i["version"]) for i in shown[n]["items"]] for n in (first, later)}
        assert items[later][0] == (jonas.id, 3) and jonas.current_version == 3
        # Every item of the later export is a record its `records` name, at the same version.
        assert {(r["record_id"], r["version"]) for r in shown[later]["records"]} == set(items[later])
        # The first export's Jonas row names its own version 2, as its `records` do: the form it stored,
        # received before the version in force; its other rows the later export's versions they repeat.
        assert items[first][0] == (jonas.id, 2)
        assert items[first][1:] == items[later][1:]
        # The rows themselves keep the version they stored (decision 0067: numbers are not rewritten).
        assert [i.version for i in db.session.get_one(Submission, later).items][0] == 1
