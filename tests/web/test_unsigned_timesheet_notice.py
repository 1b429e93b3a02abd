"""A timesheet stored without the mentor's signature is said so at the upload (the walk of stop 62).

Gladsaxe's lead sent its golden `mentor_hours_unsigned.pdf` (Louise Bak's weeks 37-40 2026: 3 + 3 + 1 +
2.5 = 9.5 hours, "Underskrevet af" and "Dato" left empty) and read "Godkendt" and nothing more; the
month's claim then left the hours out ("timesedlen er ikke underskrevet"), found only on the payments
page weeks later. The submission's status now carries a notice, as a site past its places does: the
participant by its id, the hours, that they are not counted, and what to do. A signed timesheet has none.

The record page said nothing of it either: "Underskrevet af" empty, and nothing more (walk-77). It now
says the upload's words beside it, in the page's language, from the same rule (`stored_notices.of_record`).
"""

from __future__ import annotations

from datetime import date

import lxml.html
from accounts import add_everyone, csrf_token
from conftest import ROOT
from flask import Flask
from page_support import accepted, client_of, load_agreements
from sqlalchemy import select

from hub.extensions import db
from hub.models import Placement, Record, RecordVersion

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"


def _sent(app: Flask) -> tuple[int, int, str]:
    """Both placements, then the unsigned and the signed timesheet: their submissions and Louise's id."""
    load_agreements(app)
    add_everyone(app)
    for placement in ("placement_sygedagpenge.pdf", "placement_kontanthjaelp.pdf"):  # Louise's, Søren's
        accepted(app, (GOLDEN / placement).read_bytes(), placement, "gladsaxe")
    unsigned = accepted(app, (GOLDEN / "mentor_hours_unsigned.pdf").read_bytes(), "timer.pdf", "gladsaxe")
    signed = accepted(app, (GOLDEN / "mentor_hours.pdf").read_bytes(), "timer-2.pdf", "gladsaxe")
    with app.app_context():
        louise = db.session.scalar(
            select(Placement.participant_id).where(Placement.start == date(2026, 9, 7))  # Louise's
        )
    assert louise is not None
    return unsigned, signed, louise


def test_an_unsigned_timesheet_is_accepted_with_a_notice_and_a_signed_one_without(app: Flask) -> None:
    unsigned, signed, louise = _sent(app)
    lead = client_of(app, "lead-gladsaxe")
    notices = lead.get(f"/api/submissions/{unsigned}").get_json()["notices"]
    assert [n["code"] for n in notices] == ["timesheet_unsigned"]
    assert notices[0]["message"] == (
        f"The timesheet of {louise} was stored without the mentor's signature: its 9.50 hours are "
        "not counted in the claim. Send the timesheet again, signed by the mentor."
    )
    assert notices[0]["message_da"] == (
        f"Timesedlen for {louise} er gemt uden mentorens underskrift: dens 9,50 timer tælles ikke med "
        "i kravet. Send timesedlen igen, underskrevet af mentoren."
    )
    assert "2307854562" not in str(notices) and "230785" not in str(notices)  # the id, never CPR
    assert lead.get(f"/api/submissions/{signed}").get_json()["notices"] == []


def _record_of(app: Flask, submission: int) -> int:
    """The mentor hours record a submission stored."""
    with app.app_context():
        found = db.session.scalar(
            select(RecordVersion.record_id)
            .join(Record, Record.id == RecordVersion.record_id)
            .where(RecordVersion.submission_id == submission, Record.form_type == "mentor_hours")
        )
    assert found is not None
    return found


def _signed_by_cell(html: str) -> str:
    """The "signed by" row's value cell, its words as read."""
    page = lxml.html.fromstring(html)
    cell = page.xpath('//tr[@data-path="signed_by"]/td[contains(@class, "value")]')[0]
    return " ".join(cell.text_content().split())


def test_an_unsigned_timesheets_record_page_says_its_hours_are_not_counted(app: Flask) -> None:
    unsigned, signed, louise = _sent(app)
    lead = client_of(app, "lead-gladsaxe")
    record = f"/records/{_record_of(app, unsigned)}"
    assert _signed_by_cell(lead.get(record, headers={"Accept-Language": "da"}).text).endswith(
        f"Timesedlen for {louise} er gemt uden mentorens underskrift: dens 9,50 timer tælles ikke med "
        "i kravet. Send timesedlen igen, underskrevet af mentoren."
    )
    english = client_of(app, "lead-gladsaxe")
    english.post("/language", data={"lang": "en", "csrf_token": csrf_token(english, "/login")})
    shown = english.get(record).text
    assert _signed_by_cell(shown).endswith(
        f"The timesheet of {louise} was stored without the mentor's signature: its 9.50 hours are not "
        "counted in the claim. Send the timesheet again, signed by the mentor."
    )
    assert 'id="unsigned-notice"' in shown
    signed_page = lead.get(f"/records/{_record_of(app, signed)}", headers={"Accept-Language": "da"}).text
    assert 'id="unsigned-notice"' not in signed_page
    assert "underskrift" not in _signed_by_cell(signed_page)
