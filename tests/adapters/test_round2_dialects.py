"""The round-2 dialects on bad input: Albertslund's timesheet (a table running into its signature) and
Rødovre's export (hours with their unit in an attribute). The documents come from the fixture scripts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pipeline import GOLDEN, ROOT, repository_registry
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records, stop_warnings
from hub.adapters.language.registry import Registry
from hub.adapters.mapping.form_items import MappedItem, map_items
from hub.adapters.pipeline import READ_OPTIONS, recognise
from hub.adapters.readers import extract
from hub.cli.adapters import check

albertslund = fixture_script("fixtures.albertslund")
roedovre = fixture_script("fixtures.roedovre")

SHA = "12" * 32


@pytest.fixture(scope="module")
def registry() -> Registry:
    return repository_registry()


def items(registry: Registry, slug: str, data: bytes, name: str) -> list[MappedItem]:
    config = registry.get(slug)
    form, extraction = recognise(config, extract(data, name, READ_OPTIONS), name, data, {})
    return map_items(extraction, form, SHA, name, config.code)


def test_albertslund_a_day_with_two_hours_and_no_date_rejects_that_citizen_alone(registry: Registry) -> None:
    """The issue's scenario in a timesheet of two citizens: the 2 hours are an error, never dropped."""
    days = (*albertslund.DAYS[:4], ("280786-2214", "", "2", ""), *albertslund.DAYS[4:])
    first, second = items(registry, "albertslund", albertslund.timesheet(days), "t.csv")
    assert first.mapped is not None and first.mapped.record["total_hours"] == "5.5"
    assert second.mapped is None and second.label_en == "rows 9–12"
    (problem,) = second.problems
    assert (problem.field, problem.locator) == ("entries[1].date", "row 10, column 2 (B10)")


def test_albertslund_a_row_with_hours_and_no_cpr_is_an_item_of_its_own_and_rejected(
    registry: Registry,
) -> None:
    days = (*albertslund.DAYS, ("", "14-08-2026", "2", ""))
    found = items(registry, "albertslund", albertslund.timesheet(days), "t.csv")
    assert [item.mapped is not None for item in found] == [True, True, False]
    assert [p.field for p in found[2].problems] == ["citizen.cpr"]


def test_albertslund_a_longer_month_keeps_its_signature_date(registry: Registry) -> None:
    days = (*albertslund.DAYS, *(("280786-2214", f"{d}-08-2026", "1", "") for d in range(17, 29)))
    records = canonical_records(registry.get("albertslund"), albertslund.timesheet(days), "t.csv")
    assert [r["signed_on"] for r in records] == ["2026-09-01", "2026-09-01"]
    assert records[1]["total_hours"] == "16.5"  # 4.5 + 12 days of 1 hour


def test_roedovre_a_grant_in_hours_per_month_is_refused_alone(registry: Registry) -> None:
    monthly = {**roedovre.GRANTS[1], "enhed": "maaned", "timer": "10,8"}
    first, second = items(registry, "roedovre", roedovre.export((roedovre.GRANTS[0], monthly)), "e.xml")
    assert first.mapped is not None and first.mapped.record["hours_per_week"] == "3.0"
    assert second.mapped is None and second.label_en == "/Mentorbevillinger[1]/Bevilling[2]"
    reasons = [(p.reason_en, p.reason_da, p.locator) for p in second.problems]
    assert reasons[0] == (
        "condition not met (hours per week): r:Timer/@enhed is 'maaned', expected 'uge'",
        "betingelse ikke opfyldt (hours per week): r:Timer/@enhed er 'maaned', forventet 'uge'",
        "/r:Mentorbevillinger/r:Bevilling[2]/r:Timer/@enhed",
    )
    # ... and the weekly hours are not there to be read: never the monthly figure in their place.
    assert [p.field for p in second.problems] == ["require: r:Timer/@enhed", "hours_per_week"]


def test_roedovre_an_export_of_another_layout_version_is_refused_whole(registry: Registry) -> None:
    with pytest.raises(Exception) as info:
        items(registry, "roedovre", roedovre.export(version="3"), "e.xml")
    assert "condition not met (the export layout this config reads)" in str(info.value)


def test_adapters_check_warns_of_a_stop_rule_that_never_matches_on_the_golden_file(tmp_path: Path) -> None:
    configs, golden = tmp_path / "municipalities", tmp_path / "golden"
    configs.mkdir()
    text = (ROOT / "config" / "municipalities" / "albertslund.toml").read_text(encoding="utf-8")
    (configs / "albertslund.toml").write_text(
        text.replace('stop = { label = "Underskrevet af" }', 'stop = { label = "Attesteret af" }'),
        encoding="utf-8",
    )
    shutil.copytree(GOLDEN / "albertslund", golden / "albertslund")
    result = CliRunner().invoke(check, ["--dir", str(configs), "--golden", str(golden)])
    warning = (
        'mentortimer: items.stop = { label = "Attesteret af" } matches no row: the table runs to the end of '
        "the sheet in mentor_hours.csv"
    )
    assert result.exit_code == 0, result.output
    assert f"warning: {warning}" in result.output
    assert "advarsel: mentortimer: items.stop" in result.output
    config = repository_registry().get("albertslund")
    assert stop_warnings(config, GOLDEN / "albertslund") == []
