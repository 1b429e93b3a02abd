"""`hub claim` for a municipality not in the agreement says which municipalities are, in English and
Danish, so that the person sees whom the claim can be asked of (config/agreements/*.toml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _claim(runner: Any, municipality: str, agreement: str, out: Path) -> Any:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    args = ["claim", municipality, "--agreement", agreement, "--period", "2026-Q3", "--out", str(out)]
    result = runner.invoke(args=args)
    assert not out.exists()  # refused before anything is written
    return result


def test_a_municipality_outside_danfoss_is_told_its_one_municipality(runner: Any, tmp_path: Path) -> None:
    result = _claim(runner, "herlev", "danfoss", tmp_path / "claim.csv")
    assert result.exit_code == 2, result.output
    # Danfoss's agreement has Sønderborg alone (lead_municipality = "540", no partners).
    assert result.output.splitlines() == [
        "error: Herlev Kommune is not part of agreement danfoss; the agreement's municipalities: "
        "Sønderborg Kommune (540)",
        "fejl: Herlev Kommune er ikke med i aftalen danfoss; aftalens kommuner: Sønderborg Kommune (540)",
    ]


def test_the_lead_comes_first_then_the_partners_in_order(runner: Any, tmp_path: Path) -> None:
    result = _claim(runner, "gentofte", "falck-hovedstaden", tmp_path / "claim.csv")
    assert result.exit_code == 2, result.output
    # Gladsaxe (159) leads; Ballerup, Herlev, Høje-Taastrup and Furesø are its partners, in that order.
    members = (
        "Gladsaxe Kommune (159), Ballerup Kommune (151), Herlev Kommune (163), "
        "Høje-Taastrup Kommune (169), Furesø Kommune (190)"
    )
    assert f"the agreement's municipalities: {members}" in result.output
    assert f"aftalens kommuner: {members}" in result.output
