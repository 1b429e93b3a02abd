"""Payment terms over time (decision 0063): a change takes effect on a day, the days before keep the
terms they had, and a change that would reprice a claim already downloaded is refused.

BRFkredit pays per allotted place (`fixed_per_place`), occupied or not: Gentofte (157) and
Lyngby-Taarbæk (173) have 3 places each at 6.25 hours a week and 275 kr. an hour. With no placements
every line is an empty place, so the amounts follow from the terms alone: a place for d days is granted
6.25 × d/7 hours (half-up to hundredths), paid at the rate, half-up to øre.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from accounts import add_everyone, bearer
from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import client_of
from sqlalchemy import select

from hub.errors import Rejection
from hub.exports.claims import render_claim
from hub.extensions import db
from hub.models import Agreement, AgreementTerms, AuditEvent
from hub.periods import parse_period
from hub.services import agreements, claims
from hub.services.registry import registry

AGREEMENTS = ROOT / "config" / "agreements"
AFTER_Q3 = date(2026, 12, 3)
Q3 = parse_period("2026-Q3")


def brf_file(folder: Path, rate: str = "290.00", **payment: Any) -> Path:
    """BRFkredit's file as JSON with another rate (and whatever else of its payment terms is given)."""
    data: dict[str, Any] = tomllib.loads((AGREEMENTS / "brfkredit.toml").read_text(encoding="utf-8"))
    data["payment"].update(hourly_rate_dkk=rate, **payment)
    path = folder / f"brfkredit-{len(list(folder.glob('brfkredit-*.json')))}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def load(app: Flask, *paths: Path, today: date = AFTER_Q3) -> None:
    with app.app_context():
        agreements.load_files(db.session, list(paths), "test", today=today)


def seeds(app: Flask) -> Flask:
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(AGREEMENTS), "test")
    return app


def claim_lines(app: Flask, code: str) -> list[tuple[int | None, date, date, D, D, D]]:
    with app.app_context():
        claim, _config = claims.build_claim(db.session, code, "brfkredit", Q3, AFTER_Q3)
        return [
            (li.place, li.first_day, li.last_day, li.granted_hours, li.hourly_rate_dkk, li.amount_dkk)
            for li in claim.lines
        ]


def every_format(app: Flask) -> dict[str, bytes]:
    """Gentofte's Q3 claim of BRFkredit rendered by every municipality's claim writer; a writer checks
    the period is of its kind, so the quarter's lines go to a monthly or half-yearly one labelled as such."""
    as_kind = {
        "quarter": ("2026-Q3", "quarter"),
        "month": ("2026-09", "month"),
        "half_year": ("2026-H2", "half_year"),
    }
    with app.app_context():
        claim, _config = claims.build_claim(db.session, "157", "brfkredit", Q3, AFTER_Q3)
        return {
            config.code: render_claim(
                replace(claim, period_label=as_kind[kind][0], period_kind=as_kind[kind][1]), config.claim
            )
            for config in registry().all()
            if config.claim is not None and (kind := config.audit.claim_period)
        }


def test_a_quarter_that_straddles_a_change_splits_each_place_at_the_day(
    backend_app: Flask, tmp_path: Path
) -> None:
    app = backend_app  # SQLite and PostgreSQL
    seeds(app)
    load(app, brf_file(tmp_path, effective_from="2026-08-16"))
    # Q3 is 1 July–30 September, 92 days: 1 July–15 August is 46 days at 275 kr., 16 August–30 September
    # 46 days at 290 kr. Each: 6.25 × 46/7 = 41.0714 → 41.07 hours; 41.07 × 275 = 11294.25 and
    # 41.07 × 290 = 11910.30. Every place has one line for each stretch.
    before = (date(2026, 7, 1), date(2026, 8, 15), D("41.07"), D("275.00"), D("11294.25"))
    after = (date(2026, 8, 16), date(2026, 9, 30), D("41.07"), D("290.00"), D("11910.30"))
    assert claim_lines(app, "157") == [(n, *before) for n in (1, 2, 3)] + [(n, *after) for n in (1, 2, 3)]
    with app.app_context():
        claim, _config = claims.build_claim(db.session, "157", "brfkredit", Q3, AFTER_Q3)
        # 3 × (11294.25 + 11910.30) = 3 × 23204.55; the header keeps the rate of the quarter's first day.
        assert claim.total("amount_dkk") == D("69613.65")
        assert claim.hourly_rate_dkk == D("275.00")


def test_places_taken_from_a_municipality_count_from_the_day(backend_app: Flask, tmp_path: Path) -> None:
    app = backend_app  # SQLite and PostgreSQL
    seeds(app)
    places = {"157": 2, "173": 3}
    load(app, brf_file(tmp_path, rate="275.00", places_per_municipality=places, effective_from="2026-09-01"))
    # Gentofte: 3 places 1 July–31 August (62 days: 6.25 × 62/7 = 55.3571 → 55.36 h, × 275 = 15224.00),
    # then 2 places 1–30 September (30 days: 6.25 × 30/7 = 26.7857 → 26.79 h, × 275 = 7367.25).
    july_august = (date(2026, 7, 1), date(2026, 8, 31), D("55.36"), D("275.00"), D("15224.00"))
    september = (date(2026, 9, 1), date(2026, 9, 30), D("26.79"), D("275.00"), D("7367.25"))
    assert claim_lines(app, "157") == [(n, *july_august) for n in (1, 2, 3)] + [
        (n, *september) for n in (1, 2)
    ]
    # Lyngby-Taarbæk's terms did not change: one line a place for the quarter, 6.25 × 92/7 = 82.1429 →
    # 82.14 hours, × 275 = 22588.50.
    whole = (date(2026, 7, 1), date(2026, 9, 30), D("82.14"), D("275.00"), D("22588.50"))
    assert claim_lines(app, "173") == [(n, *whole) for n in (1, 2, 3)]


def test_a_downloaded_claim_is_the_same_file_after_a_later_change(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    seeds(app)
    formats = every_format(app)
    with app.app_context():
        kinds = {registry().get(code).claim.format for code in formats}  # type: ignore[union-attr]
    assert kinds == {"csv", "xml", "pdf"}
    sent = tmp_path / "sent.xml"
    args = ["claim", "157", "--agreement", "brfkredit", "--period", "2026-Q3", "--out", str(sent)]
    assert runner.invoke(args=args).exit_code == 0
    # 290 kr. from the day after the quarter: the quarter's days keep 275.
    load(app, brf_file(tmp_path, effective_from="2026-10-01"))
    again = tmp_path / "again.xml"
    assert runner.invoke(args=[*args[:-1], str(again)]).exit_code == 0
    assert again.read_bytes() == sent.read_bytes()
    assert every_format(app) == formats
    with app.app_context():
        stored = db.session.get(Agreement, "brfkredit")
        assert stored is not None and stored.hourly_rate_dkk == D("290.00")  # the present terms are new
        history = [(v.valid_from, v.valid_to, v.hourly_rate_dkk) for v in stored.terms_history]
        assert history == [(None, date(2026, 9, 30), D("275.00")), (date(2026, 10, 1), None, D("290.00"))]


def test_a_change_into_a_downloaded_period_is_refused_and_nothing_is_stored(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    seeds(app)
    args = ["claim", "lyngby-taarbaek", "--agreement", "brfkredit", "--period", "2026-Q3"]
    assert runner.invoke(args=[*args, "--out", str(tmp_path / "sent.xml")]).exit_code == 0
    with app.app_context():
        entries = db.session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    with pytest.raises(Rejection) as refused:
        load(app, brf_file(tmp_path, effective_from="2026-09-15"))
    [problem] = refused.value.problems
    assert "Lyngby-Taarbæk Kommune has already downloaded its claim for 2026-Q3" in problem.reason_en
    assert "cannot change from 2026-09-15" in problem.reason_en
    assert "Lyngby-Taarbæk Kommune har allerede hentet sit refusionskrav for 2026-Q3" in problem.reason_da
    assert "ændres fra 15. sep. 2026" in problem.reason_da
    # `hub agreements load` says so in both languages and exits without storing.
    said = runner.invoke(args=["agreements", "load", str(brf_file(tmp_path, effective_from="2026-07-01"))])
    assert said.exit_code != 0
    assert "Lyngby-Taarbæk Kommune has already downloaded its claim for 2026-Q3" in said.output
    assert "betalingsvilkårene kan ikke ændres fra 1. jul. 2026" in said.output
    # Without effective_from the terms take effect on the day of the load: on the quarter's last day that
    # is inside it, refused too; a day after it is allowed, and the quarter keeps 275 kr.
    with pytest.raises(Rejection):
        load(app, brf_file(tmp_path), today=date(2026, 9, 30))
    with app.app_context():
        stored = db.session.get(Agreement, "brfkredit")
        assert stored is not None and stored.hourly_rate_dkk == D("275.00")
        assert len(stored.terms_history) == 1
        newest = db.session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        assert newest == entries  # not an entry more: nothing of the refused loads was kept
    load(app, brf_file(tmp_path), today=date(2026, 10, 1))
    assert claim_lines(app, "173")[0][4] == D("275.00")


def test_the_change_is_in_the_audit_log_with_the_old_and_new_terms(
    backend_app: Flask, tmp_path: Path
) -> None:
    app = backend_app  # SQLite and PostgreSQL
    seeds(app)
    load(app, brf_file(tmp_path, hours_per_week="6.5"), today=date(2026, 11, 2))
    with app.app_context():
        [entry] = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "agreement.terms_changed"))
        places = {"157": 3, "173": 3}
        assert (entry.subject, entry.detail) == (
            "agreement:brfkredit",
            {
                "from": "2026-11-02",
                "old": {
                    "valid_from": None,
                    "valid_to": "2026-11-01",
                    "basis": "fixed_per_place",
                    "hourly_rate_dkk": "275.00",
                    "hours_per_week": "6.25",
                    "places": places,
                },
                "new": {
                    "valid_from": "2026-11-02",
                    "valid_to": None,
                    "basis": "fixed_per_place",
                    "hourly_rate_dkk": "290.00",
                    "hours_per_week": "6.50",
                    "places": places,
                },
            },
        )
    # The same file again changes nothing: no version and no entry more.
    load(app, brf_file(tmp_path, hours_per_week="6.5"), today=date(2026, 11, 3))
    with app.app_context():
        assert len(db.session.scalars(select(AgreementTerms)).all()) == 4 + 1  # 4 agreements, 1 change
        changes = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "agreement.terms_changed"))
        assert len(changes.all()) == 1


def test_the_api_and_the_page_show_the_history(app: Flask, tmp_path: Path) -> None:
    seeds(app)
    add_everyone(app)
    load(app, brf_file(tmp_path, effective_from="2027-01-01"))
    answer = app.test_client().get("/api/agreements/brfkredit", headers=bearer(app, "lead-gentofte"))
    assert answer.status_code == 200
    places = {"157": 3, "173": 3}
    common = {"basis": "fixed_per_place", "hours_per_week": "6.25", "places": places}
    assert answer.get_json()["terms_history"] == [
        {"valid_from": None, "valid_to": "2026-12-31", "hourly_rate_dkk": "275.00", **common},
        {"valid_from": "2027-01-01", "valid_to": None, "hourly_rate_dkk": "290.00", **common},
    ]
    page = lxml.html.fromstring(client_of(app, "lead-gentofte").get("/agreements").text)
    rows = page.xpath("//table[@id='terms-history']/tbody/tr[@data-agreement='brfkredit']")
    cells = [[" ".join(c.text_content().split()) for c in r.xpath("th|td")] for r in rows]
    assert cells == [
        [
            "BRFkredit",
            "aftalens start",
            "31. dec. 2026",
            "fast pr. plads",
            "275,00 kr./time",
            "6,25 timer om ugen",
        ],
        [
            "BRFkredit",
            "1. jan. 2027",
            "gælder stadig",
            "fast pr. plads",
            "290,00 kr./time",
            "6,25 timer om ugen",
        ],
    ]
    # Agreements whose terms never changed are not listed there: their row above says all.
    assert not page.xpath("//table[@id='terms-history']/tbody/tr[@data-agreement='danfoss']")


def test_a_change_before_the_present_terms_began_is_refused_and_one_on_that_day_replaces_them(
    app: Flask, tmp_path: Path
) -> None:
    seeds(app)
    load(app, brf_file(tmp_path, effective_from="2027-01-01"))
    with pytest.raises(Rejection) as refused:
        load(app, brf_file(tmp_path, rate="295.00", effective_from="2026-12-31"))
    [problem] = refused.value.problems
    assert "cannot take effect on 2026-12-31, before the present terms took effect on 2027-01-01" in (
        problem.reason_en
    )
    assert "kan ikke gælde fra 31. dec. 2026, før de nuværende vilkår trådte i kraft 1. jan. 2027" in (
        problem.reason_da
    )
    # The same day again: 295 kr. replaces the 290 kr. that never was in effect; the log keeps both.
    load(app, brf_file(tmp_path, rate="295.00", effective_from="2027-01-01"))
    with app.app_context():
        stored = db.session.get(Agreement, "brfkredit")
        assert stored is not None
        history = [(v.valid_from, v.valid_to, v.hourly_rate_dkk) for v in stored.terms_history]
        assert history == [(None, date(2026, 12, 31), D("275.00")), (date(2027, 1, 1), None, D("295.00"))]
        changes = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "agreement.terms_changed"))
        said = [(e.detail["old"]["hourly_rate_dkk"], e.detail["new"]["hourly_rate_dkk"]) for e in changes]
        assert said == [("275.00", "290.00"), ("290.00", "295.00")]
