"""A CPR number pasted into a placement form's P-number field (decision 0060, "Stop 58: quiet-67").

Herlev's golden placement (a CSV as Excel on Windows writes it) with the citizen's CPR number typed where
the P-number goes, as a caseworker pasting it twice does: refused "site 2211004237 is not a site of any
agreement ...", the number quoted into the stored reason that the lead and auditors read (masked, but
its date kept) and the reason naming a site, not the slip. Now told as a P-number that looks like a CPR
number and names no agreement's site, without the number. A P-number of that shape in an agreement is a
real one, and its placement is read as before.
"""

from __future__ import annotations

from agreements_once import seeds_loaded
from conftest import ROOT
from flask import Flask
from sqlalchemy import update

from hub.extensions import db
from hub.models import Site
from hub.services import ingest, processing, records

PLACEMENT = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
CPR, SITE = "2211004237", "1900000101"  # the form's own citizen, and Falck Søborg's P-number
REAL = "0311904321"  # a P-number that reads as a CPR number (3 November 1990)


def _sent(app: Flask, data: bytes) -> tuple[str, list[dict[str, object]]]:
    with app.app_context():
        sent = ingest.submit(db.session, data, "praktikaftale.csv", "herlev", "test", "t")
        db.session.commit()
        processing.process_batch(db.session, [sent.submission_id], holder="me")
        db.session.expire_all()
        row = records.submission(db.session, sent.submission_id)
        return row.status, list(row.problems or [])


def test_a_cpr_number_in_the_p_number_field_is_told_so_without_quoting_it(backend_app: Flask) -> None:
    with backend_app.app_context():
        seeds_loaded()
    assert f"P-nr.;{SITE}".encode() in PLACEMENT
    status, problems = _sent(
        backend_app, PLACEMENT.replace(f"P-nr.;{SITE}".encode(), f"P-nr.;{CPR}".encode())
    )
    assert status == "rejected"
    (problem,) = problems
    assert problem["field"] == "site.p_number"
    assert str(problem["reason_en"]).startswith(
        "the P-number looks like a CPR number and is the site of no agreement that municipality 163"
    )
    assert str(problem["reason_da"]).startswith("P-nummeret ligner et CPR-nummer og er ikke et arbejdssted")
    assert CPR not in str(problem) and "221100" not in str(problem)
    # Many real P-numbers read as a CPR number: one an agreement holds is never refused for its shape.
    with backend_app.app_context():
        db.session.execute(update(Site).where(Site.p_number == SITE).values(p_number=REAL))
        db.session.commit()
    status, problems = _sent(
        backend_app, PLACEMENT.replace(f"P-nr.;{SITE}".encode(), f"P-nr.;{REAL}".encode())
    )
    assert (status, problems) == ("accepted", [])
