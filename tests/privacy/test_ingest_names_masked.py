"""`hub ingest` names each file as given, and caseworkers name files after the citizen: every line it
prints of a file's outcome has the CPR number masked, as `hub reprocess` and `hub explain` do, since a
terminal's output is kept by cron or systemd as a log (docs/decisions/0065)."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT
from flask.testing import FlaskCliRunner

HERLEV = ROOT / "tests" / "golden" / "herlev" / "placement.csv"


def test_a_file_named_after_the_citizen_is_printed_masked(runner: FlaskCliRunner, tmp_path: Path) -> None:
    named = tmp_path / "Anna Hansen 01 01 90 1234.csv"
    shutil.copyfile(HERLEV, named)
    again = tmp_path / "Anna 010190-1234 igen.csv"
    shutil.copyfile(HERLEV, again)
    # No agreement knows the form's site yet: rejected, every reason printed with the file's name.
    rejected = runner.invoke(args=["ingest", str(named), "-m", "herlev"])
    assert f"{tmp_path}/Anna Hansen 010190-XXXX.csv: rejected / afvist" in rejected.output.splitlines()
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    # The same bytes again under another name: the line names the earlier file too.
    repeated = runner.invoke(args=["ingest", str(again), "-m", "herlev"])
    lines = repeated.output.splitlines()
    assert lines[0].startswith(f"{tmp_path}/Anna 010190-XXXX igen.csv: "), lines
    assert any("Anna Hansen 010190-XXXX.csv" in line for line in lines[1:]), lines
    for output in (rejected.output, repeated.output):
        assert "90 1234" not in output and "010190-1234" not in output, output
