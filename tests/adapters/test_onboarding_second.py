"""The second onboarding trial: Samsø (XML in two namespaces, a day without hours left out), Ærø (a
workbook whose start date is an Excel day number in a General cell and whose end is "13 uger") and
Langeland (a comma-separated export: "DKK 1.050,00", "tirs. 3. mar. 2026", "ma 16-03-2026", a remark
of two lines; a two-page PDF with a comb field and radio groups), onboarded by config alone as README's
"Add a municipality" says (tests/onboarding/README.md). Each `<form>.expected.json` was written by hand
from the form beside it; the other tests here each fail without the change to the general mechanism
they name, or guard the line it draws (decision 0060, "Second trial (stop 37)").
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from click.testing import CliRunner
from flask import Flask
from onboarding_trial import trial_registry
from pipeline import ROOT
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records, golden_pairs, unpaired
from hub.adapters.language.registry import Registry, load_registry
from hub.adapters.mapping.textparse import TransformError, parse_date
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.pipeline import READ_OPTIONS, canonicalise
from hub.adapters.readers import extract
from hub.cli.adapters import check
from hub.errors import Rejection
from hub.web import names

TRIAL = ROOT / "tests" / "onboarding"
CONFIG, GOLDEN = TRIAL / "config", TRIAL / "golden"
SLUGS = ("samsoe", "aeroe", "langeland")
PAIRS = [pair for slug in SLUGS for pair in golden_pairs(GOLDEN / slug)]
make = fixture_script("make_fixtures_onboarding_second")
SAMSOE_XML = (GOLDEN / "samsoe" / "mentor_hours.xml").read_bytes()


@pytest.fixture(scope="module")
def registry() -> Registry:
    return trial_registry()


def test_every_second_trial_municipality_has_its_golden_files() -> None:
    formats = {slug: {source.suffix for source, _ in golden_pairs(GOLDEN / slug)} for slug in SLUGS}
    assert formats == {"samsoe": {".xml"}, "aeroe": {".xlsx"}, "langeland": {".csv", ".pdf"}}
    assert [p for slug in SLUGS for p in unpaired(GOLDEN / slug)] == []


@pytest.mark.parametrize(("source", "expected"), PAIRS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_second_trial_form_maps_to_the_record_written_by_hand(
    registry: Registry, source: Path, expected: Path
) -> None:
    want = json.loads(expected.read_text(encoding="utf-8"))
    assert canonical_records(registry.get(source.parent.name), source.read_bytes(), source.name) == want


def test_the_binary_forms_are_made_by_their_script_byte_for_byte() -> None:
    rendered = make.render_all()
    assert len(rendered) == 3
    for path, data in rendered.items():
        assert path.read_bytes() == data, f"{path}: run python -m tools.make_fixtures_onboarding_second"


def _samsoe(registry: Registry, edit: tuple[str, str] | None = None, xml: bytes = SAMSOE_XML) -> Any:
    config = registry.get("samsoe")
    if edit is not None:  # the same config with one line changed, loaded as a file of its own
        text = (CONFIG / "samsoe.toml").read_text(encoding="utf-8")
        assert edit[0] in text
        config = config_from_text(text.replace(*edit))
    return canonicalise(config, extract(xml, "t.xml", READ_OPTIONS), "0" * 64, "t.xml", xml)


def config_from_text(text: str) -> Any:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "samsoe.toml").write_text(text, encoding="utf-8")
        return load_registry(Path(folder)).get("samsoe")


def test_an_xml_day_left_out_is_no_hours_with_empty_is_zero_and_its_provenance_says_not_found(
    registry: Registry,
) -> None:
    """Week 13 has only Tuesday (3 hours): the six days not written are 0 hours, not "not found" (which
    rejected the whole timesheet), and the auditor still sees each day that was not there."""
    read = _samsoe(registry)
    assert read.record["entries"][2] == {"week": "2026-W13", "hours": "3.0"}
    week = [p for p in read.provenance if p.path == "entries[2].hours"]
    assert len(week) == 7
    left_out = [p for p in week if p.raw_value is None]
    assert [p.locator["text"]["en"] for p in left_out][:1] == ["not found: tid:dag[@navn='man']"]
    assert len(left_out) == 6


def test_an_xml_day_left_out_without_empty_is_zero_is_an_error_that_says_how_to_allow_it(
    registry: Registry,
) -> None:
    with pytest.raises(Rejection) as info:
        _samsoe(registry, ('{ name = "sum", empty_is_zero = true }', '"sum"'))
    first = info.value.problems[0]
    assert first.reason_en == (
        "not found in the document: tid:dag[@navn='loer'] (an element left out is 0 hours only where the "
        "config's sum has empty_is_zero = true)"
    )
    assert first.reason_da == (
        "findes ikke i dokumentet: tid:dag[@navn='loer'] (et udeladt element er kun 0 timer, hvor "
        "konfigurationens sum har empty_is_zero = true)"
    )


def test_an_xml_day_written_but_not_a_number_is_still_an_error(registry: Registry) -> None:
    xml = SAMSOE_XML.replace(b'<tid:dag navn="tir">3</tid:dag>', b'<tid:dag navn="tir">fri</tid:dag>')
    with pytest.raises(Rejection, match="hours written in words only, with no figure: 'fri'"):
        _samsoe(registry, xml=xml)


def _aeroe(registry: Registry, **changes: str | int) -> Any:
    values = tuple((label, changes.get(label, value)) for label, value in make.AEROE_PLACEMENT)
    data = make.aeroe_placement(values)
    return canonicalise(
        registry.get("aeroe"), extract(data, "p.xlsx", READ_OPTIONS), "0" * 64, "p.xlsx", data
    )


def test_a_general_cell_holding_an_excel_day_number_is_that_day_and_says_so(registry: Registry) -> None:
    """46083 days after 30-12-1899 is Monday 2 March 2026 (by hand: 2026-01-01 is day 46023, + 59 days
    of January and February); the provenance keeps the raw number and names the reading."""
    read = _aeroe(registry)
    assert read.record["period"]["start"] == "2026-03-02"
    (start,) = [p for p in read.provenance if p.path == "period.start"]
    assert (start.raw_value, start.transforms) == ("46083", ("excel_day_number", "date"))


def test_the_same_digits_typed_as_text_in_a_workbook_are_no_date(registry: Registry) -> None:
    with pytest.raises(Rejection, match="not a date: '46083' \\(an Excel date number, 02-03-2026\\?"):
        _aeroe(registry, Startdato="46083")


def test_a_general_number_that_is_no_day_of_1990_to_2099_is_no_date(registry: Registry) -> None:
    with pytest.raises(Rejection, match="not a date: '1234'"):
        _aeroe(registry, Startdato=1234)


def test_five_digits_in_a_csv_are_never_a_day(registry: Registry) -> None:
    data = (GOLDEN / "langeland" / "mentor_support.csv").read_bytes().replace(b'"12. mar. 2026"', b'"46093"')
    with pytest.raises(Rejection, match="not a date: '46093'"):
        canonical_records(registry.get("langeland"), data, "g.csv")


def test_an_end_given_as_weeks_is_the_last_day_of_the_last_week_from_both_cells(registry: Registry) -> None:
    """13 weeks from Monday 2 March 2026, the start day the first: 91 days, the last Sunday 31 May 2026."""
    read = _aeroe(registry)
    assert read.record["period"]["end"] == "2026-05-31"
    cells = [(p.locator["cell"], p.raw_value) for p in read.provenance if p.path == "period.end"]
    assert cells == [("B9", "46083"), ("B10", "13 uger")]
    assert _aeroe(registry, Varighed=1).record["period"]["end"] == "2026-03-08"  # a number: the unit's


@pytest.mark.parametrize(
    ("length", "english", "danish"),
    [
        ("30 dage", "not a length in weeks: '30 dage' (a whole number, such as '13 uger')",
         "ikke en varighed i uger: '30 dage' (et helt tal, fx '13 uger')"),
        ("3 måneder", "a length in months is not read: '3 måneder' (months differ in length: write the end "
         "date)", "en varighed i måneder læses ikke: '3 måneder' (måneder er ikke lige lange: skriv "
         "slutdatoen)"),
        ("13,5 uger", "not a length in weeks: '13,5 uger' (a whole number, such as '13 uger')",
         "ikke en varighed i uger: '13,5 uger' (et helt tal, fx '13 uger')"),
        ("0 uger", "a length of nothing: '0 uger'", "en varighed på ingenting: '0 uger'"),
    ],
)  # fmt: skip
def test_a_length_that_is_not_whole_weeks_is_an_error_at_its_cell(
    registry: Registry, length: str, english: str, danish: str
) -> None:
    with pytest.raises(Rejection) as info:
        _aeroe(registry, Varighed=length)
    (problem,) = info.value.problems
    assert problem.locator == 'sheet "Praktikaftale", cell B10'
    # The label in words, not the config's `next:Varighed` (decision 0064, stop 48).
    assert (problem.reason_en, problem.reason_da) == (f"'Varighed': {english}", f"'Varighed': {danish}")


@pytest.mark.parametrize(
    ("replacement", "english", "danish"),
    [
        ('{ name = "last_day" }', "transforms[0].unit: missing (required)",
         "transforms[0].unit: mangler (skal angives)"),
        ('{ name = "last_day", unit = "months" }', "transforms[0].unit: Must be one of: days, weeks.",
         "transforms[0].unit: Skal være en af: days, weeks."),
    ],
)  # fmt: skip
def test_hub_adapters_check_refuses_a_last_day_without_its_unit(
    tmp_path: Path, replacement: str, english: str, danish: str
) -> None:
    output = _check_aeroe(tmp_path, ('{ name = "last_day", unit = "weeks" }', replacement))
    english_part, _, danish_part = output.partition("på dansk:")
    assert f"aeroe.toml: forms[0].fields[7].{english}" in english_part
    assert f"aeroe.toml: forms[0].fields[7].{danish}" in danish_part


def test_hub_adapters_check_refuses_a_last_day_of_other_than_two_sources(tmp_path: Path) -> None:
    edit = (
        'sources = ["next:Startdato", "next:Varighed"]',
        'sources = ["next:Startdato", "next:Varighed", "A1"]',
    )
    output = _check_aeroe(tmp_path, edit)
    where = "forms[0].fields[7].transforms[0]: "
    assert where + "'last_day' reads two sources: the start date, then the length" in output
    assert "'last_day' læser to kilder: startdatoen, derefter varigheden" in output


def _check_aeroe(tmp_path: Path, edit: tuple[str, str]) -> str:
    folder = tmp_path / "configs"
    folder.mkdir()
    text = (CONFIG / "aeroe.toml").read_text(encoding="utf-8")
    assert edit[0] in text
    (folder / "aeroe.toml").write_text(text.replace(*edit), encoding="utf-8")
    result = CliRunner().invoke(check, ["--dir", str(folder), "--golden", str(tmp_path)])
    assert result.exit_code != 0
    return result.output


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("tirs. 3. mar. 2026", "2026-03-03"),  # Dansk Sprognævn's abbreviation; 2 March 2026 is a Monday
        ("ma 16-03-2026", "2026-03-16"),  # Danish Excel's ddd
        ("lø 07-03-2026", "2026-03-07"),
        ("tirsdag den 03.03.2026", "2026-03-03"),
        ("d. 3/3-2026", "2026-03-03"),
        ("den 3/3-2026", "2026-03-03"),
    ],
)
def test_a_date_after_a_weekday_abbreviated_or_den_is_read(text: str, iso: str) -> None:
    assert parse_date(text) == iso


def test_an_abbreviated_weekday_that_is_not_the_dates_is_an_error() -> None:
    with pytest.raises(TransformError) as info:
        parse_date("ma 03-03-2026")
    assert info.value.reason_en == "the weekday does not match the date: 'ma 03-03-2026' is a Tuesday"
    assert info.value.reason_da == "ugedagen passer ikke til datoen: 'ma 03-03-2026' er en tirsdag"


def test_a_word_before_a_date_that_is_no_weekday_is_still_no_date() -> None:
    with pytest.raises(TransformError, match="not a date: 'uge 03-03-2026'"):
        parse_date("uge 03-03-2026")


AEROE_TIMESHEET = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "xlsx"
  [forms.recognise]
  contains = ["Mentortimer"]
  [[forms.fields]]
  path = "citizen.cpr"
  source = "next:CPR-nr."
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  source = "next:P-nr."
  transforms = ["digits"]
  [[forms.fields]]
  path = "mentor.name"
  source = "next:Mentor"
  [[forms.fields]]
  path = "signed_by"
  source = "next:Underskrevet af"
  [[forms.fields]]
  path = "signed_on"
  source = "next:Dato"
  transforms = ["date"]
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = { date = "Dag", hours = "Timer" }
  stop = { not_date = "Dag" }
    [[forms.lists.fields]]
    key = "date"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    transforms = ["hours"]
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
"""


def _timesheet() -> bytes:
    """Days typed as numbers in General cells (46083 = Monday 2 March 2026, 46085 Wednesday, 46090
    Monday 9 March), then a trailer "I alt" the `not_date` stop ends the table at."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    sheet = book.add_worksheet("Ark1")
    rows = [("Mentortimer", ""), ("CPR-nr.", "150390-2231"), ("P-nr.", "1056789012"),
            ("Mentor", "Hanne Kjær"), ("Dag", "Timer"), (46083, 2), (46085, 1.5), (46090, 3), ("I alt", 6.5),
            ("Underskrevet af", "Hanne Kjær"), ("Dato", 46092)]  # fmt: skip
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            (sheet.write_number if isinstance(cell, int | float) else sheet.write_string)(r, c, cell)
    book.close()
    return buf.getvalue()


def test_a_table_of_general_cell_days_is_read_to_its_not_date_stop(tmp_path: Path) -> None:
    """The `not_date` stop asked "is this a date?" by the text alone and ended the table at 46083, its
    first day; it now asks as `date` reads. Weeks by hand: W10 = 2 + 1,5, W11 = 3; signed 11 March."""
    (tmp_path / "aeroe.toml").write_text(
        (CONFIG / "aeroe.toml").read_text(encoding="utf-8").split("[[forms]]")[0] + AEROE_TIMESHEET,
        encoding="utf-8",
    )
    record = canonical_records(load_registry(tmp_path).get("aeroe"), _timesheet(), "t.xlsx")
    assert record["entries"] == [{"week": "2026-W10", "hours": "3.5"}, {"week": "2026-W11", "hours": "3.0"}]
    assert (record["total_hours"], record["signed_on"]) == ("6.5", "2026-03-11")


@pytest.mark.parametrize(
    ("start", "length", "unit", "end"),
    [
        ("2026-03-02", "P91D", "days", "2026-05-31"),  # a case system's xs:duration: 91 days, the 2nd the 1st
        ("2026-03-02", "P13W", "weeks", "2026-05-31"),  # ISO 8601's weeks
        ("2026-03-02", "30 dage", "days", "2026-03-31"),
        ("2026-12-28", "1 uge", "weeks", "2027-01-03"),  # across the year
    ],
)
def test_last_day_counts_a_length_in_words_or_as_an_xml_schema_duration(
    start: str, length: str, unit: str, end: str
) -> None:
    assert TRANSFORMS["last_day"].func([("a", start), ("b", length)], {"unit": unit}) == end


def test_last_day_refuses_a_duration_in_months_or_of_the_other_unit() -> None:
    with pytest.raises(TransformError, match="a length in months is not read: 'P3M'"):
        TRANSFORMS["last_day"].func([("a", "2026-03-02"), ("b", "P3M")], {"unit": "days"})
    with pytest.raises(TransformError, match="not a length in weeks: 'P91D'"):
        TRANSFORMS["last_day"].func([("a", "2026-03-02"), ("b", "P91D")], {"unit": "weeks"})


def test_hub_adapters_check_passes_the_second_trials_configs_and_counts_one_form_as_one() -> None:
    result = CliRunner().invoke(check, ["--dir", str(CONFIG), "--golden", str(GOLDEN)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "ok samsoe (741): 1 form, no claim" in lines  # was "1 forms"
    assert "ok langeland (482): 2 forms, no claim" in lines


def test_every_transform_and_the_excel_day_step_have_words_on_the_record_page(app: Flask) -> None:
    """The record page says what was done to a value in words: `last_day(unit='weeks')` and the
    `excel_day_number` step were shown as the config's syntax; every transform the language has is
    named, so the next one added is too."""
    assert set(TRANSFORMS) | {"excel_day_number"} <= set(names.TRANSFORMS)
    with app.test_request_context(headers={"Accept-Language": "da"}):
        assert names.transform_name("last_day(unit='weeks')") == "sidste dag, regnet fra start og varighed"
        assert names.transform_name("excel_day_number") == "læst som et Excel-datotal"
