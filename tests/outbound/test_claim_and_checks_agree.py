"""The claim and the audit checks take the same placements for a period, by the day the placement last ran:
the end form's day where one came in, else the planned end (decision 0009; decision 0012, "Stop 39").

Gladsaxe (159: monthly claims, occupied places at the agreement's terms, end form within 14 days),
September 2026, worked out by hand:

- E: planned 2026-06-01..2026-08-25, ran on: its end form says it ended 10 September. It ran 1–10
  September: a claim line 2026-09-01..2026-09-10 and checked for those days. (Its planned end lies within
  the 14 days before September that the checks reach back for a missing end form, so before the fix the
  checks saw it and the claim did not.)
- F: planned 2026-06-01..2026-07-31, ended 4 September by its end form: a line and checks for 1–4
  September. (Before the fix, in neither.)
- G: planned 2026-07-01..2026-09-30, ended early, 20 August: it did not run in September and its end
  form came: in neither.
- H: planned 2026-09-01..2026-12-31, no end form: the whole of September in both.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import make_app
from flask import Flask
from servers import postgres_url, require
from simulator_support import fixture_script
from sqlalchemy import select

from hub.extensions import db
from hub.models import Agreement, Document, Placement, Record, RecordVersion, Submission
from hub.periods import parse_period
from hub.pseudonyms import cpr_key, participant_id
from hub.schemas.records import load_record
from hub.services import agreements, claim_change_keys
from hub.services.claims import build_claim
from hub.services.completeness import checks, scope

ROOT = Path(__file__).resolve().parent.parent.parent
SEPTEMBER = parse_period("2026-09")
SITE = {"p_number": "1900000101", "name": "Falck Søborg"}
# who: CPR, planned start and end, the end form's day (None: none came in)
PLACEMENTS = {
    "E": ("0101901234", "2026-06-01", "2026-08-25", "2026-09-10"),
    "F": ("1505004235", "2026-06-01", "2026-07-31", "2026-09-04"),
    "G": ("2002953317", "2026-07-01", "2026-09-30", "2026-08-20"),
    "H": ("0303044128", "2026-09-01", "2026-12-31", None),
}
# Worked out by hand above: who runs in September, and on which days.
SEPTEMBER_DAYS = {
    "E": (date(2026, 9, 1), date(2026, 9, 10)),
    "F": (date(2026, 9, 1), date(2026, 9, 4)),
    "H": (date(2026, 9, 1), date(2026, 9, 30)),
}


def _placement(cpr: str, start: str, end: str) -> dict[str, Any]:
    return {
        "form_type": "placement",
        "schema_version": 1,
        "municipality_code": "159",
        "citizen": {"cpr": cpr, "name": "Borger"},
        "company": {"cvr": "22222228", "name": "Falck Danmark"},
        "site": SITE,
        "period": {"start": start, "end": end},
        "hours_per_week": "20.0",
        "benefit": "kontanthjaelp",
        "visitation": "jobparat",
        "mentor": {"name": "Mads Eksempel", "employer": "company"},
        "caseworker": {"name": "Susanne Holm", "email": "sagsbehandler@example.dk"},
    }


def _end(cpr: str, on: str) -> dict[str, Any]:
    about = {"schema_version": 1, "municipality_code": "159", "citizen": {"cpr": cpr}, "site": SITE}
    return about | {"form_type": "placement_end", "ended_on": on, "outcome": "ordinary_job"}


def _store(app: Flask) -> dict[str, str]:
    """The table's placements and records in the database; by participant id, who it is."""
    who_is: dict[str, str] = {}
    with app.app_context():
        session = db.session
        agreements.load_files(session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        for n, (who, (cpr, start, end, ended)) in enumerate(PLACEMENTS.items()):
            pid = participant_id("test-secret", cpr, SITE["p_number"], start)
            who_is[pid] = who
            placement = Placement(
                agreement_id="falck-hovedstaden",
                municipality_code="159",
                cpr_key=cpr_key("test-secret", cpr),
                participant_id=pid,
                p_number=SITE["p_number"],
                start=date.fromisoformat(start),
                end=date.fromisoformat(end),
            )
            session.add(placement)
            session.flush()
            records = [_placement(cpr, start, end)] + ([_end(cpr, ended)] if ended else [])
            for m, data in enumerate(records):
                load_record(data)  # each is a valid canonical record
                digest = f"{n * 10 + m + 1:064x}"
                session.add(
                    Document(sha256=digest, size=10, media_type="text/csv", format="csv", filename="x.csv")
                )
                submission = Submission(
                    document_sha256=digest,
                    municipality_code="159",
                    channel="test",
                    submitted_by="test",
                    filename="x.csv",
                    status="accepted",
                    created_at=datetime(2026, 9, 15, tzinfo=UTC),
                )
                record = Record(
                    form_type=data["form_type"],
                    identity=f"{who} {m}",
                    municipality_code="159",
                    placement_id=placement.id,
                    current_version=1,
                )
                session.add_all([submission, record])
                session.flush()
                session.add(
                    RecordVersion(record_id=record.id, version=1, submission_id=submission.id, data=data)
                )
        session.commit()
    return who_is


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def stored(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Flask, dict[str, str]]]:
    # On PostgreSQL too: the end form's day is compared inside the JSON column (`facts.touching`).
    settings = {"DATABASE_URL": require(postgres_url(), "postgres")} if request.param == "postgresql" else {}
    app = make_app(tmp_path_factory.mktemp("claim-checks"), **settings)
    who_is = _store(app)
    yield app, who_is
    with app.app_context():
        db.engine.dispose()


def test_the_claim_has_a_line_for_each_day_range_the_placements_ran(
    stored: tuple[Flask, dict[str, str]],
) -> None:
    app, who_is = stored
    with app.app_context():
        claim, _ = build_claim(db.session, "gladsaxe", "falck-hovedstaden", SEPTEMBER, date(2026, 10, 5))
        lines = {who_is[str(line.participant_id)]: (line.first_day, line.last_day) for line in claim.lines}
    assert lines == SEPTEMBER_DAYS


def test_the_checks_take_the_same_placements_and_days(stored: tuple[Flask, dict[str, str]]) -> None:
    app, who_is = stored
    with app.app_context():
        checked = {
            who_is[c.facts.participant_id]: (c.first_day, c.last_day)
            for _, c in checks(db.session, scope(db.session, "gladsaxe", SEPTEMBER))
        }
    assert checked == SEPTEMBER_DAYS


def test_a_correction_to_a_placement_run_on_into_the_period_changes_the_periods_claim_key(
    stored: tuple[Flask, dict[str, str]],
) -> None:
    """F's records count in September's claim, so a new version of one of them is a change September's
    downloaded claim must be compared again for (`claim_change_keys`)."""
    app, _ = stored
    with app.app_context():
        session = db.session
        agreement = session.get(Agreement, "falck-hovedstaden")
        assert agreement is not None

        def september() -> Any:
            return claim_change_keys._versions(session, "159", agreement.id, [SEPTEMBER])["2026-09"]

        def correct(identity: str) -> None:
            record = session.scalar(select(Record).where(Record.identity == identity))
            assert record is not None
            versions: Any = fixture_script("record_versions")
            versions.add_version(session, record, versions.current_version(session, record).data)
            session.commit()

        before = september()
        correct("F 0")  # F's placement record: F ran 1–4 September by its end form
        assert september() != before
