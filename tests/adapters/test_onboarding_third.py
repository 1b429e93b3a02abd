"""The third onboarding trial: Stevns (336), a PDF placement form with fields named in a hierarchy
(`Borger.Personnummer`, `Virksomhed.Afdeling`), the name in two fields, the benefit a dropdown with a
blank first line, the visitation two boxes and the mentor's employer one box, onboarded by config alone
as README's "Add a municipality" says. `placement.expected.json` was written by hand from the values in
`tools/make_fixtures_onboarding_third.py`; the other tests each fail without the change they name
(decision 0060, "Stop 43").
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fresh_app import registry_once
from onboarding_trial import trial_registry
from pipeline import ROOT
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import load_registry
from hub.adapters.pipeline import READ_OPTIONS, canonicalise
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.cli.adapters import check
from hub.errors import ConfigError, Rejection

TRIAL = ROOT / "tests" / "onboarding"
CONFIG, GOLDEN = TRIAL / "config", TRIAL / "golden" / "stevns"
PDF = GOLDEN / "placement.pdf"
make = fixture_script("make_fixtures_onboarding_third")
HEAD = (CONFIG / "stevns.toml").read_text(encoding="utf-8").split("[[forms]]")[0]


def test_the_form_is_made_by_its_script_byte_for_byte() -> None:
    for path, data in make.render_all().items():
        assert path.read_bytes() == data, f"{path}: run python -m tools.make_fixtures_onboarding_third"


def _read(folder: Path, data: bytes) -> Any:
    # The trials' folder (70 configs, half a CPU-second a load) once a content, as `trial_registry`: these
    # tests read a form, not the loader (decision 0058, "Stop 73: suite-128").
    config = registry_once(folder).get("stevns")
    return canonicalise(config, extract(data, "p.pdf", READ_OPTIONS), "0" * 64, "p.pdf", data)


@pytest.mark.parametrize("name", ["placement.pdf", "mentor_hours.xlsx"])
def test_each_form_maps_to_the_record_written_by_hand(name: str) -> None:
    source = GOLDEN / name
    want = json.loads(source.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert canonical_records(trial_registry().get("stevns"), source.read_bytes(), name) == want


def test_the_form_maps_to_the_record_written_by_hand_each_value_from_its_field() -> None:
    want = json.loads((GOLDEN / "placement.expected.json").read_text(encoding="utf-8"))
    config = trial_registry().get("stevns")
    assert canonical_records(config, PDF.read_bytes(), PDF.name) == want
    read = _read(CONFIG, PDF.read_bytes())
    fields = {p.path: p.locator["field"] for p in read.provenance}
    assert fields["site.name"] == "Virksomhed.Afdeling" and fields["caseworker.name"] == "Kontakt.Navn"
    assert {p.raw_value for p in read.provenance if p.path == "company.cvr"} == {"DK-41 52 63 78"}
    # every value of the record names the field it came from
    leaves = {f"{k}.{inner}" for k, v in want.items() if isinstance(v, dict) for inner in v}
    leaves |= {k for k, v in want.items() if not isinstance(v, dict)}
    assert leaves - {"form_type", "schema_version", "municipality_code"} == set(fields)


def _draft(tmp_path: Path, data: bytes = PDF.read_bytes(), name: str = "placement.pdf") -> Path:
    """The draft of the sample as `hub adapters suggest` writes it, after the config's own head."""
    text = render(suggest(extract(data, name, READ_OPTIONS), name))
    folder = tmp_path / "configs"
    folder.mkdir()
    (folder / "stevns.toml").write_text(HEAD + text.split("\n\n", 1)[1], encoding="utf-8")
    return folder


def test_the_draft_names_a_department_the_site_and_a_jobkonsulent_the_caseworker(tmp_path: Path) -> None:
    """ "Virksomhed.Afdeling" was drafted as a second company.name (a TODO), "Jobkonsulentens navn" not at
    all: the draft could not read its own sample."""
    form = tomllib.loads(_draft(tmp_path).joinpath("stevns.toml").read_text(encoding="utf-8"))["forms"][0]
    sources = {f["path"]: f.get("source") for f in form["fields"]}
    assert sources["site.name"] == "Virksomhed.Afdeling"
    assert sources["caseworker.name"] == "Kontakt.Navn"
    assert sources["company.name"] == "Virksomhed.Navn"


def test_the_drafted_visitation_is_null_when_no_box_is_ticked(tmp_path: Path) -> None:
    """The record must hold a visitation, null where none applies: a draft writing `optional` left it
    out and rejected the form as "Missing data for required field"."""
    values = {**make.STEVNS_VALUES, "Visitation.Aktivitetsparat": ""}
    data = make.stevns_placement(values)
    assert _read(_draft(tmp_path, data), data).record["visitation"] is None


def test_a_dropdowns_blank_line_is_no_benefit_to_fill_in(tmp_path: Path) -> None:
    """The blank first line of a dropdown was drafted `"" = "TODO"`: a value no record takes, left for the
    person to "fill in", though a benefit left blank must be refused."""
    form = tomllib.loads(_draft(tmp_path).joinpath("stevns.toml").read_text(encoding="utf-8"))["forms"][0]
    (benefit,) = [f for f in form["fields"] if f["path"] == "benefit"]
    assert benefit["transforms"][0]["values"] == {
        "Kontanthjælp": "kontanthjaelp",
        "Uddannelseshjælp": "uddannelseshjaelp",
        "Sygedagpenge": "sygedagpenge",
        "Ledighedsydelse": "ledighedsydelse",
    }


def test_the_timesheets_draft_reads_it_as_written_by_hand(tmp_path: Path) -> None:
    """ "Produktionsenhed nr." (the P-number's official name), "Kvitteret af mentor" and the "Dato" under
    it were TODOs, and the title kept its month ("Mentortimer marts"), so that April's would not be
    recognised: the draft now maps the workbook to the record written by hand, unedited."""
    source = GOLDEN / "mentor_hours.xlsx"
    folder = _draft(tmp_path, source.read_bytes(), source.name)
    form = tomllib.loads((folder / "stevns.toml").read_text(encoding="utf-8"))["forms"][0]
    sources = {f["path"]: f.get("source") for f in form["fields"]}
    assert sources["site.p_number"] == "next:Produktionsenhed nr."
    assert sources["signed_by"] == "next:Kvitteret af mentor"
    assert sources["signed_on"] == "next:Dato"
    assert form["recognise"]["contains"] == ["Stevns Kommune - Mentortimer"]
    want = json.loads((GOLDEN / "mentor_hours.expected.json").read_text(encoding="utf-8"))
    assert canonical_records(load_registry(folder).get("stevns"), source.read_bytes(), source.name) == want


def test_a_dato_before_any_signature_is_still_not_guessed(tmp_path: Path) -> None:
    rows = tuple(row for row in make.STEVNS_HOURS if row[:1] != ("Kvitteret af mentor:",))
    folder = _draft(tmp_path, make.stevns_hours(rows), "mentor_hours.xlsx")
    form = tomllib.loads((folder / "stevns.toml").read_text(encoding="utf-8"))["forms"][0]
    assert "signed_on" not in {f["path"] for f in form["fields"]}


def _load_edited(tmp_path: Path, old: str, new: str) -> ConfigError:
    text = (CONFIG / "stevns.toml").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "stevns.toml").write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_registry(tmp_path)
    return info.value


def test_a_word_mapped_to_no_value_of_the_field_is_refused_when_the_config_loads(tmp_path: Path) -> None:
    """`"Sygedagpenge" = "sygedagpenge_"` loaded, and every document saying Sygedagpenge was rejected as
    if the document were wrong."""
    error = _load_edited(tmp_path, '"Sygedagpenge" = "sygedagpenge"', '"Sygedagpenge" = "sygedagpenge_"')
    where = "stevns.toml: forms[0].fields[14].transforms[0].values: "
    assert error.message == (
        where + "'sygedagpenge_' is not a value of benefit: one of kontanthjaelp, uddannelseshjaelp, "
        "sygedagpenge, ledighedsydelse, ressourceforloebsydelse, selvforsoergende, unknown"
    )
    assert error.message_da.startswith(where + "'sygedagpenge_' er ikke en værdi af benefit: en af ")


def test_a_box_defaulting_to_no_value_of_the_field_is_refused(tmp_path: Path) -> None:
    error = _load_edited(tmp_path, 'default = "company"', 'default = "virksomhed"')
    assert "forms[0].fields[16].transforms[0].default: 'virksomhed' is not a value of mentor.employer" in (
        error.message
    )


def test_optional_on_a_field_the_record_requires_is_refused_naming_what_to_write(tmp_path: Path) -> None:
    error = _load_edited(tmp_path, "  nullable = true\n", "  optional = true\n")
    assert error.message == (
        "stevns.toml: forms[0].fields[15].optional: 'visitation' is required in a placement record: "
        "optional leaves it out and every such document is rejected; write nullable = true (null when empty)"
    )
    assert error.message_da == (
        "stevns.toml: forms[0].fields[15].optional: 'visitation' skal være i en placement-post: optional "
        "udelader den, og hvert sådant dokument afvises; skriv nullable = true (null når tom)"
    )
    # a field that may not be null: the line is simply wrong
    line = '  source = "Mentor.Navn"\n'
    error = _load_edited(tmp_path, line, line + "  optional = true\n")
    assert error.message.endswith(
        "forms[0].fields[9].optional: 'mentor.name' is required in a placement record: optional leaves it "
        "out and every such document is rejected; remove it"
    )
    assert error.message_da.endswith("hvert sådant dokument afvises; fjern den")


def test_a_draft_value_left_todo_loads_but_check_says_the_form_is_incomplete(tmp_path: Path) -> None:
    """A draft must load as written, so `TODO` is no load error; but `hub adapters check` said "ok" and
    every document with that value was rejected later."""
    text = (CONFIG / "stevns.toml").read_text(encoding="utf-8")
    (tmp_path / "stevns.toml").write_text(
        text.replace('"Ledighedsydelse" = "ledighedsydelse"', '"Ledighedsydelse" = "TODO"'), encoding="utf-8"
    )
    load_registry(tmp_path)  # loads
    result = CliRunner().invoke(check, ["--dir", str(tmp_path), "--golden", str(tmp_path)])
    assert result.exit_code == 2
    assert "INCOMPLETE stevns (336): 2 forms, no claim" in result.output
    assert "stevns.toml: forms[0] (placement): benefit still gives the draft's value TODO" in result.output
    assert "stevns.toml: forms[0] (placement): benefit giver stadig udkastets værdi TODO" in result.output


@pytest.mark.parametrize(("typed", "hours"), [("18½", "18.5"), ("7 ¼", "7.25"), ("¾", "0.75")])
def test_hours_written_with_a_fraction_sign_are_read_exactly(typed: str, hours: str) -> None:
    """Stevns's caseworkers type "18½" timer: it was "not a number", and no config could read it."""
    data = make.stevns_placement({**make.STEVNS_VALUES, "Forloeb.Timetal": typed})
    read = _read(CONFIG, data)
    assert read.record["hours_per_week"] == hours
    assert [p.raw_value for p in read.provenance if p.path == "hours_per_week"] == [typed]


def test_a_fraction_sign_after_a_decimal_is_still_no_number() -> None:
    data = make.stevns_placement({**make.STEVNS_VALUES, "Forloeb.Timetal": "18,5½"})
    with pytest.raises(Rejection, match="not a number: '18,5½'"):
        _read(CONFIG, data)


def test_a_box_in_sources_without_a_value_is_refused_when_the_config_loads(tmp_path: Path) -> None:
    """It loaded, and a form with that box ticked failed with "unexpected KeyError" (no file, no field)."""
    line = '      "Visitation.Aktivitetsparat" = "aktivitetsparat"  # printed "Aktivitetsparat"\n'
    error = _load_edited(tmp_path, line, "")
    assert error.message == (
        "stevns.toml: forms[0].fields[15].transforms[0]: sources name boxes without a value in values: "
        "['Visitation.Aktivitetsparat']"
    )
    assert error.message_da == (
        "stevns.toml: forms[0].fields[15].transforms[0]: sources nævner felter uden en værdi i values: "
        "['Visitation.Aktivitetsparat']"
    )
