"""The bundle gives each claim line's gaps with their reasons, as the auditor's page does (stop 52).

The auditor's page lists, beside each placement's claim figures, why some of its hours are not claimed
(`web.audit_claims`, from `occupied_lines`). The bundle had only the completeness report's rule lines
and the claim in the municipality's format, which has no place for reasons: the auditor who worked
from the bundle alone could not see why a line claimed fewer hours than were delivered. Furesø masks
CPR and claims per half-year; its H1 has months without a timesheet (decision 0012, "Stop 51").
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import demo_copy_fixture
from verifier_support import verified_alone

from hub.cli import cli
from hub.extensions import db
from hub.periods import parse_period
from hub.services import completeness
from hub.web.audit_claims import claimed

demo = demo_copy_fixture("audit-walk-claim-gaps", name="demo", users=False)
WHO, PERIOD = "furesoe", "2026-H1"
GAPS = "completeness/claim-gaps.csv"


@pytest.fixture(scope="module")
def bundle(demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gaps") / f"{WHO}-{PERIOD}.zip"
    made = FlaskCliRunner(demo).invoke(cli, ["bundle", WHO, "--period", PERIOD, "--out", str(out)])
    assert made.exit_code == 0, made.output
    return out


def _rows(bundle: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(bundle) as zipped:
        text = zipped.read(GAPS).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_each_placements_reasons_on_the_page_are_in_the_bundle(demo: Flask, bundle: Path) -> None:
    with demo.app_context():
        scope = completeness.scope(db.session, WHO, parse_period(PERIOD))
        rows = list(completeness.checks(db.session, scope))
        on_page = claimed(rows, scope.config.code, scope.period)
    expected = {pid: (list(c.reasons_da), list(c.reasons_en)) for pid, c in on_page.items() if c.reasons_da}
    assert expected  # the demo's Furesø has hours it does not claim, and says why
    found: dict[str, tuple[list[str], list[str]]] = {}
    for row in _rows(bundle):
        da, en = found.setdefault(row["deltager_id"], ([], []))
        da.append(row["grund"])
        en.append(row["reason"])
        assert row["kravlinjer"], row  # every placement the page shows figures for has a claim line
    assert {pid: found.get(pid) for pid in expected} == expected


def test_the_gaps_are_signed_and_described_and_show_no_full_cpr(demo: Flask, bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as zipped:
        manifest = json.loads(zipped.read("manifest.json"))
        danish, english = zipped.read("README.md").decode().split("## English")
        text = zipped.read(GAPS).decode("utf-8-sig")
    assert GAPS in {entry["path"] for entry in manifest["files"]}
    assert "`completeness/claim-gaps.csv`: hvorfor timer ikke er med i kravet" in danish
    assert "`completeness/claim-gaps.csv`: why hours are not in the claim" in english
    assert not re.search(r"\b\d{6}-?\d{4}\b", text)  # masked: DDMMYY-XXXX at most
    assert re.search(r"\b\d{6}-XXXX\b", text)
    key = FlaskCliRunner(demo).invoke(cli, ["audit", "key"]).stderr.split("fingerprint: ")[1].split()[0]
    done = verified_alone(bundle, key)
    assert done.returncode == 0, done.stdout
