"""The eighth onboarding trial: Odsherred (306), a mentor's timesheet workbook of two sheets, the
placement's facts on `Stamdata` (labels merged over two columns, the P-number typed as a number) and the
month's days on `Timer` (a header of two rows, hours written `3 t.`, `2,5 t`, `4 timer`, `1½ t`, a typed
total `17,5 t`, the signature under the table). Onboarded by config alone as README's "Add a municipality"
says; the expected record was written by hand from the values in `tools/make_fixtures_onboarding_eighth.py`.
The other tests each fail without a label selector naming its sheet (`Stamdata!label:CPR-nr.`) or the
hours' unit read (decision 0060, "Eighth trial (stop 53)").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import CONFIG, Trial
from simulator_support import fixture_script
from suggest_support import drafted_fields

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.numberparse import parse_hours
from hub.adapters.mapping.selector_text import split_sheet
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import ConfigError, Rejection
from tools import fuzz_forms

THIS = Trial("odsherred", "306", "make_fixtures_onboarding_eighth")
make = fixture_script("make_fixtures_onboarding_eighth")
# The config's form, to be tried alone or edited (`Trial.config` puts the municipality above it).
FORM = "[[forms]]" + (CONFIG / "odsherred.toml").read_text(encoding="utf-8").split("[[forms]]", 1)[1]


def test_the_form_is_made_by_its_script_byte_for_byte() -> None:
    THIS.check_made(1)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def _record(tmp_path: Path, data: bytes, form: str = FORM) -> dict[str, object]:
    (item,) = THIS.items(THIS.config(tmp_path, form), data, "timer.xlsx")
    assert item.mapped is not None, item.problems
    return item.mapped.record


def test_a_label_on_another_sheet_is_read_by_its_label_where_a_row_was_added(tmp_path: Path) -> None:
    """Before: `Stamdata!label:CPR-nr.` was refused ("not a cell reference or a label: ... selector"), and
    the only way to read the facts sheet from a form read on `Timer` was a fixed cell (`Stamdata!C9`,
    what `hub adapters suggest` drafts), which reads the phone number as the mentor's name, silently, once
    the job centre's template gains a row above it."""
    later = (
        ("Sagsnummer", "2026-0412"),
        *make.FACTS[:4],
        ("Mentors e-mail", "hdk@odden.example.dk"),
        *make.FACTS[4:],
    )
    record = _record(tmp_path, make.timesheet_xlsx(facts=later))
    assert record["citizen"] == {"cpr": "0203874418"}
    assert record["site"] == {"p_number": "1019283746"}
    assert record["mentor"] == {"name": "Helle Dam Kristiansen"}
    assert record["signed_by"] == "Helle Dam Kristiansen"  # the form's own sheet, as before


def test_a_value_left_blank_on_another_sheet_is_said_naming_that_sheet(tmp_path: Path) -> None:
    """The sender hears which sheet lacks the value, in words, not the config's `Stamdata!label:P-nr.`
    nor the form's own sheet `Timer`."""
    blank = tuple((text, "" if text == "P-nr." else typed) for text, typed in make.FACTS)
    with pytest.raises(Rejection) as info:
        _record(tmp_path, make.timesheet_xlsx(facts=blank))
    (problem,) = info.value.problems
    assert problem.field == "site.p_number"
    assert problem.reason_en == "no cell says 'P-nr.' with a value to the right of it (sheet 'Stamdata')"


def test_a_sheet_the_workbook_lacks_is_said_in_words_naming_it(tmp_path: Path) -> None:
    renamed = FORM.replace("Stamdata!label:CPR-nr.", "'Borger og mentor'!label:CPR-nr.")
    with pytest.raises(Rejection) as info:
        _record(tmp_path, make.timesheet_xlsx(), renamed)
    (problem,) = info.value.problems
    assert problem.field == "citizen.cpr"
    assert (
        problem.reason_en
        == "no cell says 'CPR-nr.' with a value to the right of it (sheet 'Borger og mentor')"
    )
    assert (
        problem.reason_da
        == "ingen celle siger 'CPR-nr.' med en værdi til højre for den (ark 'Borger og mentor')"
    )


def test_a_csv_form_naming_a_sheet_is_refused_when_it_loads(tmp_path: Path) -> None:
    csv_form = FORM.replace('format = "xlsx"', 'format = "csv"').replace(
        '  [forms.reader]\n  sheet = "Timer"', ""
    )
    with pytest.raises(ConfigError) as info:
        THIS.config(tmp_path, csv_form)
    assert "forms[0].fields[0].source: a CSV file has no sheets" in str(info.value)
    assert "forms[0].fields[0].source: en CSV-fil har ingen ark" in info.value.message_da


@pytest.mark.parametrize(
    ("written", "hours"),
    [("3 t.", "3.0"), ("2,5 t", "2.5"), ("4 timer", "4.0"), ("1 time", "1.0"), ("1½ t", "1.5"),
     ("7,5 h", "7.5"), ("0:45 t", "0.75"), ("2,5T", "2.5"), ("17,5 t", "17.5")],
)  # fmt: skip
def test_hours_are_read_with_their_unit_after_them(written: str, hours: str) -> None:
    """Before: "space inside a number" for each; a regex could strip it from one value, but not from each
    day a `sum` adds up (it reads every source as `hours` does)."""
    assert parse_hours(written) == hours


# Minutes in words ("90 min", "7 t 30 min") are read since words-69 (`test_worded_hours.py`).
@pytest.mark.parametrize("written", ["3 t .", "18 t/uge", "t", "3 tt"])
def test_no_other_word_after_hours_is_read(written: str) -> None:
    with pytest.raises(TransformError):
        parse_hours(written)


def test_a_week_of_days_with_their_unit_adds_up() -> None:
    grid = [("Man", "2 t"), ("Tir", ""), ("Ons", "1½ t."), ("Tor", "3 timer"), ("Fre", "")]
    assert TRANSFORMS["sum"].func(grid, {"empty_is_zero": True}) == "6.5"


def test_the_draft_of_suggest_unedited_maps_the_sample_to_the_record_written_by_hand(tmp_path: Path) -> None:
    """Before: the facts were drafted as fixed cells (`Stamdata!C5`), the title and `contains` as
    `CPR-nr.` (a label of the facts sheet, which a form read on `Timer` never finds: the draft did not
    recognise its own sample), and the days ran into `I alt` with a warning instead of a `stop`."""
    data = (THIS.golden / "mentor_hours.xlsx").read_bytes()
    draft = render(suggest(extract(data, "mentor_hours.xlsx", READ_OPTIONS), "mentor_hours.xlsx"))
    fields = drafted_fields(draft)
    assert fields["citizen.cpr"]["source"] == "Stamdata!label:CPR-nr."
    assert fields["mentor.name"]["source"] == "Stamdata!label:Mentor"
    form = draft.split("\n\n", 1)[1]
    assert 'title = "Mentortimer - marts 2026"' in form and 'contains = ["Mentortimer"]' in form
    want = THIS.expected("mentor_hours")
    config = THIS.config(tmp_path, form)
    assert canonical_records(config, data, "mentor_hours.xlsx") == want


def test_a_sheet_named_with_a_space_is_quoted_and_one_with_a_quote_is_not_named() -> None:
    from hub.adapters.suggest.sheet_candidates import sheet_prefix  # noqa: PLC0415 - new with the eighth trial

    assert sheet_prefix("Stamdata") == "Stamdata!"
    assert sheet_prefix("Borger og mentor") == "'Borger og mentor'!"
    assert sheet_prefix("Hej!") == "'Hej!'!"
    assert sheet_prefix("Mors' ark") is None  # the draft reads its cell instead
    assert split_sheet("'Borger og mentor'!label:CPR-nr.") == ("Borger og mentor", "label:CPR-nr.")
    assert split_sheet("label:Bemærk!") == (None, "label:Bemærk!")


def test_a_label_whose_value_is_a_formula_never_calculated_says_so() -> None:
    """Found by the fuzzer (52/xlsx/formula/75: the P-number made a formula with no value, nothing after
    it on its row): before, "no cell says 'P-nr.' with a value to the right of it", which sent the sender
    looking for a label that is there; on the form's own sheet alike."""
    source, data = fuzz_forms.mutant(fuzz_forms.seeds(), "52/xlsx/formula/75")
    assert source.path == THIS.golden / "mentor_hours.xlsx"
    outcome = fuzz_forms.run_one(source, data or b"", "52/xlsx/formula/75")
    (problem,) = outcome.problems
    assert problem["field"] == "site.p_number"
    assert problem["locator"] == 'sheet "Stamdata", cell C8'
    assert problem["reason_en"].startswith("empty: the cell holds a formula whose value was never calculated")
