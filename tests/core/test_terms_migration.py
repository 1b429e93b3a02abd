"""Migration 0014: each agreement stored before it gets one version of its terms, in effect since always."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import sqlalchemy as sa
from alembic import command
from conftest import ROOT
from flask import Flask

from hub.extensions import db
from hub.models import Agreement
from hub.periods import parse_period
from hub.services import agreements, claims, payments, schema


def to_revision(app: Flask, revision: str, down: bool = False) -> None:
    with app.app_context(), db.engine.begin() as connection:
        config = schema.alembic_config(db.engine)
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def revision_of(app: Flask) -> str:
    with app.app_context(), db.engine.connect() as connection:
        return str(connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one())


def test_each_agreement_gets_its_present_terms_since_always(backend_app: Flask) -> None:
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        db.session.close()
    to_revision(backend_app, "0013", down=True)  # the table goes, with the versions the load made
    to_revision(backend_app, "0014")  # this migration; those after it (0015) are other tests'
    assert revision_of(backend_app) == "0014"
    with backend_app.app_context():
        rows = db.session.execute(
            sa.text(
                "SELECT agreement_id, valid_from, valid_to, basis, hourly_rate_dkk, hours_per_week, places "
                "FROM agreement_terms ORDER BY agreement_id"
            )
        ).all()
        by_id = {r[0]: r[1:] for r in rows}
        # The seeds' files: BRFkredit 275 kr. × 6.25 h, 3 places each for Gentofte and Lyngby-Taarbæk;
        # Danfoss pays nothing; Falck 275 kr. × 3 h a week an occupied place, no places allotted.
        assert sorted(by_id) == ["brfkredit", "danfoss", "falck-hovedstaden", "falck-randers"]
        brf = by_id["brfkredit"]
        assert (brf[0], brf[1], brf[2], D(brf[3]), D(brf[4])) == (
            None,
            None,
            "fixed_per_place",
            D("275"),
            D("6.25"),
        )
        places = brf[5] if isinstance(brf[5], dict) else json.loads(brf[5])  # SQLite hands back the text
        assert places == {"157": 3, "173": 3}
        assert by_id["danfoss"][2:5] == ("none", None, None)
        found = db.session.get(Agreement, "falck-hovedstaden")
        assert found is not None and len(found.terms_history) == 1
        # The backfilled version prices a past quarter as the agreement did: 3 empty places × 6.25 × 92/7
        # = 82.14 hours × 275 = 22588.50 each.
        claim, _config = claims.build_claim(
            db.session, "157", "brfkredit", parse_period("2026-Q3"), date(2026, 12, 3)
        )
        assert claim.total("amount_dkk") == 3 * D("22588.50")
        assert payments.terms(found, "151", date(1990, 1, 1)).hourly_rate_dkk == D("275.00")
    to_revision(backend_app, "0013", down=True)
    with backend_app.app_context():
        assert "agreement_terms" not in sa.inspect(db.engine).get_table_names()
