"""A timesheet stored without the mentor's signature is said so at the upload (the walk of stop 62).

Gladsaxe's lead sent its golden `mentor_hours_unsigned.pdf` (Louise Bak's weeks 37-40 2026: 3 + 3 + 1 +
2.5 = 9.5 hours, "Underskrevet af" and "Dato" left empty) and read "Godkendt" and nothing more; the
month's claim then left the hours out ("timesedlen er ikke underskrevet"), found only on the payments
page weeks later. The submission's status now carries a notice, as a site past its places does: the
participant by its id, the hours, that they are not counted, and what to do. A signed timesheet has none.
"""

from __future__ import annotations

from datetime import date

from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import accepted, client_of, load_agreements
from sqlalchemy import select

from hub.extensions import db
from hub.models import Placement

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"


def test_an_unsigned_timesheet_is_accepted_with_a_notice_and_a_signed_one_without(app: Flask) -> None:
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
