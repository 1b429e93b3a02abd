"""A small store built by hand for the dashboard tests: four placements in Falck Hovedstaden and one in
BRFkredit, their records written straight into the database, then the summaries rebuilt.

The expected figures in test_dashboard_numbers.py are worked out by hand from the table below, never read
from the code's output. September 2026 has 30 days; ISO week 36 runs Mon 31 August–Sun 6 September,
week 40 Mon 28 September–Sun 4 October.

- A: Gladsaxe 159 at site 101 (Søborg), 2026-08-03..2026-12-31; a grant of 3.0 hours a week from the
  start (granted 07-28); hours W36–W40, 3.0 each, signed; one progress report, 08-28.
- B: Herlev 163 at site 101, 2026-06-01..2026-09-25; a grant of 3.0 hours from the start (granted
  05-25); hours W36–W38, 3.0 each, signed.
- C: Gladsaxe 159 at site 102 (Ballerup), 2026-05-04..2026-08-28; grant; hours W32–W35; ended
  2026-08-28 in an ordinary job.
- D: Ballerup 151 at site 103 (Taastrup), 2026-09-07..2027-01-31; only the placement (Ballerup's
  grants are the agreement's terms).
- E: Gentofte 157 at BRFkredit's site, 2026-08-03..2026-12-31: another agreement, never on Falck's pages.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from accounts import add_user, sign_in
from agreements_once import seeds_loaded
from conftest import make_app
from flask import Flask
from flask.testing import FlaskClient

from hub.extensions import db
from hub.models import Document, Placement, Record, RecordVersion, Submission
from hub.pseudonyms import cpr_key, participant_id
from hub.schemas.records import load_record
from hub.services import dashboard_summary

ROOT = Path(__file__).resolve().parent.parent.parent
AS_OF = date(2026, 9, 16)
FALCK, BRF = "falck-hovedstaden", "brfkredit"
MENTOR = {"name": "Mads Eksempel", "employer": "company"}
SITES = {
    "101": ("1900000101", "Falck Søborg"),
    "102": ("1900000102", "Falck Ballerup"),
    "103": ("1900000103", "Falck Taastrup"),
    "201": ("1900000201", "BRFkredit Lyngby"),
}
CPR = {"A": "0101901234", "B": "1505004235", "C": "2002953317", "D": "0303044128", "E": "1212854321"}
NAMES = {"A": "Anne Andersen", "B": "Bo Berg", "C": "Carl Clausen", "D": "Dorte Dahl", "E": "Erik Eskildsen"}


def _placement(
    who: str, code: str, site: str, start: str, end: str, benefit: str, visitation: str | None
) -> dict[str, Any]:
    p_number, site_name = SITES[site]
    return {
        "form_type": "placement",
        "schema_version": 1,
        "municipality_code": code,
        "citizen": {"cpr": CPR[who], "name": NAMES[who]},
        "company": {"cvr": "22222228", "name": "Falck Danmark"},
        "site": {"p_number": p_number, "name": site_name},
        "period": {"start": start, "end": end},
        "hours_per_week": "20.0",
        "benefit": benefit,
        "visitation": visitation,
        "mentor": MENTOR,
        "caseworker": {"name": "Susanne Holm", "email": "susanne.holm@example.dk"},
    }


def _about(who: str, code: str, site: str) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "municipality_code": code,
        "citizen": {"cpr": CPR[who]},
        "site": {"p_number": SITES[site][0]},
    }


def _grant(who: str, code: str, site: str, start: str, end: str, on: str) -> dict[str, Any]:
    return _about(who, code, site) | {
        "form_type": "mentor_support",
        "mentor": MENTOR,
        "hours_per_week": "3.0",
        "hourly_rate_dkk": "275.00",
        "period": {"start": start, "end": end},
        "granted_on": on,
    }


def _hours(who: str, code: str, site: str, weeks: range) -> dict[str, Any]:
    entries = [{"week": f"2026-W{w:02d}", "hours": "3.0"} for w in weeks]
    return _about(who, code, site) | {
        "form_type": "mentor_hours",
        "mentor": {"name": MENTOR["name"]},
        "entries": entries,
        "total_hours": f"{3 * len(weeks)}.0",
        "signed_by": MENTOR["name"],
        "signed_on": "2026-10-05",
    }


def _report(who: str, code: str, site: str, on: str) -> dict[str, Any]:
    scores = {"attendance": 4, "punctuality": 3, "cooperation": 4, "task_solving": 3, "independence": 2}
    return _about(who, code, site) | {"form_type": "progress_report", "measured_on": on, "scores": scores}


def _end(who: str, code: str, site: str, on: str, outcome: str) -> dict[str, Any]:
    return _about(who, code, site) | {"form_type": "placement_end", "ended_on": on, "outcome": outcome}


def citizens() -> list[tuple[str, str, str, list[dict[str, Any]]]]:
    """(who, agreement, municipality, records) of every placement of the table above."""
    return [
        (
            "A",
            FALCK,
            "159",
            [
                _placement("A", "159", "101", "2026-08-03", "2026-12-31", "kontanthjaelp", "aktivitetsparat"),
                _grant("A", "159", "101", "2026-08-03", "2026-12-31", "2026-07-28"),
                _hours("A", "159", "101", range(36, 41)),
                _report("A", "159", "101", "2026-08-28"),
            ],
        ),
        (
            "B",
            FALCK,
            "163",
            [
                _placement("B", "163", "101", "2026-06-01", "2026-09-25", "sygedagpenge", None),
                _grant("B", "163", "101", "2026-06-01", "2026-09-25", "2026-05-25"),
                _hours("B", "163", "101", range(36, 39)),
            ],
        ),
        (
            "C",
            FALCK,
            "159",
            [
                _placement(
                    "C", "159", "102", "2026-05-04", "2026-08-28", "uddannelseshjaelp", "uddannelsesparat"
                ),
                _grant("C", "159", "102", "2026-05-04", "2026-08-28", "2026-04-30"),
                _hours("C", "159", "102", range(32, 36)),
                _end("C", "159", "102", "2026-08-28", "ordinary_job"),
            ],
        ),
        (
            "D",
            FALCK,
            "151",
            [
                _placement("D", "151", "103", "2026-09-07", "2027-01-31", "kontanthjaelp", "jobparat"),
            ],
        ),
        (
            "E",
            BRF,
            "157",
            [
                _placement("E", "157", "201", "2026-08-03", "2026-12-31", "kontanthjaelp", "jobparat"),
            ],
        ),
    ]


def build(app: Flask) -> dict[str, int]:
    """Load the agreements, store the table's records, rebuild the summaries; the placement ids by letter."""
    now = datetime(2026, 9, 1, tzinfo=UTC)
    ids: dict[str, int] = {}
    with app.app_context():
        # First: the app's first session records the pseudonym key's fingerprint, a write, and on a
        # written database the agreements are loaded anew rather than copied (`agreements_once`).
        seeds_loaded()
        session = db.session
        for n, (who, agreement_id, code, records) in enumerate(citizens(), start=1):
            head = records[0]
            start = head["period"]["start"]
            digest = f"{n:064x}"
            session.add(
                Document(sha256=digest, size=1, media_type="text/csv", format="csv", filename=f"{who}.csv")
            )
            submission = Submission(
                document_sha256=digest,
                municipality_code=code,
                channel="test",
                submitted_by="test",
                filename=f"{who}.csv",
                status="accepted",
                created_at=now,
            )
            placement = Placement(
                agreement_id=agreement_id,
                municipality_code=code,
                cpr_key=cpr_key("test-secret", CPR[who]),
                participant_id=participant_id("test-secret", CPR[who], head["site"]["p_number"], start),
                p_number=head["site"]["p_number"],
                start=date.fromisoformat(start),
                end=date.fromisoformat(head["period"]["end"]),
            )
            session.add_all([submission, placement])
            session.flush()
            for k, record in enumerate(records):
                load_record(record)  # each is a valid canonical record
                row = Record(
                    form_type=record["form_type"],
                    identity=f"{who}:{k}",
                    municipality_code=code,
                    placement_id=placement.id,
                    current_version=1,
                )
                session.add(row)
                session.flush()
                session.add(
                    RecordVersion(record_id=row.id, version=1, submission_id=submission.id, data=record)
                )
            ids[who] = placement.id
        session.commit()
        for agreement_id in (FALCK, BRF):
            dashboard_summary.rebuild(session, agreement_id)
    return ids


def more(app: Flask, count: int) -> None:
    """`count` more placements like A (Gladsaxe, Søborg, hours signed, a report missing), then rebuild."""
    now = datetime(2026, 9, 1, tzinfo=UTC)
    with app.app_context():
        session = db.session
        for n in range(count):
            cpr = f"0101{70 + n % 25:02d}{1000 + n:04d}"  # born 1 January 1970–94, one number each
            record = _placement("A", "159", "101", "2026-08-03", "2026-12-31", "kontanthjaelp", "jobparat")
            record["citizen"] = {"cpr": cpr, "name": f"Deltager {n}"}
            digest = f"{10_000 + n:064x}"
            session.add(
                Document(sha256=digest, size=1, media_type="text/csv", format="csv", filename="x.csv")
            )
            submission = Submission(
                document_sha256=digest,
                municipality_code="159",
                channel="test",
                submitted_by="test",
                filename="x.csv",
                status="accepted",
                created_at=now,
            )
            placement = Placement(
                agreement_id=FALCK,
                municipality_code="159",
                cpr_key=cpr_key("test-secret", cpr),
                participant_id=participant_id("test-secret", cpr, "1900000101", "2026-08-03"),
                p_number="1900000101",
                start=date(2026, 8, 3),
                end=date(2026, 12, 31),
            )
            session.add_all([submission, placement])
            session.flush()
            row = Record(
                form_type="placement",
                identity=f"more:{n}",
                municipality_code="159",
                placement_id=placement.id,
                current_version=1,
            )
            session.add(row)
            session.flush()
            session.add(RecordVersion(record_id=row.id, version=1, submission_id=submission.id, data=record))
        session.commit()
        dashboard_summary.rebuild(session, FALCK)


def signed_in(tmp_path: Path, *usernames: str) -> list[FlaskClient]:
    """A hub on this file's data (`build`) with each of these demo users signed in: a client each, in
    the order given."""
    app = make_app(tmp_path)
    build(app)
    clients = []
    for username in usernames:
        add_user(app, username)
        client = app.test_client()
        sign_in(client, username)
        clients.append(client)
    return clients
