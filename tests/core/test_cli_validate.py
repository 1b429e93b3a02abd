"""`hub validate FILE.json`: one record or a list; errors name the file and field, exit code 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

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


# Each file is broken in one way a hand-edited file is, and the Danish line says that way in Danish
# (the json module's words are English), after the line and column of the fault.
DANISH_FAULTS = {
    '{"a": 1,}': "linje 1, kolonne 9: der mangler et navn i anførselstegn (et komma for meget?)",
    '{"a" 1}': "linje 1, kolonne 6: der mangler ':' efter et navn",
    "[1 2]": "linje 1, kolonne 4: der mangler et komma mellem to værdier",
    '{"a": 1} x': "linje 1, kolonne 10: der står mere efter den første værdi",
    '{"a": "x': "linje 1, kolonne 7: en tekst mangler sit afsluttende anførselstegn",
}


@pytest.mark.parametrize("text", sorted(DANISH_FAULTS))
def test_malformed_json_is_said_in_danish_too(runner: Any, tmp_path: Path, text: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(args=["validate", str(path)])
    assert result.exit_code == 2
    danish = next(line for line in result.output.splitlines() if line.startswith("fejl:"))
    assert danish.endswith(f"ikke gyldig JSON: {DANISH_FAULTS[text]}"), danish
    assert "Expecting" not in danish and "Extra data" not in danish and "Unterminated" not in danish


def test_a_file_not_in_utf8_is_said_in_danish(runner: Any, tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"name": "Søren"}'.encode("latin-1"))  # ø is byte 12, not UTF-8 on its own
    result = runner.invoke(args=["validate", str(path)])
    assert result.exit_code == 2
    danish = next(line for line in result.output.splitlines() if line.startswith("fejl:"))
    assert danish.endswith("ikke UTF-8-tekst: byte 12 kan ikke læses som UTF-8; gem filen som UTF-8"), danish


def test_a_file_named_after_its_citizen_is_said_masked(runner: Any, tmp_path: Path) -> None:
    # Caseworkers name a file after its citizen; what a command prints may be kept as a log (decision
    # 0065): the number is said as DDMMYY-XXXX, in the line of a valid file and in each error's line.
    good = runner.invoke(args=["validate", str(_write(tmp_path, PLACEMENT, "0101901233 jens.json"))])
    assert good.exit_code == 0, good.output
    assert "010190-XXXX jens.json: 1 valid record" in good.output
    bad = {**PLACEMENT, "hours_per_week": "many"}
    refused = runner.invoke(args=["validate", str(_write(tmp_path, bad, "010190-1233 jens.json"))])
    assert refused.exit_code == 2
    said = refused.output + (refused.stderr if refused.stderr_bytes is not None else "")
    assert "0101901233" not in said and "010190-1233" not in said, said
    assert "error: " in said and "010190-XXXX jens.json" in said, said
