"""The sixty-fourth onboarding trial: Næstved (370), a form made by a program no earlier trial used: a month
of mentor visits its mentor supplier's node case system exports with json2csv (`@json2csv/plainjs` 7.0.8:
every string quoted, numbers and booleans bare, a course's visits unwound into a row each, the nested keys
joined by `.`, a missing key empty; each day a JavaScript Date made at Næstved's midnight written as its
UTC instant, `2027-05-02T22:00:00.000Z` for 3 May; a visit's length whole minutes)
(`tools/make_fixtures_onboarding_sixtyfourth.py`, which needs node with json2csv; the file it wrote is
kept, and these tests read it). The expected records were written by hand from the CSV's text, before the
hub read it (decision 0060, "Stop 71: trial-122")."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial, edited_config
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records

THIS = Trial("naestved", "370", "make_fixtures_onboarding_sixtyfourth")
FORMS = ["mentortimer.csv", "praktikaftaler.xml"]
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(MISSING is not None, reason=f"needs node and json2csv: {MISSING}")
def test_the_kept_forms_are_what_json2csv_makes() -> None:
    THIS.check_made(len(FORMS))


def test_the_kept_visits_are_json2csvs() -> None:
    text = (THIS.golden / FORMS[0]).read_text(encoding="utf-8")
    lines = text.split("\n")
    # every header quoted, the nested keys joined by `.`, no BOM
    assert lines[0].startswith('"borger.cpr","borger.navn","praktiksted.pnr",')
    # strings quoted, a quote doubled, numbers and booleans bare, a Date's UTC instant
    assert ',"2027-05-02T22:00:00.000Z",90,true,' in lines[1]
    assert '"Bageriet ""Det Gyldne Kringle"", Axeltorv"' in lines[4]
    # the missing `ansat` json2csv's defaultValue, empty without quotes; no line break after the last row
    assert ',"Per Holm",,"2027-05-24T22:00:00.000Z",' in lines[6]
    assert len(lines) == 8 and not text.endswith("\n")


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)


@pytest.mark.skipif(MISSING is not None, reason=f"needs node and json2csv: {MISSING}")
def test_a_second_programmers_danish_days_semicolons_and_bom(tmp_path: Path) -> None:
    """The probe: `toLocaleDateString("da-DK")` (`3.5.2027`), `;`, a BOM for Excel and `\\r\\n`: read by
    the config with its delimiter changed, the BOM and the line ends as they come."""
    data = SCRIPT.variant()
    assert data.startswith("\ufeff".encode()) and b'"3.5.2027";90;true;' in data
    semicolons = edited_config(tmp_path, THIS.slug, lambda text: text.replace('= ","', '= ";"'))
    records = canonical_records(semicolons, data, FORMS[0])
    assert [r["entries"] for r in records][0] == [
        {"week": "2027-W18", "hours": "2.25"},
        {"week": "2027-W19", "hours": "2.0"},
    ]
    assert records[2]["signed_on"] == "2027-06-01"
