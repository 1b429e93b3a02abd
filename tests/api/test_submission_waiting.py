"""A follow-up held for its placement (`awaiting.hold`: queued, `waiting_since` set) is told apart in the
API from a file waiting its turn: `waiting_since` says since when, and is null for every other
submission, so a client (the upload page's live rows among them) need not say "in line" for an hour."""

from __future__ import annotations

from datetime import UTC, datetime

from accounts import add_everyone
from api_support import Caller
from conftest import ROOT
from flask import Flask
from page_support import load_agreements

from hub.extensions import db
from hub.services import awaiting, ingest, records

HERLEV = ROOT / "tests" / "golden" / "herlev"
HELD_AT = datetime(2026, 10, 5, 9, 30, tzinfo=UTC)


def _sent(app: Flask, name: str, held: bool) -> int:
    """Herlev's `name` received, and held as the worker holds a follow-up when `held`; its number."""
    with app.app_context():
        sent = ingest.submit(db.session, (HERLEV / name).read_bytes(), name, "163", "test", "tester")
        submission = records.submission(db.session, sent.submission_id)
        if held:
            awaiting.hold(submission, HELD_AT)
        else:
            submission.status = "queued"
        db.session.commit()
        assert sent.submission_id is not None
        return sent.submission_id


def test_a_held_follow_up_says_since_when_and_a_file_in_line_says_nothing(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    held, in_line = _sent(app, "mentor_hours.csv", held=True), _sent(app, "placement.csv", held=False)
    caller = Caller(app, "kommune-herlev")
    body = caller.json(f"/api/submissions/{held}")
    assert (body["status"], body["final"]) == ("queued", False)
    assert datetime.fromisoformat(body["waiting_since"]) == HELD_AT
    assert caller.json(f"/api/submissions/{in_line}")["waiting_since"] is None
    listed = {s["id"]: s["waiting_since"] for s in caller.json("/api/submissions")["submissions"]}
    assert listed[in_line] is None and datetime.fromisoformat(listed[held]) == HELD_AT


def test_a_held_form_once_final_is_waiting_no_longer(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    held = _sent(app, "mentor_hours.csv", held=True)
    with app.app_context():
        submission = records.submission(db.session, held)
        submission.status = "rejected"  # its last try: the column is kept, the wait is over
        db.session.commit()
    assert Caller(app, "kommune-herlev").json(f"/api/submissions/{held}")["waiting_since"] is None
