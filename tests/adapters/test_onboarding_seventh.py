"""The seventh onboarding trial: Morsø (773), a workbook of grants under a header of two rows whose upper
row groups the columns in merged cells (`Navn` under both `Borger` and `Mentor`, `Fra`/`Til` under
`Bevilget periode`), names `Efternavn, Fornavn`, hours `7:30` and in a `[h]:mm` cell, a start as Excel's
day number; and a PDF placement agreement whose CPR is ten one-digit fields and first day three fields.
Onboarded by config alone as README's "Add a municipality" says; the expected records were written by
hand from the values in `tools/make_fixtures_onboarding_seventh.py`. The other tests each fail without
the header paths (`Mentor > Navn`) or the refusal of a header printed twice (decision 0060, "Seventh
trial (stop 49)").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import CONFIG, Trial

from hub.adapters.mapping.form_items import MappedItem
from hub.errors import Rejection

THIS = Trial("morsoe", "773", "make_fixtures_onboarding_seventh")
GOLDEN = THIS.golden


def test_the_forms_are_made_by_their_script_byte_for_byte() -> None:
    THIS.check_made(2)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_each_form_maps_to_the_records_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


GRANTS = """
[[forms]]
id = "grants"
form_type = "mentor_support"
format = "csv"
title = "Bevillinger"

  [forms.recognise]
  contains = ["Mentorbevillinger"]

  [forms.reader]
  delimiter = ";"

  [forms.items]
  key = "CPR-nr."

  [[forms.fields]]
  path = "citizen.cpr"
  source = "column:CPR-nr."
  transforms = ["digits"]

  [[forms.fields]]
  path = "mentor.name"
  source = "column:{mentor}"

  [[forms.fields]]
  path = "mentor.employer"
  value = "company"

  [[forms.fields]]
  path = "site.p_number"
  source = "column:P-nr."

  [[forms.fields]]
  path = "hours_per_week"
  source = "column:Timer"
  transforms = ["hours"]

  [[forms.fields]]
  path = "hourly_rate_dkk"
  value = "285.00"

  [[forms.fields]]
  path = "period.start"
  value = "2026-03-02"

  [[forms.fields]]
  path = "period.end"
  value = "2026-05-29"

  [[forms.fields]]
  path = "granted_on"
  value = "2026-02-24"
"""

# The group headings printed once, left of the blank cells they span, as a csv saved from a workbook
# with merged cells prints them; `P-nr.` and `Timer` stand in the upper row over blank cells of the
# lower (merged down). The citizen's `Navn` comes first.
GROUPED = (
    b"Mentorbevillinger;;;;;\r\n"
    b"Borger;;Mentor;;P-nr.;Timer\r\n"
    b"CPR-nr.;Navn;Navn;Ansat hos;;\r\n"
    b"0703912245;Anna Kristensen;Bo Mikkelsen;Virksomhed;1012345678;7:30\r\n"
)


def _grants(tmp_path: Path, mentor: str, data: bytes = GROUPED) -> list[MappedItem]:
    config = THIS.config(tmp_path, GRANTS.replace("{mentor}", mentor))
    return THIS.items(config, data, "g.csv")


def _value(item: MappedItem, path: str) -> object:
    assert item.mapped is not None, item.problems
    record = item.mapped.record
    for part in path.split("."):
        record = record[part]
    return record


def test_a_header_path_reads_the_column_under_its_group_heading(tmp_path: Path) -> None:
    """Before: `column:Mentor > Navn` was no header of the file (no header row with it)."""
    (item,) = _grants(tmp_path, "Mentor > Navn")
    assert _value(item, "mentor.name") == "Bo Mikkelsen"
    assert _value(item, "hours_per_week") == "7.5"  # `Timer` merged down, in the upper row
    (item,) = _grants(tmp_path, "borger>NAVN:")  # compared as labels are, part by part
    assert _value(item, "mentor.name") == "Anna Kristensen"


def test_a_header_path_under_a_heading_merged_over_several_columns(tmp_path: Path) -> None:
    """A heading spans every column up to the next one: `Ansat hos` is under `Mentor` too, and a
    heading that is not above the column does not match."""
    (item,) = _grants(tmp_path, "Mentor > Ansat hos")
    assert _value(item, "mentor.name") == "Virksomhed"
    with pytest.raises(Rejection) as info:
        _grants(tmp_path, "Borger > Ansat hos")
    assert "no header row with: CPR-nr., Borger > Ansat hos" in info.value.problems[0].reason_en


def test_a_header_the_header_row_prints_twice_is_refused_naming_both_cells(tmp_path: Path) -> None:
    """Before: `column:Navn` read the first `Navn`, the citizen's, as the mentor's name, silently."""
    with pytest.raises(Rejection) as info:
        _grants(tmp_path, "Navn")
    (problem,) = info.value.problems
    assert problem.reason_en == (
        "'Navn' is printed 2 times in the header row (B3, C3), and the form does not say which column it"
        " means; name it by the heading above it: 'Borger > Navn', 'Mentor > Navn'"
    )
    assert problem.reason_da == (
        "'Navn' står 2 gange i overskriftsrækken (B3, C3), og blanketten siger ikke, hvilken kolonne den"
        " mener; navngiv den ved overskriften over den: 'Borger > Navn', 'Mentor > Navn'"
    )
    assert problem.locator == "the file, row 3"


def test_the_workbook_read_by_plain_names_is_refused_not_misread(tmp_path: Path) -> None:
    """Morsø's own workbook, with `column:Navn` for the mentor: the sheet and row are named."""
    form = (CONFIG / "morsoe.toml").read_text(encoding="utf-8").split("[[forms]]")[1]
    form = form.replace("column:Mentor > Navn", "column:Navn")
    config = THIS.config(tmp_path, "[[forms]]" + form)
    data = (GOLDEN / "mentor_support.xlsx").read_bytes()
    with pytest.raises(Rejection) as info:
        THIS.items(config, data, "mentor_support.xlsx")
    (problem,) = info.value.problems
    assert problem.reason_en.startswith("'Navn' is printed 2 times in the header row (B5, C5)")
    assert problem.locator == 'sheet "Bevillinger", row 5'


TIMESHEET = """
[[forms]]
id = "hours"
form_type = "mentor_hours"
format = "csv"
title = "Timer"

  [forms.recognise]
  contains = ["Planlagt"]

  [forms.reader]
  delimiter = ";"

  [[forms.fields]]
  path = "citizen.cpr"
  source = "label:CPR-nr."
  transforms = ["digits"]

  [[forms.fields]]
  path = "site.p_number"
  source = "label:P-nr."

  [[forms.fields]]
  path = "mentor.name"
  source = "label:Mentor"

  [[forms.fields]]
  path = "signed_by"
  value = "Bo Mikkelsen"

  [[forms.fields]]
  path = "signed_on"
  value = "2026-04-03"

  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = { week = "Uge", hours = "{hours}" }

    [[forms.lists.fields]]
    key = "week"
    transforms = ["week"]

    [[forms.lists.fields]]
    key = "hours"
    transforms = ["hours"]

  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
"""

PLANNED_AND_DONE = (
    "CPR-nr.;0703912245;;\r\nP-nr.;1012345678;;\r\nMentor;Bo Mikkelsen;;\r\n;;;\r\n"
    ";Planlagt;Udført;\r\nUge;Timer;Timer;\r\n10/2026;4;3,5;\r\n11/2026;4;4;\r\n"
).encode()


def test_a_list_table_reads_a_header_path_and_refuses_a_header_printed_twice(tmp_path: Path) -> None:
    config = THIS.config(tmp_path, TIMESHEET.replace("{hours}", "Udført > Timer"))
    (item,) = THIS.items(config, PLANNED_AND_DONE, "t.csv")
    assert item.mapped is not None, item.problems
    assert [e["hours"] for e in item.mapped.record["entries"]] == ["3.5", "4.0"]
    config = THIS.config(tmp_path, TIMESHEET.replace("{hours}", "Timer"))
    (item,) = THIS.items(config, PLANNED_AND_DONE, "t.csv")
    assert item.mapped is None
    (problem,) = item.problems
    assert problem.field == "entries" and problem.locator == "the file, row 6"
    assert problem.reason_en.endswith("name it by the heading above it: 'Planlagt > Timer', 'Udført > Timer'")


def test_headings_nest_over_more_rows(tmp_path: Path) -> None:
    """A heading over the group headings: each part of the path one row further up."""
    data = b"Bevilling;;;;;\r\n" + GROUPED.split(b"\r\n", 1)[1]
    (item,) = _grants(tmp_path, "Bevilling > Mentor > Navn", data)
    assert _value(item, "mentor.name") == "Bo Mikkelsen"
