"""An end form whose outcome was left blank counts as ended only, on the dashboard as in `hub report
outcomes` (seed 002's table leaves one of its 60 ended unaccounted for). The dashboard's summaries keep ""
for such an outcome, and `dashboard_parts.outcomes` tested `g.outcome is not None`, always true: the
dashboard's outcomes held a "" key the command's did not.

store.py's C (Gladsaxe) ended 28 August 2026 in an ordinary job; here its end form leaves the outcome
blank, so: 1 ended, no outcome counted, 1 "Uden angivet status".
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
from accounts import add_user, sign_in
from conftest import make_app
from flask import Flask
from store import AS_OF, FALCK, build
from test_dashboard_numbers import LEAD, SEPTEMBER

from hub.exports.outcomes import OUTCOMES
from hub.extensions import db
from hub.models import Record, RecordVersion
from hub.services import dashboard, dashboard_summary, reports


def _blank_outcome(tmp_path: Path) -> Flask:
    app = make_app(tmp_path)
    build(app)
    with app.app_context():
        end = db.session.query(Record).filter_by(form_type="placement_end").one()
        version = db.session.query(RecordVersion).filter_by(record_id=end.id).one()
        version.data = {**version.data, "outcome": None}
        db.session.commit()
        dashboard_summary.rebuild(db.session, FALCK)
    return app


def test_an_end_without_an_outcome_is_counted_as_ended_only(tmp_path: Path) -> None:
    app = _blank_outcome(tmp_path)
    with app.app_context():
        board = dashboard.build(db.session, LEAD, FALCK, SEPTEMBER, AS_OF, None).outcomes
        command = reports.outcomes(db.session)
    assert board.ended == command.ended == 1
    assert dict(board.outcomes) == dict(command.outcomes) == dict.fromkeys(OUTCOMES, 0)
    assert board.unstated == command.unstated == 1


def test_the_dashboard_says_how_many_ended_with_no_outcome_stated(tmp_path: Path) -> None:
    app = _blank_outcome(tmp_path)
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")
    page = lxml.html.fromstring(client.get("/dashboard?month=2026-09").get_data(as_text=True))
    rows = [
        [" ".join(cell.text_content().split()) for cell in tr.xpath("./th|./td")]
        for tr in page.xpath('//table[@id="outcomes"]/tbody/tr')
    ]
    assert ["Afsluttet", "1"] in rows
    assert rows.count(["Uden angivet status", "1"]) == 1  # once, after the eight outcomes at 0
    assert ["Ordinært job", "0"] in rows and all(row[0] for row in rows)
