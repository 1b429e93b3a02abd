"""The terms a bundle's claim rests on, where the municipality has no placements in the agreement
(decision 0010, "Payments and dashboards"): `agreements/<id>.json` is written for every agreement the
bundle has a claim of, not only for those of its placements.

BRFkredit pays per allotted place (Gentofte 157 and Lyngby-Taarbæk 173: 3 places each, 6.25 hours a week
at 275 kr.); the seeds hold no placements here. Lyngby-Taarbæk is taken out on 16 August 2026: a member
1 July–15 August of the third quarter, under the one version of the terms that lists it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

from flask import Flask
from flask.testing import FlaskCliRunner
from test_claim_removed_member import _taken_out


def _bundle(runner: FlaskCliRunner, tmp_path: Path, who: str) -> tuple[Path, zipfile.ZipFile]:
    out = tmp_path / f"bundle-{who}.zip"
    made = runner.invoke(args=["bundle", who, "--period", "2026-Q3", "--out", str(out)])
    assert made.exit_code == 0, made.output
    return out, zipfile.ZipFile(out)


def _listed(zipped: zipfile.ZipFile) -> list[str]:
    return [entry["path"] for entry in json.loads(zipped.read("manifest.json"))["files"]]


def test_a_member_taken_out_has_the_terms_it_was_a_member_under(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    _taken_out(app, tmp_path, today=date(2026, 8, 16))
    out, zipped = _bundle(runner, tmp_path, "lyngby-taarbaek")
    assert "claim/brfkredit-2026-Q3.xml" in zipped.namelist()
    assert "agreements/brfkredit.json" in _listed(zipped)
    terms = json.loads(zipped.read("agreements/brfkredit.json"))
    assert terms["id"] == "brfkredit"
    assert terms["terms_as_member"] == [
        {
            "valid_from": None,
            "valid_to": "2026-08-15",
            "basis": "fixed_per_place",
            "hourly_rate_dkk": "275.00",
            "hours_per_week": "6.25",
            "places": {"173": 3},  # Gentofte's places are not its business
        }
    ]
    # The auditor's verifier finds the bundle sound, the terms file with it.
    key = runner.invoke(args=["audit", "key"]).stderr.split("fingerprint: ")[1].split()[0]
    zipped.extract("verify.py", tmp_path)
    command = [sys.executable, str(tmp_path / "verify.py"), str(out), "--key", key]
    checked = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_per_place_member_without_placements_has_its_agreement(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    _taken_out(app, tmp_path, today=date(2026, 8, 16))
    _out, zipped = _bundle(runner, tmp_path, "gentofte")
    assert any(n.startswith("claim/brfkredit-2026-Q3.") for n in zipped.namelist())  # its claim
    assert "agreements/brfkredit.json" in _listed(zipped)
    terms = json.loads(zipped.read("agreements/brfkredit.json"))
    assert terms["payment"]["places_per_municipality"] == {"157": 3}
    assert "terms_as_member" not in terms  # a member now: the stored file is its terms
