"""`hub ingest` tells each file's outcome in words a caseworker knows: the file as sent, its status in
English and Danish, and what it became: the form, the participant (the pseudonymous id the pages show),
the agreement by name, and the record only with the command that shows it (`hub explain`). No
internal submission id a caseworker can do nothing with."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from conftest import ROOT
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import Placement, Record

PLACEMENT = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
AGREEMENT = ROOT / "config" / "agreements" / "falck-hovedstaden.toml"


def test_a_stored_form_is_named_by_its_form_participant_and_agreement(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    result = runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        [(record_id, participant)] = db.session.execute(
            select(Record.id, Placement.participant_id).join(Placement, Placement.id == Record.placement_id)
        ).all()
    name = tomllib.loads(AGREEMENT.read_text(encoding="utf-8"))["name"]
    assert result.output.splitlines() == [
        f"{PLACEMENT}: accepted / godkendt",
        f'  Placement agreement of participant {participant} (agreement "{name}"): record {record_id}'
        f" version 1 (hub explain {record_id} shows it) / Praktikaftale for deltager {participant}"
        f' (aftale "{name}"): post {record_id} version 1 (hub explain {record_id} viser den)',
    ]


def test_the_same_file_again_says_it_is_unchanged_and_which_record_it_is(
    runner: Any, app: Flask, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    assert runner.invoke(args=["ingest", str(PLACEMENT), "-m", "herlev"]).exit_code == 0
    # Other bytes (a line's end added), the same content: stored as a submission, no new version.
    copy = tmp_path / "kopi.csv"
    copy.write_bytes(PLACEMENT.read_bytes() + b"\n")
    result = runner.invoke(args=["ingest", str(copy), "-m", "herlev"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        [(record_id, participant)] = db.session.execute(
            select(Record.id, Placement.participant_id).join(Placement, Placement.id == Record.placement_id)
        ).all()
    assert f"  Placement agreement of participant {participant} (agreement " in result.output
    assert f"unchanged, the same content as record {record_id} version 1 (hub explain {record_id})" in (
        result.output
    )
    assert "submission" not in result.output
