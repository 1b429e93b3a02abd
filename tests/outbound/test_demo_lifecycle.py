"""The demo's August–October through the real adapters: every planted gap shows in the payments, Falck
Hovedstaden's hours arrive on the company's one form and land with each intern's own municipality, and
the seed's results table stays exact."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from seed_numbers import PUBLISHED_TABLE
from sqlalchemy import select

from hub.cli import cli
from hub.demo.plants import PLANTS, SHOWN_BY
from hub.extensions import db
from hub.models import Record, RecordVersion, Submission

MONTHS = ("2026-08", "2026-09", "2026-10")
CENT = Decimal("0.01")


def run(app: Flask, *args: str) -> Any:
    result = FlaskCliRunner(app).invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


def payments(app: Flask, agreement: str, month: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(run(app, "payments", agreement, "--period", month, "--json").output)
    return data


def test_every_planted_gap_shows_in_the_payments(lived_demo: Flask) -> None:
    found: Counter[str] = Counter()
    for agreement in ("falck-hovedstaden", "brfkredit", "falck-randers"):
        for month in MONTHS:
            found.update(gap["kind"] for gap in payments(lived_demo, agreement, month)["gaps"])
    wanted = set(PLANTS) - {"no_progress_report"}  # that one is the auditor's, not the payments'
    assert wanted | set(SHOWN_BY) <= set(found), found


def test_totals_are_the_sums_of_their_lines(lived_demo: Flask) -> None:
    for month in MONTHS:
        data = payments(lived_demo, "falck-hovedstaden", month)
        lines = data["lines"]
        assert lines
        for line in lines:
            claimable = min(Decimal(line["granted_hours"]), Decimal(line["delivered_hours"]))
            assert Decimal(line["claimable_hours"]) == claimable
            assert Decimal(line["amount_dkk"]) == (claimable * Decimal(line["hourly_rate_dkk"])).quantize(
                CENT, ROUND_HALF_UP
            )
        assert sum(Decimal(line["amount_dkk"]) for line in lines) == Decimal(data["total_amount_dkk"])
        sums: dict[str, Decimal] = {}
        for line in lines:
            sums[line["municipality_code"]] = sums.get(line["municipality_code"], Decimal(0)) + Decimal(
                line["amount_dkk"]
            )
        stated = {m["municipality_code"]: Decimal(m["amount_dkk"]) for m in data["municipalities"]}
        assert stated == {code: sums.get(code, Decimal(0)) for code in stated}


def test_danfoss_pays_nothing(lived_demo: Flask) -> None:
    data = payments(lived_demo, "danfoss", "2026-09")
    assert (data["lines"], data["total_amount_dkk"]) == ([], "0.00")


def test_the_company_logs_falck_hovedstadens_hours_on_its_one_form(lived_demo: Flask) -> None:
    with lived_demo.app_context():
        rows = db.session.execute(
            select(Record.municipality_code, Submission.agreement_id, Submission.municipality_code)
            .join(RecordVersion, RecordVersion.record_id == Record.id)
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .where(Record.form_type == "mentor_hours")
        ).all()
    company = [code for code, agreement, _ in rows if agreement == "falck-hovedstaden"]
    own = [code for code, agreement, sender in rows if agreement is None]
    # Every Falck Hovedstaden timesheet came from the company, filed with the intern's own municipality.
    assert set(company) == {"159", "151", "163", "169", "190"}
    assert not set(own) & set(company)
    assert {"157", "173", "730", "540"} <= set(own)


@pytest.mark.parametrize("slug", ["gladsaxe", "herlev"])
def test_a_municipalitys_records_from_the_company_form_name_it_in_their_provenance(
    lived_demo: Flask, slug: str
) -> None:
    text = run(lived_demo, "audit", "check", slug, "--period", "2026-09", "--json").output
    report = json.loads(text)
    assert report["placements"], report
    documents = {d["filename"] for p in report["placements"] for c in p["checks"] for d in c["documents"]}
    assert any("falck-hovedstaden-mentortimer" in name for name in documents), documents


def test_the_seed_table_stays_exact(lived_demo: Flask) -> None:
    assert json.loads(run(lived_demo, "report", "outcomes", "--json").output) == PUBLISHED_TABLE


def test_each_form_came_in_on_its_own_day_not_the_day_the_demo_ran(lived_demo: Flask) -> None:
    """The lists of files sent are newest first: an August grant must not look sent today. A grant
    comes in the day after it was granted, a progress report two days after it was measured."""
    with lived_demo.app_context():
        rows = db.session.execute(
            select(Submission.created_at, Record.form_type, RecordVersion.data)
            .join(RecordVersion, RecordVersion.submission_id == Submission.id)
            .join(Record, Record.id == RecordVersion.record_id)
            .where(Record.form_type.in_(("mentor_support", "progress_report")))
        ).all()
    assert {kind for _, kind, _ in rows} == {"mentor_support", "progress_report"}
    for created_at, kind, data in rows:
        day = date.fromisoformat(data["granted_on"] if kind == "mentor_support" else data["measured_on"])
        assert created_at.date() == day + timedelta(days=1 if kind == "mentor_support" else 2), (kind, data)


def test_the_months_forms_are_sent_in_the_order_they_came_in(lived_demo: Flask) -> None:
    """Lists of files sent are newest first by submission: the demo's August–October forms are
    submitted in the order of the days they came in, so those lists read as a calendar."""
    with lived_demo.app_context():
        days = list(
            db.session.scalars(
                select(Submission.created_at)
                .where(Submission.filename.like("demo-2026-%"))
                .order_by(Submission.id)
            )
        )
    assert len(days) > 100
    assert days == sorted(days)
