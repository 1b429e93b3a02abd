"""A claim asked of a municipality taken out of an agreement (decision 0010, "Stop 40" and "Stop 41").

BRFkredit pays per allotted place (`fixed_per_place`): Gentofte (157) and Lyngby-Taarbæk (173) have 3
places each, occupied or not, 6.25 hours a week at 275 kr. an hour. Loading the agreement again with
Lyngby-Taarbæk taken out (it has no placements, so the load allows it) ends the version of the terms that
lists it the day before the load's terms take effect: its claim for a period it was a member some of is
computed for its days as a member, one for a period wholly after is refused naming the day, in English
and Danish; a municipality that never was a member is told only that, and one taken out before the hub
kept versions of the terms keeps the refusal for every period.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tomllib
import zipfile
from datetime import date, datetime
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from accounts import add_user, bearer
from agreements_once import seeds_loaded
from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import select
from test_agreement_terms import AFTER_Q3, Q3, claim_lines

from hub.datewords import day_da
from hub.errors import HubError
from hub.extensions import db
from hub.models import Agreement, AuditEvent
from hub.periods import DENMARK, parse_period
from hub.services import agreement_members, agreement_terms, agreements, claims
from hub.services.user_parties import Party

AGREEMENTS = ROOT / "config" / "agreements"


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


def _taken_out(app: Flask, tmp_path: Path, today: date | None = None) -> set[date]:
    """Load the seeds' agreements, then BRFkredit without Lyngby-Taarbæk (on `today`, None: the clock's):
    the Danish days the load may have been on."""
    with app.app_context():
        seeds_loaded()
        # Before and after the load: the day it was taken out is one of them (a load across midnight).
        days = {datetime.now(DENMARK).date()}
        agreements.load_files(db.session, [_without_lyngby(tmp_path)], "test", today=today)
        days.add(datetime.now(DENMARK).date())
    return days


def _before_versions(app: Flask) -> None:
    """Leave BRFkredit's terms as migration 0014 found an agreement that lost a municipality before the
    hub kept versions: one version, since always, of the present terms only."""
    with app.app_context():
        row = db.session.get(Agreement, "brfkredit")
        assert row is not None
        row.terms_history.clear()
        db.session.flush()
        row.terms_history.append(agreement_terms.first(row.data))
        db.session.commit()


def _refusal(app: Flask, municipality: str, period: str = "2026-Q3") -> HubError:
    with app.app_context(), pytest.raises(HubError) as refused:
        claims.build_claim(db.session, municipality, "brfkredit", parse_period(period), AFTER_Q3)
    return refused.value


def test_a_municipality_taken_out_is_refused_a_period_after_naming_the_day(
    app: Flask, tmp_path: Path
) -> None:
    _taken_out(app, tmp_path, today=date(2026, 7, 1))
    # Its last day as a member is 30 June: the third quarter is wholly after.
    refused = _refusal(app, "173")
    assert refused.message == (
        "Lyngby-Taarbæk Kommune was taken out of agreement brfkredit on 2026-07-01: 2026-Q3 is wholly "
        "after that day, so it has no claim for it; its claims for the periods it was a member can still "
        "be had"
    )
    assert refused.message_da.startswith(
        f"Lyngby-Taarbæk Kommune blev taget ud af aftalen brfkredit den {day_da(date(2026, 7, 1))}: "
        "2026-Q3 ligger helt efter den dag"
    )
    # One that never was a member is told only that.
    never = _refusal(app, "730")
    # With the municipalities that are: Lyngby-Taarbæk is taken out, Gentofte (157) is left.
    assert never.message == (
        "Randers Kommune is not part of agreement brfkredit; the agreement's municipalities: "
        "Gentofte Kommune (157)"
    )
    assert never.message_da == (
        "Randers Kommune er ikke med i aftalen brfkredit; aftalens kommuner: Gentofte Kommune (157)"
    )


def test_taken_out_on_16_august_its_q3_claim_covers_its_days_as_a_member(app: Flask, tmp_path: Path) -> None:
    _taken_out(app, tmp_path, today=date(2026, 8, 16))
    # A member 1 July–15 August, 46 days: each of its 3 places 6.25 × 46/7 = 41.0714 → 41.07 hours,
    # × 275 = 11294.25; nothing for 16 August–30 September.
    member = (date(2026, 7, 1), date(2026, 8, 15), D("41.07"), D("275.00"), D("11294.25"))
    assert claim_lines(app, "173") == [(n, *member) for n in (1, 2, 3)]
    with app.app_context():
        claim, _config = claims.build_claim(db.session, "173", "brfkredit", Q3, AFTER_Q3)
        assert claim.total("amount_dkk") == D("33882.75")  # 3 × 11294.25
        assert (claim.period_start, claim.period_end) == (date(2026, 7, 1), date(2026, 9, 30))
        # The second quarter, all of it a member: 91 days, 6.25 × 91/7 = 81.25 hours × 275 = 22343.75.
        q2, _config = claims.build_claim(db.session, "173", "brfkredit", parse_period("2026-Q2"), AFTER_Q3)
        assert [(li.first_day, li.last_day, li.amount_dkk) for li in q2.lines] == [
            (date(2026, 4, 1), date(2026, 6, 30), D("22343.75"))
        ] * 3
        # Gentofte, a member still, keeps its whole quarter: 92 days, 82.14 hours × 275 = 22588.50 a place.
        gentofte, _config = claims.build_claim(db.session, "157", "brfkredit", Q3, AFTER_Q3)
        assert [li.amount_dkk for li in gentofte.lines] == [D("22588.50")] * 3
        # The versions show the removal: the one listing it ends on its last day as a member.
        row = db.session.get(Agreement, "brfkredit")
        assert row is not None
        assert [(v.valid_from, v.valid_to, sorted(v.places)) for v in row.terms_history] == [
            (None, date(2026, 8, 15), ["157", "173"]),
            (date(2026, 8, 16), None, ["157"]),
        ]
    # The fourth quarter is wholly after 16 August.
    assert "on 2026-08-16: 2026-Q4 is wholly after" in _refusal(app, "173", "2026-Q4").message


def test_one_taken_out_before_versions_were_kept_is_refused_every_period(app: Flask, tmp_path: Path) -> None:
    days = _taken_out(app, tmp_path)
    _before_versions(app)
    refused = _refusal(app, "173")
    assert any(
        f"was taken out of agreement brfkredit on {day.isoformat()}, before the hub kept an agreement's "
        "terms over time" in refused.message
        for day in days
    )
    assert "cannot build a claim of it for any period" in refused.message and "audit log" in refused.message
    assert any(f"blev taget ud af aftalen brfkredit den {day_da(day)}" in refused.message_da for day in days)
    assert "revisionsloggen" in refused.message_da


def test_the_log_notes_who_was_taken_out_with_its_places(app: Flask, tmp_path: Path) -> None:
    _taken_out(app, tmp_path)
    # Its own job-centre contact, brfkredit.toml's backup, which the file took out with it ("Stop 42").
    karen = {"name": "Karen Eksempel", "email": "virksomhedsservice@ltk.example.dk", "phone": "+4520000204"}
    with app.app_context():
        entries = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "agreement.municipality_removed")
        ).all()
        assert [(e.subject, e.detail) for e in entries] == [
            ("agreement:brfkredit", {"municipality": "173", "places": 3, "contact": karen})
        ]
        # Gentofte keeps its claim: its 3 places at BRFkredit's terms, whatever Lyngby-Taarbæk's fate.
        claim, _config = claims.build_claim(db.session, "157", "brfkredit", parse_period("2026-Q3"), AFTER_Q3)
        assert len(claim.lines) == 3


def test_the_cli_says_why_and_exits_2(app: Flask, runner: FlaskCliRunner, tmp_path: Path) -> None:
    _taken_out(app, tmp_path, today=date(2026, 7, 1))
    out = tmp_path / "claim.csv"
    args = ["claim", "lyngby-taarbaek", "--agreement", "brfkredit", "--period", "2026-Q3", "--out", str(out)]
    result = runner.invoke(args=args)
    assert result.exit_code == 2
    assert "was taken out of agreement brfkredit" in result.output
    assert "blev taget ud af aftalen brfkredit" in result.output
    assert not out.exists()


def _sent_then_taken_out(app: Flask, runner: FlaskCliRunner, tmp_path: Path) -> Path:
    """Lyngby-Taarbæk downloads its Q3 claim, then is taken out on the clock's day (after the quarter)."""
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(AGREEMENTS), "test")
    sent = tmp_path / "sent.csv"
    args = ["claim", "173", "--agreement", "brfkredit", "--period", "2026-Q3", "--out", str(sent)]
    assert runner.invoke(args=args).exit_code == 0
    with app.app_context():
        agreements.load_files(db.session, [_without_lyngby(tmp_path)], "test")
    return sent


def _q3_bundle(runner: FlaskCliRunner, tmp_path: Path) -> zipfile.ZipFile:
    out = tmp_path / "bundle.zip"
    made = runner.invoke(args=["bundle", "lyngby-taarbaek", "--period", "2026-Q3", "--out", str(out)])
    assert made.exit_code == 0, made.output
    return zipfile.ZipFile(out)


def test_the_bundle_of_a_period_it_was_a_member_holds_its_claim(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    sent = _sent_then_taken_out(app, runner, tmp_path)
    zipped = _q3_bundle(runner, tmp_path)
    # A member all of the quarter: its claim is computed, with the lines and amount of the one sent,
    # 3 places × 22588.50 (not its bytes: its own contact was taken out of the file with it).
    assert "claim/brfkredit-2026-Q3.xml" in zipped.namelist()  # Lyngby-Taarbæk's claims are XML
    assert any(
        zipped.read(n) == sent.read_bytes() for n in zipped.namelist() if n.startswith("claim/hentet/")
    )
    assert not [n for n in zipped.namelist() if n.endswith("intet-krav.txt")]
    said = zipped.read("claim/hentede-krav.txt").decode()
    assert "Kravet i pakken (3 linjer, 67.765,50 kr.) har samme linjer" in said
    assert "The claim in the bundle (3 lines, DKK 67,765.50) has the lines" in said


def test_the_bundle_of_a_quarter_it_was_a_member_part_of_holds_those_days(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    _taken_out(app, tmp_path, today=date(2026, 8, 16))
    zipped = _q3_bundle(runner, tmp_path)
    # Each of its 3 places 1 July–15 August: 11294.25 (Lyngby-Taarbæk writes 15.08.2026 and 11294,25).
    claim = zipped.read("claim/brfkredit-2026-Q3.xml").decode()
    assert claim.count("11294,25") == 3 and claim.count("15.08.2026") == 3
    assert "22588,50" not in claim  # not the whole quarter's place
    said = zipped.read("claim/hentede-krav.txt").decode()
    assert "brfkredit, 2026-Q3: intet krav er hentet fra hubben for perioden." in said
    assert not [n for n in zipped.namelist() if n.endswith("intet-krav.txt")]


def test_the_auditor_s_bundle_keeps_the_claim_downloaded_before_a_removal_without_versions(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    sent = _sent_then_taken_out(app, runner, tmp_path)
    _before_versions(app)
    out = tmp_path / "bundle.zip"
    zipped = _q3_bundle(runner, tmp_path)
    said = zipped.read("claim/hentede-krav.txt").decode()
    digest = hashlib.sha256(sent.read_bytes()).hexdigest()
    assert "brfkredit, 2026-Q3: krav hentet fra hubben" in said and f"SHA-256 {digest}" in said
    # Lyngby-Taarbæk's auditor sees full CPR: the file sent is enclosed, byte for byte.
    [enclosed] = [n for n in zipped.namelist() if n.startswith("claim/hentet/brfkredit-2026-Q3-")]
    assert zipped.read(enclosed) == sent.read_bytes()
    why = zipped.read("claim/brfkredit-2026-Q3-intet-krav.txt").decode()
    assert "blev taget ud af aftalen brfkredit" in why and "was taken out of agreement brfkredit" in why
    assert "before the hub kept an agreement's terms over time" in why
    assert not [n for n in zipped.namelist() if n.startswith("claim/brfkredit-2026-Q3.")]
    # The download's log entry is enclosed with its proof: the bundle's own verifier finds it all sound.
    key = runner.invoke(args=["audit", "key"]).stderr.split("fingerprint: ")[1].split()[0]
    zipped.extract("verify.py", tmp_path)
    command = [sys.executable, str(tmp_path / "verify.py"), str(out), "--key", key]
    checked = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_taking_out_one_without_places_ends_its_version_too(app: Flask, tmp_path: Path) -> None:
    # Falck Hovedstaden pays for occupied places and allots none: Furesø (190) taken out changes no
    # rate nor places, yet the version that lists it ends the day before, as its days as a member.
    source = AGREEMENTS / "falck-hovedstaden.toml"
    data: dict[str, Any] = tomllib.loads(source.read_text(encoding="utf-8"))
    assert "places_per_municipality" not in data["payment"]
    data["partner_municipalities"].remove("190")
    path = tmp_path / "falck-hovedstaden.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(AGREEMENTS), "test")
        agreements.load_files(db.session, [path], "test", today=date(2026, 8, 16))
        row = db.session.get(Agreement, "falck-hovedstaden")
        assert row is not None
        assert [(v.valid_from, v.valid_to, "190" in v.places) for v in row.terms_history] == [
            (None, date(2026, 8, 15), True),
            (date(2026, 8, 16), None, False),
        ]
        name = "Furesø Kommune"
        assert agreement_members.refusal(db.session, row, "190", name, parse_period("2026-Q3")) is None
        after = agreement_members.refusal(db.session, row, "190", name, parse_period("2026-Q4"))
        assert after is not None and "on 2026-08-16: 2026-Q4 is wholly after" in after.message


def test_a_period_between_its_stretches_as_a_member_is_refused_as_such(app: Flask, tmp_path: Path) -> None:
    # Lyngby-Taarbæk taken out on 16 August, back in from 1 October, out again from 1 January 2027: a
    # member 1 July–15 August and 1 October–31 December. Q3 and Q4 have days of it; September has none.
    _taken_out(app, tmp_path, today=date(2026, 8, 16))
    with app.app_context():
        agreements.load_files(db.session, [AGREEMENTS / "brfkredit.toml"], "test", today=date(2026, 10, 1))
        agreements.load_files(db.session, [_without_lyngby(tmp_path)], "test", today=date(2027, 1, 1))
        row = db.session.get(Agreement, "brfkredit")
        assert row is not None
        q3, q4 = parse_period("2026-Q3"), parse_period("2026-Q4")
        assert agreement_members.refusal(db.session, row, "173", "L", q3) is None
        assert agreement_members.refusal(db.session, row, "173", "L", q4) is None
        september = agreement_members.refusal(db.session, row, "173", "L", parse_period("2026-09"))
        assert september is not None
        assert september.message == "L was not part of agreement brfkredit on any day of 2026-09"
        assert september.message_da == "L var ikke med i aftalen brfkredit på nogen dag i 2026-09"


def test_its_own_users_download_it_through_the_api(app: Flask, tmp_path: Path) -> None:
    _taken_out(app, tmp_path, today=date(2026, 8, 16))
    add_user(app, "kommune-lyngby", "municipality", Party(municipality="173"))
    headers = bearer(app, "kommune-lyngby")
    url = "/api/municipalities/173/claim?agreement={}&period={}"
    got = app.test_client().get(url.format("brfkredit", "2026-Q3"), headers=headers)
    assert got.status_code == 200, got.get_data(as_text=True)
    # Its 3 places 1 July–15 August, 11294.25 each (written 11294,25 by Lyngby-Taarbæk's XML).
    assert got.get_data(as_text=True).count("11294,25") == 3
    after = app.test_client().get(url.format("brfkredit", "2026-Q4"), headers=headers)
    assert after.status_code != 200 and "2026-Q4 is wholly after" in after.get_data(as_text=True)
    # An agreement it never was in stays out of its reach, as before.
    never = app.test_client().get(url.format("danfoss", "2026-Q3"), headers=headers)
    assert never.status_code == 404
