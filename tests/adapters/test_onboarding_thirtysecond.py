"""The thirty-second onboarding trial: Holstebro (661), forms made by programs no earlier trial used:
placement agreements its PHP case system exports as XML with XMLWriter (two in one file), and mentor
visits the job centre's R script writes with write.csv2 (`tools/make_fixtures_onboarding_thirtysecond.py`,
which needs php with XMLWriter and Rscript; the files it wrote are kept, and these tests read them). The
expected records were written by hand from the files' text, before the hub read them (decision 0060,
"Stop 62: trial-79"). The config written by hand read the XML once its mentor's employer, PHP's false
printed "", was given a `default`, and the CSV once the hub read R's `NA` as missing
(`test_csv_r_missing.py`); the drafts read every value once suggest drafted the employer from its flag
(`test_suggest_employer_flag.py`) and the second agreement's benefit code from its own display text
(`test_suggest_record_codes.py`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from onboarding_trial import CONFIG, Trial

from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import load_registry
from hub.errors import ConfigError

THIS = Trial("holstebro", "661", "make_fixtures_onboarding_thirtysecond")
FORMS = ["praktikaftaler.xml", "mentortimer.csv"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("php") is None or shutil.which("Rscript") is None, reason="needs php and Rscript"
)
def test_the_kept_forms_are_what_php_and_r_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_phps_xmlwriter_and_rs_write_csv2() -> None:
    xml = (THIS.golden / FORMS[0]).read_text(encoding="utf-8")
    # one space a level, a prefixed namespace, PHP's false and null, date('c') in summer and winter
    assert '\n <sag:aftale nr="PA-2026-0217">\n  <sag:borger cpr="110589-4417">\n' in xml
    assert 'virksomhedens=""' in xml and "<sag:visitation/>" in xml and "<sag:formaal/>" in xml
    assert 'til="2026-11-29T00:00:00+01:00"' in xml and "<sag:timer_pr_uge>30</sag:timer_pr_uge>" in xml
    lines = (THIS.golden / FORMS[1]).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith('"";"CPR";') and lines[2].startswith('"2";"110589-4417";')
    assert ";0,75;NA;TRUE;" in lines[2] and lines[-1].endswith(";FALSE;NA;NA")


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its TODOs left as the comments they are (the export's time and system, each
    agreement's number, the benefit's display text; the citizen's name, the note and `Godkendt` in the
    CSV); no path or transform edited."""
    if name == "mentortimer.csv":  # its second citizen's visits are all marked FALSE: drafted as not counted
        THIS.check_draft_unapproved(name, tmp_path, 1, "Godkendt")
        return
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, THIS.draft(name)), data, name) == THIS.expected(name)


def test_a_map_key_for_the_empty_value_is_refused_when_the_config_loads(tmp_path: Path) -> None:
    """My first config wrote PHP's false as `"" = "jobcentre"` in the map: it loaded, and the agreement
    whose mentor is the job centre's was refused as empty, since an empty value skips the map."""
    text = (CONFIG / "holstebro.toml").read_text(encoding="utf-8")
    written = '{ name = "map", values = { "1" = "company" } }, { name = "default", value = "jobcentre" }'
    assert written in text
    first = '{ name = "map", values = { "1" = "company", "" = "jobcentre" } }'
    (tmp_path / "holstebro.toml").write_text(text.replace(written, first), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_registry(tmp_path)
    where = "holstebro.toml: forms[0].fields[12].transforms[0].values: "
    assert info.value.message == (
        where + 'the key "" is never read: an empty value skips every transform but default; write '
        '{ name = "default", value = "jobcentre" } after the map'
    )
    assert info.value.message_da == (
        where + 'nøglen "" læses aldrig: en tom værdi springer alle transformationer over undtagen '
        'default; skriv { name = "default", value = "jobcentre" } efter map'
    )
