"""No stored text runs as a formula in a CSV the hub hands out (OWASP "CSV injection", stop 55).

fuzz-63 had a mutant's mentor name `=HYPERLINK("x")` accepted. Stored as it came (the database keeps the
sender's text), it must reach the claim, the bundle's claim gaps and its completeness report as text a
spreadsheet shows, with the apostrophe `xlsx_safe.safe_text` gives an XLSX cell; a negative amount
written as a Danish number ("-1.234,56") stays a number. Each file is read back with `csv`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path

from claim_data import LINES, hand_claim

from hub.adapters.language.config_model import AuditRules
from hub.adapters.language.config_schema import load_config_file
from hub.exports.claims import render_claim
from hub.exports.completeness import PlacementCheck
from hub.exports.completeness_kit import Check
from hub.exports.completeness_report import CsvWriter
from hub.exports.facts import PlacementFacts
from hub.exports.gaps import Gap
from hub.exports.xlsx_safe import safe_text
from hub.services.bundle_claim_gaps import ClaimGaps

HOSTILE = '=HYPERLINK("x")'
CONFIGS = Path(__file__).resolve().parents[2] / "config" / "municipalities"


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


def test_a_claim_csv_writes_a_formula_name_as_text_and_a_negative_amount_as_a_number() -> None:
    config = load_config_file(CONFIGS / "herlev.toml")
    assert config.claim is not None
    lines = (replace(LINES[0], name=HOSTILE, amount_dkk=D("-1234.56")), *LINES[1:])
    data = render_claim(hand_claim(config.code, config.name, lines=lines), config.claim)
    rows = _cells(data.decode(str(config.claim.writer["encoding"])))
    first = next(row for row in rows if row and row[0] == "1")
    assert first[2] == "'" + HOSTILE
    assert first[-1] == "-1.234,56"  # Herlev's amount: dots between thousands, a decimal comma


def test_the_bundles_claim_gaps_write_a_formula_name_and_reason_as_text() -> None:
    gaps = ClaimGaps("full")
    claim = hand_claim(lines=(replace(LINES[0], name=HOSTILE),))
    gaps.add(claim, [Gap("163", "P-0001", "hours", D("-1.5"), "@SUM(A1)", "+cmd|' /C calc'!A0")])
    gaps.out.seek(0)
    row = _cells(gaps.out.read())[1]
    gaps.out.close()
    assert (row[3], row[6], row[7], row[8]) == ("'" + HOSTILE, "-1,50", "'+cmd|' /C calc'!A0", "'@SUM(A1)")


def test_the_completeness_report_csv_writes_a_formula_name_and_site_as_text() -> None:
    facts = PlacementFacts(
        "P-0001", "163", HOSTILE, "1900000101", "-2+3+cmd", date(2026, 8, 1), date(2026, 8, 31)
    )
    checked = PlacementCheck(
        facts, date(2026, 8, 1), date(2026, 8, 31), (Check("hours_within_grant", "ok", "=1+1", "ok"),)
    )
    out = io.StringIO()
    CsvWriter(out, AuditRules("month", "full", 5, hours_within_grant=True)).row("=agreement", checked)
    row = _cells(out.getvalue())[1]
    assert (row[0], row[3], row[5], row[11]) == ("'=agreement", "'" + HOSTILE, "'-2+3+cmd", "'=1+1")
    assert row[6] == "2026-08-01"  # a date is not text the writer touches


def test_safe_text_keeps_a_danish_negative_amount() -> None:
    assert safe_text("-1.234,56") == "-1.234,56"
    assert safe_text("-1.234,56+A1") == "'-1.234,56+A1"
