"""`hub validate FILE.json`: one record or a list; errors name the file and field, exit code 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PLACEMENT: dict[str, Any] = {
    "form_type": "placement",
    "schema_version": 1,
    "municipality_code": "0159",
    "citizen": {"cpr": "010190-1233", "name": "Jens Jensen"},
    "company": {"cvr": "55555559", "name": "BRFkredit"},
    "site": {"p_number": "1900000201", "name": "BRFkredit Lyngby"},
    "period": {"start": "2026-08-03", "end": "2026-11-01"},
    "hours_per_week": "18.5",
    "benefit": "kontanthjaelp",
    "visitation": "aktivitetsparat",
    "mentor": {"name": "Morten Mentor", "employer": "company"},
    "caseworker": {
        "name": "Karen Sagsbehandler",
        "email": "karen@gentofte.example.dk",
        "phone": "+4512345678",
    },
    "purpose": "Afklaring",
}


def _write(tmp_path: Path, data: Any, name: str = "record.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_valid_record_and_list(runner: Any, tmp_path: Path) -> None:
    one = runner.invoke(args=["validate", str(_write(tmp_path, PLACEMENT))])
    assert one.exit_code == 0, one.output
    assert "1 valid record" in one.output
    many = runner.invoke(args=["validate", str(_write(tmp_path, [PLACEMENT, PLACEMENT], "list.json"))])
    assert many.exit_code == 0, many.output
    assert "2 valid records" in many.output


def test_cpr_day_32_names_the_field(runner: Any, tmp_path: Path) -> None:
    bad = {**PLACEMENT, "citizen": {"cpr": "3201901234", "name": "X"}}
    result = runner.invoke(args=["validate", str(_write(tmp_path, bad))])
    assert result.exit_code == 2
    assert "citizen.cpr" in result.output
    assert "record.json" in result.output


def test_unknown_field_and_bad_municipality(runner: Any, tmp_path: Path) -> None:
    bad = {**PLACEMENT, "municipality_code": "999", "colour": "red"}
    result = runner.invoke(args=["validate", str(_write(tmp_path, bad))])
    assert result.exit_code == 2
    assert "colour" in result.output
    assert "municipality_code" in result.output


def test_malformed_json(runner: Any, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"form_type": ', encoding="utf-8")
    result = runner.invoke(args=["validate", str(path)])
    assert result.exit_code == 2
    assert "not valid JSON" in result.output and "broken.json" in result.output
