"""`hub agreements load` says what a load changed in a stored agreement (stop 42's review): new terms
with the day they take effect, and municipalities added or taken out. It said `loaded ID` alone, whether
the load moved the rate from a later day or changed nothing."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from conftest import ROOT

AGREEMENTS = ROOT / "config" / "agreements"


def _file(folder: Path, name: str, change: Any) -> Path:
    """A seed agreement as JSON, changed by `change(data)`."""
    data: dict[str, Any] = tomllib.loads((AGREEMENTS / f"{name}.toml").read_text(encoding="utf-8"))
    change(data)
    path = folder / f"{name}-{len(list(folder.glob('*.json')))}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_new_terms_are_said_with_their_day_and_the_same_file_again_says_nothing_more(
    runner: Any, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    # BRFkredit: fixed per place, 275.00 an hour, 6.25 hours a week, 3 places each for 157 and 173.
    newer = _file(
        tmp_path,
        "brfkredit",
        lambda d: d["payment"].update(hourly_rate_dkk="290.00", effective_from="2027-01-01"),
    )
    result = runner.invoke(args=["agreements", "load", str(newer)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "loaded brfkredit / indlæst brfkredit\n"
        "  terms from 2027-01-01: fixed per place, 290.00 DKK/hour × 6.25 hours a week; places 157: 3, 173: 3"
        " / vilkår fra 1. jan. 2027: fast beløb pr. plads, 290,00 kr./time × 6,25 timer om ugen;"
        " pladser 157: 3, 173: 3\n"
    )
    again = runner.invoke(args=["agreements", "load", str(newer)])
    assert again.exit_code == 0 and again.output == "loaded brfkredit / indlæst brfkredit\n"


def test_a_municipality_added_and_taken_out_is_named_without_the_terms(runner: Any, tmp_path: Path) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    # Falck Hovedstaden pays by occupied places: a new member brings no places, so no terms of its own.
    added = _file(tmp_path, "falck-hovedstaden", lambda d: d["partner_municipalities"].append("165"))
    result = runner.invoke(args=["agreements", "load", str(added)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "loaded falck-hovedstaden / indlæst falck-hovedstaden\n"
        "  municipality 165 (Albertslund) added / kommune 165 (Albertslund) tilføjet\n"
    )
    taken_out = runner.invoke(args=["agreements", "load", str(AGREEMENTS / "falck-hovedstaden.toml")])
    assert taken_out.exit_code == 0, taken_out.output
    assert taken_out.output == (
        "loaded falck-hovedstaden / indlæst falck-hovedstaden\n"
        "  municipality 165 (Albertslund) taken out / kommune 165 (Albertslund) taget ud\n"
    )
