"""A document of many records (a case system's export, one record a row) waits for a placement another
submission may still bring, as a document of one record does (decision 0042, stop 48): whole, nothing
of it stored while it waits, one outcome when it ends; with nothing left to wait for, each row without
its placement rejected alone, named by its file, row and field, and the others stored (decision 0013).

Ishøj's exports (tools/fixtures/ishoej.py): the end forms of Jonas (Falck Taastrup, row 8) and Emma
(Falck Søborg, row 9), and their placements (Jonas row 8, Emma row 9, Ali row 10)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from accounts import add_user, bearer
from flask import Flask
from test_many_records import ROWS, join_ishoej, workbook
from test_unguarded import _terminal_entries
from test_waiting_for_others import _row, _versions

from hub.demo.render_data import XlsxCell
from hub.extensions import db
from hub.services import awaiting, batch_outcome, ingest, processing
from hub.services.user_parties import Party

ISHOEJ = Path(__file__).parents[1] / "golden" / "ishoej"
ENDS = (ISHOEJ / "placement_ends.xlsx").read_bytes()  # Jonas's and Emma's ends
JONAS, EMMA, ALI = ([row] for row in ROWS)  # each one's placement alone
EMMA_UNPLACED = "no placement of this citizen at site 1900000101 holds every date of this form"


def _send(*files: tuple[str, bytes]) -> list[int]:
    sent = [ingest.submit(db.session, data, name, "ishoej", "test", "t") for name, data in files]
    db.session.commit()
    return [s.submission_id for s in sent if s.submission_id is not None]


def _placements(name: str, rows: list[tuple[XlsxCell, ...]]) -> tuple[str, bytes]:
    return name, workbook(rows)


def _waits_whole(submission_id: int) -> None:
    """Queued again, waiting: no row of it stored, no item outcome, no terminal entry."""
    row = _row(submission_id)
    assert (row.status, row.problems, row.waiting_since is not None) == ("queued", None, True)
    assert row.items == [] and _versions(submission_id) == 0
    assert _terminal_entries(submission_id) == []


def _ends_waiting_beside(pending: tuple[str, bytes]) -> tuple[int, int]:
    """Jonas's placement stored; the ends and `pending` sent; the ends' batch run: they wait."""
    (jonas,) = _send(_placements("jonas.xlsx", JONAS))
    processing.process_batch(db.session, [jonas], holder="me")
    ends, other = _send(("ophoer.xlsx", ENDS), pending)
    assert processing.process_batch(db.session, [ends], holder="me") == {ends: "queued"}
    _waits_whole(ends)
    return ends, other


def _items(submission_id: int) -> list[tuple[str, str]]:
    return [(item.label, item.status) for item in _row(submission_id).items]


def test_an_export_of_end_forms_waits_for_the_export_of_their_placements(
    backend_app: Flask, tmp_path: Path
) -> None:
    """Both rows' placements are in an export still queued: the end forms wait, the API says since
    when, and once the placements are stored the ends' next try stores both rows, one outcome."""
    join_ishoej(backend_app, tmp_path)
    add_user(backend_app, "kommune-ishoej", "municipality", Party(municipality="183"))
    with backend_app.app_context():
        ends, placements = _send(("ophoer.xlsx", ENDS), _placements("praktikker.xlsx", list(ROWS)))
        assert processing.process_batch(db.session, [ends], holder="me") == {ends: "queued"}
        _waits_whole(ends)
    answer = backend_app.test_client().get(
        f"/api/submissions/{ends}", headers=bearer(backend_app, "kommune-ishoej")
    )
    body = answer.get_json()
    assert (body["status"], body["final"], body["items"]) == ("queued", False, [])
    assert datetime.fromisoformat(body["waiting_since"]) is not None
    with backend_app.app_context():
        assert processing.process_batch(db.session, [placements], holder="me") == {placements: "accepted"}
        assert awaiting.wakeable(db.session, [placements]) == [ends]
        assert processing.process_batch(db.session, [ends], holder="me") == {ends: "accepted"}
        assert _items(ends) == [("row 8", "accepted"), ("row 9", "accepted")]
        assert _row(ends).waiting_since is None
        assert _terminal_entries(ends) == ["submission.accepted"]


def test_an_export_one_of_whose_rows_lacks_its_placement_waits_whole(
    backend_app: Flask, tmp_path: Path
) -> None:
    """Jonas's placement is stored, Emma's is queued: Jonas's end is not stored now and Emma's later
    (two outcomes for one document), the export waits and is stored whole once Emma's placement is."""
    join_ishoej(backend_app, tmp_path)
    with backend_app.app_context():
        ends, emma = _ends_waiting_beside(_placements("emma.xlsx", EMMA))
        assert processing.process_batch(db.session, [emma], holder="me") == {emma: "accepted"}
        assert awaiting.wakeable(db.session, [emma]) == [ends]
        assert processing.process_batch(db.session, [ends], holder="me") == {ends: "accepted"}
        assert _items(ends) == [("row 8", "accepted"), ("row 9", "accepted")]
        assert _terminal_entries(ends) == ["submission.accepted"]


def test_a_row_whose_placement_never_comes_is_rejected_alone_once_nothing_is_pending(
    backend_app: Flask, tmp_path: Path
) -> None:
    """The pending export holds Ali's placement, not Emma's: stored, it leaves the ends nothing to wait
    for, and their last try stores Jonas's end and rejects Emma's row, named by file, row and field."""
    join_ishoej(backend_app, tmp_path)
    with backend_app.app_context():
        ends, ali = _ends_waiting_beside(_placements("ali.xlsx", ALI))
        processing.process_batch(db.session, [ali], holder="me")
        assert awaiting.wakeable(db.session, [ali]) == [ends]
        assert processing.process_batch(db.session, [ends], holder="me") == {ends: "partial"}
        assert _items(ends) == [("row 8", "accepted"), ("row 9", "rejected")]
        [problem] = _row(ends).problems or []
        assert (problem["file"], problem["item"], problem["field"]) == (
            "ophoer.xlsx",
            "row 9",
            "site.p_number",
        )
        assert EMMA_UNPLACED in problem["reason_en"]
        assert _row(ends).waiting_since is None
        assert _terminal_entries(ends) == ["submission.partial"]


def test_an_export_waits_no_longer_than_a_document_of_one_record(backend_app: Flask, tmp_path: Path) -> None:
    """Emma's placement is still pending, but the ends have waited `LONGEST`: their try is the last."""
    join_ishoej(backend_app, tmp_path)
    with backend_app.app_context():
        ends, emma = _ends_waiting_beside(_placements("emma.xlsx", EMMA))
        row = _row(ends)
        assert row.waiting_since is not None
        row.waiting_since -= awaiting.LONGEST + timedelta(seconds=1)
        db.session.commit()
        assert processing.process_batch(db.session, [ends], holder="me") == {ends: "partial"}
        assert _items(ends) == [("row 8", "accepted"), ("row 9", "rejected")]
        assert _row(emma).status == "received"  # still pending: not what ended the wait


def test_an_export_sent_before_its_placements_in_one_batch_is_stored_after_them(
    backend_app: Flask, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """In one batch the ends come first and find no placement; tried again after the batch's other
    documents, both rows link to the placements sent after them. The export's savepoint takes back
    what its first row wrote: the batch is not stored again with a savepoint a document."""
    join_ishoej(backend_app, tmp_path)
    with backend_app.app_context(), caplog.at_level(logging.INFO, logger=batch_outcome.log.name):
        ends, placements = _send(("ophoer.xlsx", ENDS), _placements("praktikker.xlsx", list(ROWS)))
        outcome = processing.process_batch(db.session, [ends, placements], holder="me")
        assert "stored again with a savepoint" not in caplog.text
        assert outcome == {ends: "accepted", placements: "accepted"}
        assert _items(ends) == [("row 8", "accepted"), ("row 9", "accepted")]
        assert [_terminal_entries(s) for s in (ends, placements)] == [["submission.accepted"]] * 2
