"""The record page of a timesheet stored without the mentor's signature says beside "signed by" that its
hours are not counted in the claim (stop 62, walk-77): it showed "Underskrevet af" empty and nothing
more, while the upload's notice (`timesheet_unsigned`) and the payments page's gap said it. In the page's
language, from the upload's rule; a signed timesheet's page has no such line.

Gladsaxe's golden `mentor_hours_unsigned.pdf` is Louise Bak's weeks 37-40 2026: 3 + 3 + 1 + 2.5 = 9.5
hours, "Underskrevet af" and "Dato" left empty; `mentor_hours.pdf` is signed.
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
    load_agreements(app)
    add_everyone(app)
    for placement in ("placement_sygedagpenge.pdf", "placement_kontanthjaelp.pdf"):  # Louise's, Søren's
        accepted(app, (GOLDEN / placement).read_bytes(), placement, "gladsaxe")
    unsigned = accepted(app, (GOLDEN / "mentor_hours_unsigned.pdf").read_bytes(), "timer.pdf", "gladsaxe")
    signed = accepted(app, (GOLDEN / "mentor_hours.pdf").read_bytes(), "timer-2.pdf", "gladsaxe")
    with app.app_context():
        louise = db.session.scalar(
            select(Placement.participant_id).where(Placement.start == date(2026, 9, 7))
        )
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
