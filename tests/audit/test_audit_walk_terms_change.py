"""An auditor's walk (stop 51): a bundle for a period in which the agreement's terms changed.

BRFkredit pays Gentofte (157) for 3 places at 6.25 hours a week, 275 kr. an hour
(config/agreements/brfkredit.toml). Loaded again on 16 August 2026 at 300 kr. an hour, the terms of the
third quarter are two versions: 275 kr. to 15 August, 300 kr. from 16 August. The stored agreement is the
newest terms only, so the bundle's `agreements/brfkredit.json` must list both versions the claim for
2026-Q3 was priced by, each with Gentofte's places only, and the bundle must still verify.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner

from hub.extensions import db
from hub.services import agreements

AGREEMENTS = ROOT / "config" / "agreements"


def _rate_raised(folder: Path) -> Path:
    """BRFkredit's file as JSON at 300 kr. an hour, all else as stored."""
    data: dict[str, Any] = tomllib.loads((AGREEMENTS / "brfkredit.toml").read_text(encoding="utf-8"))
    assert data["payment"]["hourly_rate_dkk"] == "275.00"
    data["payment"]["hourly_rate_dkk"] = "300.00"
    path = folder / "brfkredit.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_bundle_over_a_change_of_terms_lists_each_version_and_verifies(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(AGREEMENTS), "test")
        agreements.load_files(db.session, [_rate_raised(tmp_path)], "test", today=date(2026, 8, 16))
    out = tmp_path / "gentofte.zip"
    made = runner.invoke(args=["bundle", "gentofte", "--period", "2026-Q3", "--out", str(out)])
    assert made.exit_code == 0, made.output
    zipped = zipfile.ZipFile(out)
    terms = json.loads(zipped.read("agreements/brfkredit.json"))
    assert terms["payment"]["hourly_rate_dkk"] == "300.00"  # as stored: the newest terms
    assert terms["terms_in_period"] == [
        {
            "valid_from": None,
            "valid_to": "2026-08-15",
            "basis": "fixed_per_place",
            "hourly_rate_dkk": "275.00",
            "hours_per_week": "6.25",
            "places": {"157": 3},  # Lyngby-Taarbæk's places are not Gentofte's auditor's business
        },
        {
            "valid_from": "2026-08-16",
            "valid_to": None,
            "basis": "fixed_per_place",
            "hourly_rate_dkk": "300.00",
            "hours_per_week": "6.25",
            "places": {"157": 3},
        },
    ]
    readme = zipped.read("README.md").decode()
    assert "`terms_in_period`" in readme.split("## English")[0]  # said in Danish
    assert "`terms_in_period`" in readme.split("## English")[1]  # and in English
    key = runner.invoke(args=["audit", "key"]).stderr.split("fingerprint: ")[1].split()[0]
    zipped.extract("verify.py", tmp_path)
    command = [sys.executable, "-I", str(tmp_path / "verify.py"), str(out), "--key", key]
    checked = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
