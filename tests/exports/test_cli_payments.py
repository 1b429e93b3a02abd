"""`hub payments`: bad input is refused in both languages with exit code 2 and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def loaded(runner: object) -> object:
    result = runner.invoke(args=["agreements", "load"])  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.output
    return runner


@pytest.mark.parametrize(
    ("args", "english", "danish"),
    [
        (["nope", "--period", "2026-08"], "no agreement 'nope'", "ingen aftale 'nope'"),
        (["danfoss", "--period", "2099-01"], "is in the future", "ligger i fremtiden"),
        (["danfoss", "--period", "august"], "not a period", "ikke en periode"),
    ],
)
def test_bad_input_exits_2_in_both_languages(
    loaded: object, tmp_path: Path, args: list[str], english: str, danish: str
) -> None:
    out = tmp_path / "out" / "payments.json"
    result = loaded.invoke(args=["payments", *args, "--json", "--out", str(out)])  # type: ignore[attr-defined]
    assert result.exit_code == 2
    assert english in result.output and danish in result.output
    assert "Traceback" not in result.output
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_an_agreement_that_pays_nothing_has_no_lines(loaded: object, tmp_path: Path) -> None:
    out = tmp_path / "danfoss.json"
    result = loaded.invoke(args=["payments", "danfoss", "--period", "2026-08", "--json", "--out", str(out)])  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["agreement"]["basis"], data["lines"], data["gaps"], data["total_amount_dkk"]) == (
        "none",
        [],
        [],
        "0.00",
    )
    assert [m["municipality_code"] for m in data["municipalities"]] == ["540"]
    text = loaded.invoke(args=["payments", "danfoss", "--period", "2026-08"])  # type: ignore[attr-defined]
    assert "intet at betale" in text.output
