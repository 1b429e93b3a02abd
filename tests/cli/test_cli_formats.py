"""The CLI writes kroner and dates one way per language: Danish output the Danish way (`18.661,50`,
`01.08.2026`), English the English way, as `hub.exports.text.number` and `hub.exports.danish` do."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import demo_copy_fixture

from hub.cli import cli

pytestmark = pytest.mark.usefixtures("demo_today")


# This module's commands write (claims kept as downloaded, forms ingested): its own copy of the demo, as
# the session's is for tests that only read.
lived_demo = demo_copy_fixture("cli-demo", name="lived_demo")


def run(app: Flask, *args: str) -> Any:
    result = FlaskCliRunner(app).invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_claim_says_its_amount_as_each_reader_writes_it(lived_demo: Flask, tmp_path: Path) -> None:
    out = tmp_path / "claim.pdf"
    args = ("claim", "ballerup", "--agreement", "falck-hovedstaden", "--period", "2026-Q3", "--out", str(out))
    line = run(lived_demo, *args).output.strip()
    # Before: "18661.50 kr.", neither language's way, while `hub payments` said "32.103,50 kr.".
    # The count said in each language, as the amount is: "12 linjer / 12 lines".
    found = re.fullmatch(r".*: (\d+) linjer / (\d+) lines, ([\d.]+,\d\d) kr\. / DKK ([\d,]+\.\d\d)", line)
    assert found, line
    assert found[1] == found[2]
    danish, english = found.groups()[2:]
    assert "." in danish and "," in english  # thousands separated, the amount being over 1,000
    assert danish.replace(".", "").replace(",", ".") == english.replace(",", "")


def test_a_bundle_says_each_count_in_each_language(lived_demo: Flask, tmp_path: Path) -> None:
    # Before: "2 praktikker / placements, 9 poster / record versions": one number for two languages
    # (grouped neither way past 999, plural in both for one; `hub.words.danish_and_english`).
    out = tmp_path / "bundle.zip"
    line = run(lived_demo, "bundle", "gladsaxe", "--period", "2026-09", "--out", str(out)).output.strip()
    counts = r"(\d+) praktikker / (\d+) placements, (\d+) poster / (\d+) record versions"
    # Gladsaxe masks CPR numbers: its originals are listed, not carried (decision 0055).
    originals = r"(\d+) dokumenter / (\d+) documents \(\+(\d+) kun listet, CPR maskeret / \+(\d+) listed only"
    entries = r"(\d+) logposter / (\d+) log entries"
    found = re.fullmatch(
        rf"{re.escape(str(out))}: {counts}, {originals}, CPR masked\), {entries}; manifest \w{{16}}", line
    )
    assert found, line
    numbers = found.groups()
    assert numbers[0::2] == numbers[1::2], line


def test_payments_in_danish_write_dates_the_danish_way(lived_demo: Flask) -> None:
    danish = run(lived_demo, "payments", "falck-hovedstaden", "--period", "2026-08").output
    rows = [line for line in danish.splitlines() if line.startswith("P-")]
    assert rows
    for row in rows:
        assert re.search(r"  \d\d\.08\.2026  \d\d\.08\.2026  ", row), row
    assert "2026-08-" not in danish
    english = run(lived_demo, "payments", "falck-hovedstaden", "--period", "2026-08", "--lang", "en").output
    english_rows = [line for line in english.splitlines() if line.startswith("P-")]
    assert len(english_rows) == len(rows)  # the same lines, so the check below cannot pass on none
    assert all(re.search(r"  2026-08-\d\d  2026-08-\d\d  ", r) for r in english_rows), english_rows


def test_audit_check_in_danish_writes_the_placements_days_the_danish_way(lived_demo: Flask) -> None:
    danish = run(lived_demo, "audit", "check", "herlev", "--period", "2026-08").output
    heads = [line for line in danish.splitlines() if line.startswith(("✓", "✗"))]
    assert heads and all(re.search(r", \d\d\.\d\d\.–\d\d\.\d\d\.2026\)$", h) for h in heads), heads
    english = run(lived_demo, "audit", "check", "herlev", "--period", "2026-08", "--lang", "en").output
    assert re.search(r", 2026-\d\d-\d\d–2026-\d\d-\d\d\)$", english, re.M)
