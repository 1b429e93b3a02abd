"""A claim asked of a municipality taken out of an agreement (decision 0010, "Stop 40").

BRFkredit pays per allotted place (`fixed_per_place`): Gentofte (157) and Lyngby-Taarbæk (173) have 3
places each, occupied or not. Loading the agreement again with Lyngby-Taarbæk taken out (it has no
placements, so the load allows it) drops its places with it: the hub keeps the present terms only, so its
claim for the third quarter cannot be built again. It is refused naming the day it was taken out, in
English and Danish; a municipality that never was a member is told only that.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tomllib
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import select

from hub.datewords import day_da
from hub.errors import HubError
from hub.extensions import db
from hub.models import AuditEvent
from hub.periods import DENMARK, parse_period
from hub.services import agreements, claims

AGREEMENTS = ROOT / "config" / "agreements"
AFTER_Q3 = date(2026, 12, 3)


def _without_lyngby(folder: Path) -> Path:
    """BRFkredit's file as JSON with Lyngby-Taarbæk, its places and its contact taken out."""
    data: dict[str, Any] = tomllib.loads((AGREEMENTS / "brfkredit.toml").read_text(encoding="utf-8"))
    assert data["partner_municipalities"] == ["173"]
    data["partner_municipalities"] = []
    del data["payment"]["places_per_municipality"]["173"]
    data["contacts"]["jobcentre"] = {
        role: person
        for role, person in data["contacts"]["jobcentre"].items()
        if person.get("municipality_code") != "173"
    }
    path = folder / "brfkredit.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _taken_out(app: Flask, tmp_path: Path) -> set[date]:
    """Load the seeds' agreements, then BRFkredit without Lyngby-Taarbæk: the Danish days it may be now."""
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(AGREEMENTS), "test")
        # Before and after the load: the day it was taken out is one of them (a load across midnight).
        days = {datetime.now(DENMARK).date()}
        agreements.load_files(db.session, [_without_lyngby(tmp_path)], "test")
        days.add(datetime.now(DENMARK).date())
    return days


def _refusal(app: Flask, municipality: str) -> HubError:
    with app.app_context(), pytest.raises(HubError) as refused:
        claims.build_claim(db.session, municipality, "brfkredit", parse_period("2026-Q3"), AFTER_Q3)
    return refused.value


def test_a_municipality_taken_out_is_refused_its_claim_naming_the_day(app: Flask, tmp_path: Path) -> None:
    days = _taken_out(app, tmp_path)
    refused = _refusal(app, "173")
    assert any(
        f"was taken out of agreement brfkredit on {day.isoformat()}" in refused.message for day in days
    )
    assert "cannot build a claim" in refused.message and "audit log" in refused.message
    assert any(f"blev taget ud af aftalen brfkredit den {day_da(day)}" in refused.message_da for day in days)
    assert "revisionsloggen" in refused.message_da
    # One that never was a member is told only that.
    never = _refusal(app, "730")
    assert never.message == "Randers Kommune is not part of agreement brfkredit"
    assert never.message_da == "Randers Kommune er ikke med i aftalen brfkredit"


def test_the_log_notes_who_was_taken_out_with_its_places(app: Flask, tmp_path: Path) -> None:
    _taken_out(app, tmp_path)
    with app.app_context():
        entries = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "agreement.municipality_removed")
        ).all()
        assert [(e.subject, e.detail) for e in entries] == [
            ("agreement:brfkredit", {"municipality": "173", "places": 3})
        ]
        # Gentofte keeps its claim: its 3 places at BRFkredit's terms, whatever Lyngby-Taarbæk's fate.
        claim, _config = claims.build_claim(db.session, "157", "brfkredit", parse_period("2026-Q3"), AFTER_Q3)
        assert len(claim.lines) == 3


def test_the_cli_says_why_and_exits_2(app: Flask, runner: FlaskCliRunner, tmp_path: Path) -> None:
    _taken_out(app, tmp_path)
    out = tmp_path / "claim.csv"
    args = ["claim", "lyngby-taarbaek", "--agreement", "brfkredit", "--period", "2026-Q3", "--out", str(out)]
    result = runner.invoke(args=args)
    assert result.exit_code == 2
    assert "was taken out of agreement brfkredit" in result.output
    assert "blev taget ud af aftalen brfkredit" in result.output
    assert not out.exists()


def test_the_auditor_s_bundle_keeps_the_claim_downloaded_before_it_was_taken_out(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(AGREEMENTS), "test")
    sent = tmp_path / "sent.csv"
    args = ["claim", "173", "--agreement", "brfkredit", "--period", "2026-Q3", "--out", str(sent)]
    assert runner.invoke(args=args).exit_code == 0
    with app.app_context():
        agreements.load_files(db.session, [_without_lyngby(tmp_path)], "test")
    out = tmp_path / "bundle.zip"
    made = runner.invoke(args=["bundle", "lyngby-taarbaek", "--period", "2026-Q3", "--out", str(out)])
    assert made.exit_code == 0, made.output
    zipped = zipfile.ZipFile(out)
    said = zipped.read("claim/hentede-krav.txt").decode()
    digest = hashlib.sha256(sent.read_bytes()).hexdigest()
    assert "brfkredit, 2026-Q3: krav hentet fra hubben" in said and f"SHA-256 {digest}" in said
    # Lyngby-Taarbæk's auditor sees full CPR: the file sent is enclosed, byte for byte.
    [enclosed] = [n for n in zipped.namelist() if n.startswith("claim/hentet/brfkredit-2026-Q3-")]
    assert zipped.read(enclosed) == sent.read_bytes()
    why = zipped.read("claim/brfkredit-2026-Q3-intet-krav.txt").decode()
    assert "blev taget ud af aftalen brfkredit" in why and "was taken out of agreement brfkredit" in why
    # The download's log entry is enclosed with its proof: the bundle's own verifier finds it all sound.
    key = runner.invoke(args=["audit", "key"]).stderr.split("fingerprint: ")[1].split()[0]
    zipped.extract("verify.py", tmp_path)
    command = [sys.executable, str(tmp_path / "verify.py"), str(out), "--key", key]
    checked = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
