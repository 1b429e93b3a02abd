"""A week written without its year (`Uge 49`, a pivot's `uge_45`) read within the period its document
states, in a title or a period field the config names (`{ name = "week", period = "A1" }`; decision
0060, "Stop 67: fixes-105"). Never from today's date.

The sheets are written here by hand; every expected week is worked out by hand from the ISO calendar:
1 December 2026 is a Tuesday of week 49, 28-31 December 2026 are in 2026-W53 (which runs to Sunday 3
January 2027); 2027-W01 starts on Monday 4 January 2027, so no week 1 overlaps December 2026. 2026-W01
runs from Monday 29 December 2025 to 4 January 2026, so a December 2025 sheet's `Uge 1` is 2026-W01, and
its `Uge 52` is 2025-W52 (22-28 December 2025). 2 November 2026 is the Monday of week 45.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_mapping import HEAD
from test_subtotal_lines import csv, xlsx

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import MappedForm, map_form
from hub.adapters.mapping.stated_period import period_of
from hub.adapters.readers.base import Extraction
from hub.errors import ConfigError, FieldProblem, Rejection

SHA = "ab" * 32
PERIOD = '{ name = "week", period = "A1" }'

FORM = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "{fmt}"
  [forms.recognise]
  contains = ["Mentortimer"]
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
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = {{ week = "Uge", hours = "Timer" }}
    [[forms.lists.fields]]
    key = "week"
    transforms = [{week}]
    [[forms.lists.fields]]
    key = "hours"
    transforms = ["hours"]
"""


def sheet(title: str, *weeks: tuple[str, str]) -> list[list[str]]:
    return [
        [title],  # A1
        ["CPR-nr.", "010190-1234"],
        ["P-nr.", "1900000101"],
        ["Mentor", "Mads Eksempel"],
        [],
        ["Uge", "Timer"],  # row 6
        *[list(week) for week in weeks],
    ]


def run(tmp_path: Path, found: Extraction, fmt: str = "csv", week: str = PERIOD) -> MappedForm:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + FORM.format(fmt=fmt, week=week), encoding="utf-8")
    config = load_config_file(path).forms[0]
    return map_form(found, config, SHA, f"t.{fmt}", "159")


def refused(tmp_path: Path, found: Extraction, week: str = PERIOD) -> FieldProblem:
    with pytest.raises(Rejection) as info:
        run(tmp_path, found, week=week)
    (problem,) = info.value.problems
    return problem


@pytest.mark.parametrize(("fmt", "read"), [("csv", csv), ("xlsx", xlsx)])
def test_weeks_without_a_year_are_read_in_the_titles_month(tmp_path: Path, fmt: str, read: type) -> None:
    found = read(sheet("Mentortimer december 2026", ("Uge 49", "3"), ("Uge 53", "2,5")))
    mapped = run(tmp_path, found, fmt)
    assert mapped.record["entries"] == [
        {"week": "2026-W49", "hours": "3.0"},
        {"week": "2026-W53", "hours": "2.5"},
    ]
    (week,) = [p for p in mapped.provenance if p.path == "entries[0].week"]
    # The period used is shown, as every transform's arguments are (`TransformCall.summary`).
    assert week.transforms == ("week(period='A1', within='2026-12-01/2026-12-31')",)


def test_a_week_1_after_a_december_title_is_the_next_years_where_it_overlaps_the_month(
    tmp_path: Path,
) -> None:
    mapped = run(tmp_path, csv(sheet("Mentortimer december 2025", ("Uge 52", "3"), ("Uge 1", "2"))))
    assert mapped.record["entries"] == [
        {"week": "2025-W52", "hours": "3.0"},
        {"week": "2026-W01", "hours": "2.0"},
    ]


def test_a_week_outside_the_stated_period_is_refused_naming_both(tmp_path: Path) -> None:
    problem = refused(tmp_path, csv(sheet("Mentortimer december 2026", ("Uge 49", "3"), ("Uge 1", "2"))))
    assert (problem.field, problem.locator) == ("entries[1].week", "row 8, column 1 (A8)")
    assert problem.reason_en == (
        "week 'Uge 1' does not fall in the period the document states, 2026-12-01 to 2026-12-31"
    )
    assert problem.reason_da == (
        "uge 'Uge 1' ligger ikke i den periode, dokumentet angiver, 1-12-2026 til 31-12-2026"
    )


def test_a_period_field_of_two_days_and_a_year_alone(tmp_path: Path) -> None:
    span = run(tmp_path, csv(sheet("Periode: 30-11-2026 - 27-12-2026", ("Uge 49", "1"), ("Uge 52", "1"))))
    assert [e["week"] for e in span.record["entries"]] == ["2026-W49", "2026-W52"]
    year = run(tmp_path, csv(sheet("Mentortimer 2026", ("Uge 53", "1"))))
    assert [e["week"] for e in year.record["entries"]] == ["2026-W53"]


def test_a_title_stating_no_period_refuses_the_list_at_the_title(tmp_path: Path) -> None:
    problem = refused(tmp_path, csv(sheet("Mentortimer", ("Uge 49", "3"))))
    assert (problem.field, problem.locator) == ("entries", "row 1, column 1 (A1)")
    assert problem.reason_en.startswith("no period or year to read the weeks in: 'Mentortimer' states no")


def test_without_period_a_week_without_its_year_is_still_refused(tmp_path: Path) -> None:
    """A guard: the year is never guessed (from today or anything else) where the config names none."""
    problem = refused(tmp_path, csv(sheet("Mentortimer december 2026", ("Uge 49", "3"))), week='"week"')
    assert problem.reason_en == "not a week: 'Uge 49'"


PIVOT = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "csv"
  [forms.recognise]
  contains = ["mentortimer"]
  [[forms.fields]]
  path = "citizen.cpr"
  value = "0101901234"
  [[forms.fields]]
  path = "site.p_number"
  value = "1900000101"
  [[forms.fields]]
  path = "mentor.name"
  value = "Mads Eksempel"
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = { week = "art", hours = "mentortimer" }
  across = true
    [[forms.lists.fields]]
    key = "week"
    transforms = [{ name = "week", period = "label:Periode" }]
    [[forms.lists.fields]]
    key = "hours"
    transforms = ["hours"]
"""


def test_a_pivots_uge_columns_are_read_in_its_period_field(tmp_path: Path) -> None:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + PIVOT, encoding="utf-8")
    config = load_config_file(path).forms[0]
    found = csv(
        [["Periode", "november 2026"], [], ["art", "uge_45", "uge_46"], ["mentortimer", "3.0", "2.5"]]
    )
    mapped = map_form(found, config, SHA, "t.csv", "159")
    assert mapped.record["entries"] == [
        {"week": "2026-W45", "hours": "3.0"},
        {"week": "2026-W46", "hours": "2.5"},
    ]


def test_an_empty_period_selector_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="period"):
        run(tmp_path, csv(sheet("x")), week='{ name = "week", period = "" }')


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("2026-10", "2026-10-01/2026-10-31"),  # an export's month attribute (måned='2026-10')
        ("Timer for Dec. 2026", "2026-12-01/2026-12-31"),
        ("Mentortimer december 2026 og januar 2027", None),  # two months: never one picked
        ("Mentortimer 2026 (rettet 2027)", None),  # two years
        ("Periode: 31-12-2026 - 01-12-2026", None),  # the days the wrong way round
    ],
)
def test_the_period_a_text_states(text: str, stated: str | None) -> None:
    period = period_of(text)
    assert (str(period) if period else None) == stated
