"""A bundle holds the records of its own period and no others (decision 0012, "Stop 39"), worked out by
hand from the table below, and its verifier still passes it and still catches a file taken out.

Gladsaxe (159: monthly claims, CPR masked, so the originals are listed in the manifest, not carried),
September 2026. ISO week 35 runs Mon 24–Sun 30 August (Thursday the 27th: August's), week 36 Mon 31
August–Sun 6 September (Thursday the 3rd: September's), week 39 Mon 21–Sun 27 September, week 40 Mon 28
September–Sun 4 October (Thursday 1 October: October's, but its days 28–30 September are paid in
September's claim), week 45 begins Mon 2 November.

- A: Gladsaxe, 2026-08-03..2026-12-31. Placement record in two versions (the second from a later
  submission) and a grant for the whole placement: in. Timesheets W32–W35 (August's: out), W36–W39
  (September's: in), W40–W44 (October's, whose W40 September's lines count: in), W45–W48 (out). Progress
  reports 14 August (out: not the last before September), 28 August (in: the last before September,
  it sets when September's was due), 25 September (in), 23 October (out).
- B: Gladsaxe, 2026-05-04..2026-08-28, ended 28 August with its end form: not checked in September, so
  none of its records is in.
- C: Herlev (163), 2026-09-01..2026-12-31: another municipality's, none of its records is in.
- D: Gladsaxe, 2026-09-14..2026-12-31, ended 25 September: placement, timesheet W38–W39 and end form in.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import make_app
from flask import Flask

from hub.exports import bundle_signatures
from hub.exports.bundle_agreement import for_municipality
from hub.extensions import db
from hub.models import Document, Placement, Record, RecordVersion, Submission
from hub.periods import parse_period
from hub.pseudonyms import cpr_key, participant_id
from hub.schemas.records import load_record
from hub.services import agreements, audit, bundles

ROOT = Path(__file__).resolve().parent.parent.parent
SEPTEMBER = parse_period("2026-09")
MENTOR = {"name": "Mads Eksempel", "employer": "company"}
SITE = {"p_number": "1900000101", "name": "Falck Søborg"}
CPR = {"A": "0101901234", "B": "1505004235", "C": "2002953317", "D": "0303044128"}
CODE = {"A": "159", "B": "159", "C": "163", "D": "159"}
SPAN = {
    "A": ("2026-08-03", "2026-12-31"),
    "B": ("2026-05-04", "2026-08-28"),
    "C": ("2026-09-01", "2026-12-31"),
    "D": ("2026-09-14", "2026-12-31"),
}


def _about(who: str) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "municipality_code": CODE[who],
        "citizen": {"cpr": CPR[who]},
        "site": {"p_number": SITE["p_number"]},
    }


def _placement(who: str, caseworker: str = "Susanne Holm") -> dict[str, Any]:
    start, end = SPAN[who]
    return {
        "form_type": "placement",
        "schema_version": 1,
        "municipality_code": CODE[who],
        "citizen": {"cpr": CPR[who], "name": f"Borger {who}"},
        "company": {"cvr": "22222228", "name": "Falck Danmark"},
        "site": SITE,
        "period": {"start": start, "end": end},
        "hours_per_week": "20.0",
        "benefit": "kontanthjaelp",
        "visitation": "jobparat",
        "mentor": MENTOR,
        "caseworker": {"name": caseworker, "email": "sagsbehandler@example.dk"},
    }


def _grant(who: str) -> dict[str, Any]:
    start, end = SPAN[who]
    return _about(who) | {
        "form_type": "mentor_support",
        "mentor": MENTOR,
        "hours_per_week": "3.0",
        "hourly_rate_dkk": "275.00",
        "period": {"start": start, "end": end},
        "granted_on": "2026-04-30",
    }


def _hours(who: str, weeks: range) -> dict[str, Any]:
    return _about(who) | {
        "form_type": "mentor_hours",
        "mentor": {"name": MENTOR["name"]},
        "entries": [{"week": f"2026-W{w:02d}", "hours": "3.0"} for w in weeks],
        "total_hours": f"{3 * len(weeks)}.0",
        "signed_by": MENTOR["name"],
        "signed_on": "2026-12-01",
    }


def _report(who: str, on: str) -> dict[str, Any]:
    scores = {"attendance": 4, "punctuality": 3, "cooperation": 4, "task_solving": 3, "independence": 2}
    return _about(who) | {"form_type": "progress_report", "measured_on": on, "scores": scores}


def _end(who: str, on: str) -> dict[str, Any]:
    return _about(who) | {"form_type": "placement_end", "ended_on": on, "outcome": "ordinary_job"}


# (name, whose, the record's versions): every record of the table above, each version from its own file.
RECORDS = [
    ("A placement", "A", [_placement("A"), _placement("A", caseworker="Jens Holm")]),
    ("A grant", "A", [_grant("A")]),
    ("A hours W32-35", "A", [_hours("A", range(32, 36))]),
    ("A hours W36-39", "A", [_hours("A", range(36, 40))]),
    ("A hours W40-44", "A", [_hours("A", range(40, 45))]),
    ("A hours W45-48", "A", [_hours("A", range(45, 49))]),
    ("A report 08-14", "A", [_report("A", "2026-08-14")]),
    ("A report 08-28", "A", [_report("A", "2026-08-28")]),
    ("A report 09-25", "A", [_report("A", "2026-09-25")]),
    ("A report 10-23", "A", [_report("A", "2026-10-23")]),
    ("B placement", "B", [_placement("B")]),
    ("B hours W32-35", "B", [_hours("B", range(32, 36))]),
    ("B end", "B", [_end("B", "2026-08-28")]),
    ("C placement", "C", [_placement("C")]),
    ("C hours W36-39", "C", [_hours("C", range(36, 40))]),
    ("D placement", "D", [_placement("D")]),
    ("D hours W38-39", "D", [_hours("D", range(38, 40))]),
    ("D end", "D", [_end("D", "2026-09-25")]),
]
# Worked out by hand above: the records September's bundle holds, every version of each.
IN_SEPTEMBER = {
    "A placement",
    "A grant",
    "A hours W36-39",
    "A hours W40-44",
    "A report 08-28",
    "A report 09-25",
    "D placement",
    "D hours W38-39",
    "D end",
}


def _store(app: Flask) -> dict[str, tuple[int, list[str], list[int]]]:
    """The table's records in the database, each version's submission and record in the audit log; by
    name, the record's id, its versions' document hashes and its versions' submission ids."""
    made: dict[str, tuple[int, list[str], list[int]]] = {}
    placements: dict[str, Placement] = {}
    now = datetime(2026, 10, 5, tzinfo=UTC)
    with app.app_context():
        session = db.session
        agreements.load_files(session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        for n, (name, who, versions) in enumerate(RECORDS, start=1):
            if who not in placements:
                start, end = SPAN[who]
                placements[who] = Placement(
                    agreement_id="falck-hovedstaden",
                    municipality_code=CODE[who],
                    cpr_key=cpr_key("test-secret", CPR[who]),
                    participant_id=participant_id("test-secret", CPR[who], SITE["p_number"], start),
                    p_number=SITE["p_number"],
                    start=date.fromisoformat(start),
                    end=date.fromisoformat(end),
                )
                session.add(placements[who])
                session.flush()
            record = Record(
                form_type=versions[0]["form_type"],
                identity=name,
                municipality_code=CODE[who],
                placement_id=placements[who].id,
                current_version=len(versions),
            )
            session.add(record)
            session.flush()
            digests, submissions = [], []
            for number, data in enumerate(versions, start=1):
                load_record(data)  # each is a valid canonical record
                digest = f"{n * 10 + number:064x}"
                filename = f"{name} v{number}.csv"
                session.add(
                    Document(sha256=digest, size=10, media_type="text/csv", format="csv", filename=filename)
                )
                submission = Submission(
                    document_sha256=digest,
                    municipality_code=CODE[who],
                    channel="test",
                    submitted_by="test",
                    filename=filename,
                    status="accepted",
                    created_at=now,
                )
                session.add(submission)
                session.flush()
                session.add(
                    RecordVersion(record_id=record.id, version=number, submission_id=submission.id, data=data)
                )
                # As the hub logs them (ingest_new.py, normalise.py): verify.py checks each version and
                # document of the bundle against these entries (decision 0012, "Stop 51").
                received = {"sha256": digest}
                audit.append(session, "test", "submission.received", f"submission:{submission.id}", received)
                audit.append(session, "test", "submission.accepted", f"submission:{submission.id}", {})
                stored = {"version": number, "submission": submission.id}
                audit.append(session, "test", "record.submitted", f"record:{record.id}", stored)
                digests.append(digest)
                submissions.append(submission.id)
            made[name] = (record.id, digests, submissions)
        session.commit()
    return made


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Any], Path]]:
    """The table stored, and Gladsaxe's bundle for September 2026."""
    app = make_app(tmp_path_factory.mktemp("bundle-period"))
    made = _store(app)
    out = tmp_path_factory.mktemp("zip") / "gladsaxe-2026-09.zip"
    with app.app_context(), out.open("wb") as handle:
        bundles.write_bundle(db.session, "gladsaxe", SEPTEMBER, handle, "test")
    yield made, out
    with app.app_context():
        db.engine.dispose()


def _lines(bundle: Path, name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in zipfile.ZipFile(bundle).read(name).decode().splitlines()]


def test_records_are_the_periods_own_in_every_version(built: tuple[dict[str, Any], Path]) -> None:
    made, bundle = built
    names = {record_id: name for name, (record_id, _, _) in made.items()}
    carried = {(names[v["record_id"]], v["version"]) for v in _lines(bundle, "records/records.jsonl")}
    expected = {(name, 1) for name in IN_SEPTEMBER} | {("A placement", 2)}
    assert carried == expected


def test_documents_are_those_of_the_periods_records(built: tuple[dict[str, Any], Path]) -> None:
    made, bundle = built
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    # Gladsaxe masks CPR: every original is listed, not carried, and none of another period is listed.
    listed = {f["sha256"]: f for f in manifest["files"] if f["path"].startswith("documents/")}
    expected = {digest for name in IN_SEPTEMBER for digest in made[name][1]}
    assert set(listed) == expected
    assert {f["path"] for f in listed.values()} == {f"documents/{digest}.csv" for digest in expected}
    assert all(f["included"] is False for f in listed.values())
    assert len(expected) == 10  # nine records, the placement record of A in two versions


def test_log_entries_are_those_of_the_periods_records_and_submissions(
    built: tuple[dict[str, Any], Path],
) -> None:
    made, bundle = built
    subjects = {e["subject"] for e in _lines(bundle, "log/entries.jsonl")}
    expected = {f"record:{made[name][0]}" for name in IN_SEPTEMBER}
    expected |= {f"submission:{s}" for name in IN_SEPTEMBER for s in made[name][2]}
    assert subjects == expected


def test_the_report_and_claim_are_of_the_periods_placements(built: tuple[dict[str, Any], Path]) -> None:
    _made, bundle = built
    zipped = zipfile.ZipFile(bundle)
    report = zipped.read("completeness/report.csv").decode("utf-8-sig").splitlines()[1:]
    participants = {row.split(";")[1] for row in report}
    start = {who: SPAN[who][0] for who in "AD"}
    assert participants == {participant_id("test-secret", CPR[w], SITE["p_number"], start[w]) for w in "AD"}
    assert sorted(n for n in zipped.namelist() if n.startswith("agreements/")) == [
        "agreements/falck-hovedstaden.json"
    ]


def _verify(bundle: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    with zipfile.ZipFile(bundle) as zipped:
        zipped.extract("verify.py", folder)
        key = bundle_signatures.public_key_fingerprint(zipped.read("public-key.pem"))
    command = [sys.executable, str(folder / "verify.py"), str(bundle), "--key", key]
    command += ["--municipality", "159", "--period", "2026-09"]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def test_the_smaller_bundle_verifies_and_a_file_taken_out_is_caught(
    built: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    _made, bundle = built
    done = _verify(bundle, tmp_path / "whole")
    assert done.returncode == 0, done.stdout + done.stderr
    # Logged as before stop 52 (no data_sha256): said once, in a summary line, not failed.
    count = len(zipfile.ZipFile(bundle).read("records/records.jsonl").splitlines())
    assert done.stdout.count("not traceable to content") == 1
    assert (
        f"{count} record versions in records/records.jsonl were stored before the log held their "
        "content's SHA-256: not traceable to content"
    ) in done.stdout
    assert "kan ikke spores til indholdet" in done.stdout
    # Nor their provenance's hash (stop 53): said once too, in a line of its own.
    assert (
        f"{count} record versions in records/records.jsonl were stored before the log held their "
        "provenance's SHA-256: provenance not traceable"
    ) in done.stdout
    assert done.stdout.count("provenance not traceable") == 1
    assert "oprindelsen kan ikke spores" in done.stdout
    # The records file taken out of the zip: the manifest still lists it.
    target = tmp_path / "without-records.zip"
    with zipfile.ZipFile(bundle) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            if item.filename != "records/records.jsonl":
                new.writestr(item, old.read(item.filename))
    done = _verify(target, tmp_path / "cut")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "records/records.jsonl is missing" in done.stdout
    # A record of another period put back in: the file's hash is no longer the manifest's.
    lines = zipfile.ZipFile(bundle).read("records/records.jsonl")
    extra = io.BytesIO()
    with zipfile.ZipFile(bundle) as old, zipfile.ZipFile(extra, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(
                item,
                data + lines.splitlines(keepends=True)[0] if item.filename.startswith("records/") else data,
            )
    target.write_bytes(extra.getvalue())
    done = _verify(target, tmp_path / "added")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "records/records.jsonl was changed (SHA-256 differs)" in done.stdout


def test_the_agreement_shows_this_municipalitys_places_and_contacts_and_the_leads(
    built: tuple[dict[str, Any], Path],
) -> None:
    # config/agreements/falck-hovedstaden.toml: lead Gladsaxe (159); the job centres' primary contact is
    # Gladsaxe's, the backup Herlev's (163). Gladsaxe's bundle keeps its own, not Herlev's.
    _made, bundle = built
    shown = json.loads(zipfile.ZipFile(bundle).read("agreements/falck-hovedstaden.json"))
    assert {role: c["municipality_code"] for role, c in shown["contacts"]["jobcentre"].items()} == {
        "primary": "159"
    }
    assert set(shown["contacts"]["company"]) == {"primary", "backup"}


def test_a_partner_sees_its_own_places_and_the_leads_contact_not_another_partners() -> None:
    # config/agreements/brfkredit.toml: lead Gentofte (157), partner Lyngby-Taarbæk (173), 3 places each;
    # the primary job-centre contact is Gentofte's, the backup Lyngby-Taarbæk's.
    [stored] = agreements.validate_files([ROOT / "config" / "agreements" / "brfkredit.toml"])
    lyngby, gentofte = for_municipality(stored, "173"), for_municipality(stored, "157")
    assert lyngby["payment"]["places_per_municipality"] == {"173": 3}
    assert gentofte["payment"]["places_per_municipality"] == {"157": 3}
    assert {r: c["municipality_code"] for r, c in lyngby["contacts"]["jobcentre"].items()} == {
        "primary": "157",
        "backup": "173",
    }
    assert {r: c["municipality_code"] for r, c in gentofte["contacts"]["jobcentre"].items()} == {
        "primary": "157"
    }
    assert stored["payment"]["places_per_municipality"] == {"157": 3, "173": 3}  # the stored one is whole
