"""Only what another submission may bring makes a document wait (decision 0030, stop 47): a placement
at a site in no agreement, or a company's form naming an intern not of its agreement, is rejected at
once though its sender has other work pending; a follow-up without its placement still waits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import ROOT
from flask import Flask
from test_unguarded import FIRST, GOLDEN, REPORT, SECOND, _terminal_entries
from test_waiting_for_others import _row, _waits

from hub.adapters.language.config_paths import REFERENCE
from hub.adapters.mapping.form import MappedForm
from hub.errors import FieldProblem, Rejection
from hub.extensions import db
from hub.models import Placement, Submission
from hub.pseudonyms import participant_id
from hub.services import agreements, ingest, participants, processing

CPR, SITE, START = "0101901234", "1900000101", "2026-08-03"  # an intern at Falck Søborg
NO_AGREEMENT = "site 1900000101 is not a site of any agreement that municipality 159 is part of"


def _submit_without_agreements(*names: str) -> list[int]:
    """Gladsaxe's files sent before any agreement is loaded: no site is in one."""
    sent = [ingest.submit(db.session, (GOLDEN / n).read_bytes(), n, "gladsaxe", "test", "t") for n in names]
    db.session.commit()
    return [submitted.submission_id for submitted in sent]


def test_a_placement_at_a_site_in_no_agreement_is_rejected_at_once_while_its_sender_has_work_pending(
    backend_app: Flask,
) -> None:
    """The placement's batch finds the sender's other placement still `received`: only the operator
    can put the site in an agreement, so the rejection is final now, not after an hour `queued`. The
    report of the same citizen, in the same batch, still waits: the pending one may hold its
    placement, as far as the hub can tell without reading it."""
    with backend_app.app_context():
        first, report, second = _submit_without_agreements(FIRST, REPORT, SECOND)
        outcome = processing.process_batch(db.session, [first, report], holder="me")
        assert outcome == {first: "rejected", report: "queued"}
        row = _row(first)
        assert row.waiting_since is None
        [problem] = row.problems or []
        assert (problem["field"], problem["outside_document"]) == ("site.p_number", True)
        assert NO_AGREEMENT in problem["reason_en"]
        # Whether it waited is not the problem's to say: stored and answered as before.
        assert "awaits_submission" not in problem
        assert _terminal_entries(first) == ["submission.rejected"]
        _waits(report)
        assert _row(second).status == "received"  # pending all along


def _resolve(sent: Submission, pid: str) -> FieldProblem:
    """The one problem `participants.resolve` finds with a timesheet naming `pid`."""
    mapped = MappedForm({REFERENCE: pid, "form_type": "mentor_hours"}, (), "company_form")
    with pytest.raises(Rejection) as caught:
        participants.resolve(db.session, sent, mapped)
    [problem] = caught.value.problems
    return problem


@pytest.mark.parametrize("company", [True, False], ids=["company", "municipality"])
def test_an_intact_participant_id_not_of_the_sender_waits_for_nothing(
    backend_app: Flask, company: bool
) -> None:
    """The hub gives an id out only for a placement it holds and never drops one: an id not among the
    sender's interns is read again if the same bytes come again, but waits for no other submission."""
    with backend_app.app_context():
        sent = Submission(
            filename="form.pdf",
            agreement_id="falck-hovedstaden" if company else None,
            municipality_code=None if company else "159",
        )
        problem = _resolve(sent, participant_id(_secret(backend_app), CPR, SITE, START))
        assert "is not an intern of" in problem.reason_en
        assert (problem.outside_document, problem.awaits_submission) == (True, False)


def test_a_company_form_sent_for_the_wrong_agreement_waits_for_nothing(backend_app: Flask) -> None:
    """Falck's intern is in its Hovedstaden agreement and the form was sent for Falck Randers: only the
    company sending it again for the other agreement mends that, no submission still to be read."""
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "t")
        pid = participant_id(_secret(backend_app), CPR, SITE, START)
        day = date.fromisoformat(START)
        db.session.add(
            Placement(
                agreement_id="falck-hovedstaden",
                municipality_code="159",
                cpr_key="key",
                participant_id=pid,
                p_number=SITE,
                start=day,
                end=day + timedelta(days=90),
            )
        )
        db.session.commit()
        problem = _resolve(Submission(filename="form.pdf", agreement_id="falck-randers"), pid)
        assert "is an intern of agreement falck-hovedstaden, not of agreement falck-randers" in (
            problem.reason_en
        )
        assert (problem.outside_document, problem.awaits_submission) == (True, False)


def _secret(app: Flask) -> str:
    return str(app.config["PSEUDONYM_KEY"])


@pytest.mark.parametrize("typed", ["010190-1234", "0101901234"])
def test_a_cpr_number_typed_as_a_participant_id_is_never_quoted_back(backend_app: Flask, typed: str) -> None:
    """A municipality's form naming its intern by participant id, with a CPR number in the id's field
    (decision 0060, "Stop 58: quiet-66"): it was refused as "'0101901234' is not an id the hub wrote",
    the number stored with the submission and shown to whoever sees it; now said as a CPR number,
    unquoted, in English and Danish."""
    with backend_app.app_context():
        problem = _resolve(Submission(filename="form.pdf", municipality_code="159"), typed)
        assert problem.reason_en.startswith("looks like a CPR number, not an id the hub wrote")
        assert problem.reason_da.startswith("ligner et CPR-nummer, ikke et id, hubben har skrevet")
        assert "1234" not in problem.reason_en + problem.reason_da
