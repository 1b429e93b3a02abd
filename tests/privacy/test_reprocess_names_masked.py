"""`hub reprocess` names each submission by its file's name, and caseworkers name files after the
citizen: the name is masked as every value it prints is (`cli.cpr_lines`), since a terminal's output is
kept by cron or systemd as a log (docs/decisions/0065)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, make_app
from flask import Flask

from hub.cli import cli, reprocess
from hub.errors import FieldProblem
from hub.services.reprocess_changes import Change

HERLEV = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
AGREEMENTS = ROOT / "config" / "agreements"


def _run(app: Flask, *args: str) -> str:
    result = app.test_cli_runner().invoke(cli, list(args))
    return str(result.output)


def test_a_file_named_after_the_citizen_is_printed_masked(tmp_path: Path) -> None:
    named = tmp_path / "Anna Hansen 01 01 90 1234.csv"
    shutil.copyfile(HERLEV, named)
    app = make_app(tmp_path / "a")
    _run(app, "agreements", "load", str(AGREEMENTS / "brfkredit.toml"))
    # Falck Søborg is in no agreement of Herlev's yet: rejected, and still so on a second look.
    _run(app, "ingest", str(named), "-m", "herlev")
    still = _run(app, "reprocess", "-m", "herlev", "--dry-run")
    # The place in words in each language, as `hub ingest` says it (`hub.schemas.field_names`).
    name = "(Anna Hansen 010190-XXXX.csv)"
    where = f"{name}: row 8, column 2 (B8) / P number (site.p_number)"
    where_da = f"{name}: række 8, kolonne 2 (B8) / P-nummer"
    assert f"    submission 1 {where} / indsendelse 1 {where_da}" in still.splitlines(), still
    _run(app, "agreements", "load", str(AGREEMENTS / "falck-hovedstaden.toml"))
    changed = _run(app, "reprocess", "-m", "herlev", "--dry-run")
    assert (
        "submission 1 (Anna Hansen 010190-XXXX.csv): rejected -> accepted"
        " / indsendelse 1 (Anna Hansen 010190-XXXX.csv): afvist -> godkendt"
    ) in changed.splitlines()
    assert "1234" not in still + changed, still + changed


def test_a_reason_quoting_a_cpr_number_is_printed_masked(capsys: pytest.CaptureFixture[str]) -> None:
    """A reason may quote the value it could not read ("not a number: '010190-1234'")."""
    problem = FieldProblem("not a number: '01.01.90-1234'", "ikke et tal: '01.01.90-1234'", field="hours")
    change = Change(7, "timer.csv", None, None, [problem], was="rejected", now="rejected")
    reprocess._still_failing([change])
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [
        "  error: not a number: '010190-XXXX'",
        "  fejl: ikke et tal: '010190-XXXX'",
        "    submission 7 (timer.csv): hours / indsendelse 7 (timer.csv): hours",
    ]


def test_where_a_problem_was_is_printed_masked(capsys: pytest.CaptureFixture[str]) -> None:
    """Where a value was quotes the document: a sheet named after its citizen, the text a PDF prints beside
    a field ("CPR-nr. 010190-1234"). The line naming the submission masks it as the reason's lines do."""
    problem = FieldProblem(
        "empty: a value is required",
        "tom: feltet skal udfyldes",
        field="entries[2].hours",
        locator='sheet "Anna 0101901234", cell B3',
        locator_da='ark "Anna 0101901234", celle B3',
        item="row 3",
        item_da="række 3",
    )
    change = Change(7, "timer.xlsx", None, None, [problem], was="rejected", now="rejected")
    reprocess._still_failing([change])
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == (
        '    submission 7 (timer.xlsx): row 3 / sheet "Anna 010190-XXXX", cell B3'
        " / line 3, hours (entries[2].hours)"
        ' / indsendelse 7 (timer.xlsx): række 3 / ark "Anna 010190-XXXX", celle B3 / linje 3, timer'
    )
