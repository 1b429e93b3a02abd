"""A partner's form is linked among its own citizens' placements only: a placement that another
municipality keeps for the same CPR number at the same site is not there for it, and no rejection may
tell the partner that it exists (DESIGN: a partner sees only counts of the others). Otherwise any CPR
number could be tried against the agreement.

A placement form is the exception: a second municipality placing the same citizen at the same site on
the same days is a conflict someone must settle, so it is still rejected as belonging to another
municipality's citizen (and the lead job centre sees the rejection)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask

from hub.errors import Rejection
from hub.extensions import db
from hub.services import agreements, linking

GOLDEN = ROOT / "tests" / "golden" / "herlev"
SECRET = "test-secret"


def _golden(name: str, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))
    return record | changes


def _reason(app: Flask, record: dict[str, Any]) -> str:
    with app.app_context(), pytest.raises(Rejection) as rejected:
        linking.link(db.session, record, SECRET)
    return " / ".join(f"{p.describe('en')} | {p.describe('da')}" for p in rejected.value.problems)


@pytest.fixture
def herlevs(app: Flask) -> Flask:
    """Falck Hovedstaden with one Herlev placement at Søborg (its golden form)."""
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        linking.link(db.session, _golden("placement"), SECRET)
        db.session.commit()
    return app


def test_a_partners_timesheet_for_another_municipalitys_placement_reads_as_no_placement(
    herlevs: Flask,
) -> None:
    # Gladsaxe sends hours for the CPR number Herlev placed: the same answer as for a CPR number
    # nobody placed, never "another municipality's citizen".
    theirs = _reason(herlevs, _golden("mentor_hours", municipality_code="159"))
    nobody = _reason(herlevs, _golden("mentor_hours", municipality_code="159", citizen={"cpr": "0101901236"}))
    assert theirs == nobody
    assert "municipality" not in theirs and "kommune" not in theirs
    assert "no placement of this citizen at site 1900000101" in theirs


def test_herlevs_own_timesheet_is_linked(herlevs: Flask) -> None:
    with herlevs.app_context():
        placement, created = linking.link(db.session, _golden("mentor_hours"), SECRET)
    assert (placement.municipality_code, created) == ("163", False)


def test_a_form_with_no_placement_says_to_send_the_placement_agreement(herlevs: Flask) -> None:
    # Herlev's timesheet for a citizen Herlev never placed: the hub holds no agreement to link it to.
    reason = _reason(herlevs, _golden("mentor_hours", citizen={"cpr": "0101901236"}))
    assert "the hub holds no placement agreement for the citizen there: send it" in reason
    assert "hubben har ingen praktikaftale for borgeren der: send den" in reason


def test_a_form_outside_its_placement_names_the_placements_period(herlevs: Flask) -> None:
    # Herlev's placement at Søborg runs 10 August–6 November 2026 (its golden form); hours for weeks 47
    # and 48 lie after it: the sender is shown the period to check the dates against.
    late = [{"week": "2026-W47", "hours": "3.0"}, {"week": "2026-W48", "hours": "3.0"}]
    reason = _reason(herlevs, _golden("mentor_hours", entries=late, total_hours="6.0"))
    assert "the citizen's placement there runs 2026-08-10–2026-11-06: correct the form's dates" in reason
    assert "borgerens praktik der løber 10. aug. 2026–6. nov. 2026: ret blankettens datoer" in reason
    assert "send it" not in reason


def test_a_form_rejected_for_want_of_its_placement_says_to_send_it_again(herlevs: Flask) -> None:
    # The rejection is final when it is said: "(blanketten venter på den i op til en time)" beside "Afvist"
    # read as a form still held. It says to send the agreement and then this form again; the hour it may
    # wait is for a form sent together with its agreement.
    reason = _reason(herlevs, _golden("mentor_hours", citizen={"cpr": "0101901236"}))
    assert "send it, then this form again" in reason
    assert "send den og så denne blanket igen" in reason
    assert "is kept waiting" not in reason and "blanketten venter på den" not in reason
