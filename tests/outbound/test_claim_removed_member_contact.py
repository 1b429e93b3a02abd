"""The contact a claim names for a municipality taken out of an agreement (decision 0010, "Stop 42").

BRFkredit's file names two job-centre contacts: the primary, Jens Eksempel of Gentofte (157), and the
backup, Karen Eksempel of Lyngby-Taarbæk (173). A member's claim names its own municipality's contact, so
Lyngby-Taarbæk's names Karen Eksempel. The file without Lyngby-Taarbæk has her taken out with it
(`_without_lyngby`); its claim for its days as a member must still name her, the contact its auditor knows
from the claims it sent as a member, not Gentofte's Jens Eksempel.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from flask import Flask
from test_agreement_terms import AFTER_Q3, Q3
from test_claim_removed_member import _taken_out

from hub.exports.claims import render_claim
from hub.extensions import db
from hub.periods import parse_period
from hub.services import claims

KAREN = ("Karen Eksempel", "virksomhedsservice@ltk.example.dk", "+4520000204")  # brfkredit.toml's backup
JENS = ("Jens Eksempel", "virksomhedskonsulent@gentofte.example.dk", "+4520000203")  # its primary


def _contact(code: str, period: str = "2026-Q3") -> tuple[str, str, str]:
    claim, _config = claims.build_claim(db.session, code, "brfkredit", parse_period(period), AFTER_Q3)
    return claim.contact_name, claim.contact_email, claim.contact_phone


def test_a_claim_of_its_days_as_a_member_names_its_own_contact(app: Flask, tmp_path: Path) -> None:
    _taken_out(app, tmp_path, today=date(2026, 8, 16))
    with app.app_context():
        # Taken out on 16 August: Q2 was all member days, Q3 up to 15 August; both name its own contact.
        assert _contact("173", "2026-Q2") == KAREN
        assert _contact("173") == KAREN
        # Gentofte, still a member, keeps its own.
        assert _contact("157") == JENS


def test_the_rendered_claim_carries_it(app: Flask, tmp_path: Path) -> None:
    _taken_out(app, tmp_path, today=date(2026, 8, 16))
    with app.app_context():
        claim, config = claims.build_claim(db.session, "173", "brfkredit", Q3, AFTER_Q3)
        assert config.claim is not None
        xml = render_claim(claim, config.claim).decode()
    assert 'navn="Karen Eksempel"' in xml and 'mail="virksomhedsservice@ltk.example.dk"' in xml
    assert "gentofte" not in xml
