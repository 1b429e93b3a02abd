"""`hub ingest` and `hub explain` as a caseworker or municipal IT person runs them."""

from __future__ import annotations

import json
from typing import Any

from conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"


def _load(runner: Any) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0


def test_ingest_json_prints_the_canonical_record(runner: Any) -> None:
    _load(runner)
    source = GOLDEN / "hoeje-taastrup" / "placement.xml"
    expected = json.loads((GOLDEN / "hoeje-taastrup" / "placement.expected.json").read_text(encoding="utf-8"))
    result = runner.invoke(args=["ingest", str(source), "-m", "hoeje-taastrup", "--json"])
    assert result.exit_code == 0, result.output
    (printed,) = json.loads(result.stdout)
    assert printed.pop("record_id") == 1 and printed.pop("version") == 1
    assert printed == expected
    again = runner.invoke(args=["ingest", str(source), "-m", "169"])
    assert again.exit_code == 0 and "same bytes as before" in again.output


def test_ingest_rejection_exits_2_in_both_languages(runner: Any) -> None:
    _load(runner)
    # A Gladsaxe end form before its placement: nothing to link it to.
    result = runner.invoke(args=["ingest", str(GOLDEN / "gladsaxe" / "placement_end.pdf"), "-m", "gladsaxe"])
    assert result.exit_code == 2
    assert "rejected" in result.output
    assert "error:" in result.output and "no placement of this citizen" in result.output
    assert "fejl:" in result.output and "ingen praktik for borgeren" in result.output


def test_explain_shows_where_each_value_came_from(runner: Any) -> None:
    _load(runner)
    assert (
        runner.invoke(
            args=["ingest", str(GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf"), "-m", "gladsaxe"]
        ).exit_code
        == 0
    )
    result = runner.invoke(args=["explain", "1", "citizen.cpr"])
    assert result.exit_code == 0, result.output
    # The Gladsaxe form keeps the CPR number in "Tekstfelt12", printed beside the label "CPR-nr.".
    assert 'field "Tekstfelt12" ("CPR-nr.") on page 1' in result.output
    assert "raw '150392-1237'  via digits" in result.output
    assert "citizen.name" not in result.output
    missing = runner.invoke(args=["explain", "99"])
    assert missing.exit_code == 2 and "no record 99" in missing.output


def test_a_file_sent_under_the_wrong_municipality_can_then_come_from_the_right_one(runner: Any) -> None:
    _load(runner)
    source = str(GOLDEN / "herlev" / "placement.csv")
    wrong = runner.invoke(args=["ingest", source, "-m", "gladsaxe"])
    assert wrong.exit_code == 2 and "not a form Gladsaxe Kommune sends" in wrong.output
    right = runner.invoke(args=["ingest", source, "-m", "herlev"])
    assert right.exit_code == 0, right.output
    assert "submission 1 accepted" in right.output  # the same submission, now Herlev's
