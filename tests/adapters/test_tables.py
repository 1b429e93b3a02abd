"""Tables that end where the data ends, and no filled row dropped in silence (issue 8, point 2).

The documents are real CSV bytes through the csv reader, laid out as the municipality's timesheet that
showed the problem: a table running straight into `Underskrevet af;…` / `Dato;…` with no blank line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_mapping import HEAD

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import MappedForm, map_form
from hub.adapters.readers.tabular import read_csv
from hub.errors import ConfigError, Rejection

SHA = "ef" * 32


def form(tmp_path: Path, stop: str = "", date_optional: bool = False, signed: str = "") -> FormConfig:
    body = f"""
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "csv"
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
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = {{ date = "Dato", hours = "Timer" }}
  {stop}
    [[forms.lists.fields]]
    key = "date"
    transforms = ["date"]
    optional = {"true" if date_optional else "false"}
    [[forms.lists.fields]]
    key = "hours"
    transforms = ["hours"]
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.fields]]
  path = "signed_by"
  source = "label:Underskrevet af"
  {signed}
"""
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return load_config_file(path).forms[0]


def csv(*days: str, trailer: str = "Underskrevet af;Hans Jensen\nDato;01-09-2026\n") -> bytes:
    head = "Mentortimer\nCPR-nr.;010190-1234\nP-nr.;1900000101\nMentor;Mads Eksempel\n\nDato;Timer\n"
    return (head + "".join(day + "\n" for day in days) + trailer).encode()


def run(config: FormConfig, data: bytes) -> MappedForm:
    return map_form(read_csv(data, "t.csv", delimiter=";"), config, SHA, "t.csv", "159")


DAYS = ("03-08-2026;2", "05-08-2026;1,5", "10-08-2026;3")


def test_the_issues_timesheet_without_a_stop_rule_reads_the_signature_lines_as_days(tmp_path: Path) -> None:
    """Today's trap, kept as a test: without a stop rule the signature lines are table rows, and fail."""
    with pytest.raises(Rejection) as info:
        run(form(tmp_path), csv(*DAYS))
    assert {p.locator for p in info.value.problems} >= {
        "row 10, column 1 (A10)"
    }  # "Underskrevet af" is no date


def test_a_label_stop_ends_the_table_at_the_signature_line(tmp_path: Path) -> None:
    config = form(tmp_path, 'stop = { label = "Underskrevet af" }', signed="")
    mapped = run(config, csv(*DAYS))
    assert mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "3.5"},
        {"week": "2026-W33", "hours": "3.0"},
    ]
    assert mapped.record["total_hours"] == "6.5"
    assert mapped.record["signed_by"] == "Hans Jensen"


def test_the_issues_exact_scenario_a_day_with_two_hours_and_no_date_is_an_error_not_dropped(
    tmp_path: Path,
) -> None:
    """The workaround that lost 2 hours: the date marked optional, a day with hours and an empty date."""
    config = form(tmp_path, 'stop = { label = "Underskrevet af" }', date_optional=True)
    with pytest.raises(Rejection) as info:
        run(config, csv("03-08-2026;2", ";2", "10-08-2026;3"))
    (problem,) = info.value.problems
    assert (problem.field, problem.locator) == ("entries[1].date", "row 8, column 1 (A8)")
    assert problem.reason_en == "empty: a value is required"
    assert problem.reason_da == "tom: feltet skal udfyldes"


def test_a_wholly_empty_row_inside_a_table_with_a_stop_rule_is_skipped(tmp_path: Path) -> None:
    config = form(tmp_path, 'stop = { label = "Underskrevet af" }')
    mapped = run(config, csv("03-08-2026;2", ";", "", "05-08-2026;1,5"))
    assert mapped.record["entries"] == [{"week": "2026-W32", "hours": "3.5"}]


def test_a_blank_key_stop_ends_the_table_but_a_row_with_hours_and_no_date_is_an_error(tmp_path: Path) -> None:
    config = form(tmp_path, 'stop = { blank = "Dato" }')
    trailer = ";;Attesteret\nKontrol;x\nUnderskrevet af;Hans Jensen\n"
    assert run(config, csv(*DAYS, trailer=trailer)).record["total_hours"] == "6.5"
    with pytest.raises(Rejection) as info:
        run(config, csv("03-08-2026;2", ";2", "10-08-2026;3"))
    (problem,) = info.value.problems
    assert problem.locator == "row 8, column 1 (A8)"
    assert "row 8 ends the table by its Dato (blank) but holds Timer '2'" in problem.reason_en
    assert "række 8 afslutter tabellen" in problem.reason_da


def test_a_not_date_stop_ends_the_table_at_a_total_line(tmp_path: Path) -> None:
    config = form(tmp_path, 'stop = { not_date = "Dato" }')
    mapped = run(config, csv(*DAYS, trailer="I alt;6,5\nUnderskrevet af;Hans Jensen\n"))
    assert mapped.record["total_hours"] == "6.5"
    # A misspelt date still ends the table, but it holds hours: an error, not a lost day.
    with pytest.raises(Rejection) as info:
        run(config, csv("03-08-2026;2", "5/13-2026;1", trailer="I alt;3\nUnderskrevet af;Hans Jensen\n"))
    (misspelt,) = info.value.problems
    assert misspelt.locator == "row 8, column 1 (A8)"
    # The date cell is quoted like the hours beside it: both are values read from the file.
    assert misspelt.reason_en.startswith("row 8 ends the table by its Dato ('5/13-2026') but holds Timer '1'")
    assert misspelt.reason_da.startswith(
        "række 8 afslutter tabellen ved sin Dato ('5/13-2026'), men har Timer '1'"
    )
    # A note typed into the date column ends the table too early: the days below it are not lost.
    with pytest.raises(Rejection) as below:
        run(config, csv("03-08-2026;2", "syg;", "10-08-2026;3", trailer="I alt;5\nUnderskrevet af;Hans\n"))
    (problem,) = below.value.problems
    assert problem.locator == "row 9, column 1 (A9)"
    assert problem.reason_en.startswith("the table ends at row 8 (Dato: 'syg'), but row 9 below it holds")
    assert problem.reason_da.startswith("tabellen slutter i række 8 (Dato: 'syg'), men række 9 under den")


def test_a_stop_rule_that_never_matches_runs_to_the_end_of_the_sheet(tmp_path: Path) -> None:
    config = form(tmp_path, 'stop = { label = "Attesteret af" }')
    with pytest.raises(Rejection) as info:
        run(config, csv(*DAYS))
    assert "row 11, column 1 (A11)" in {p.locator for p in info.value.problems}  # the signature's "Dato" line


@pytest.mark.parametrize(
    ("stop", "message"),
    [
        (
            'stop = { blank = "Uge" }',
            "lists[0].stop.blank: 'Uge' is not a column of this table (Dato, Timer)",
        ),
        ("stop = { }", "lists[0].stop: give at least one of label, blank, not_date"),
        ('stop = { label = "X", after = "Y" }', "lists[0].stop.after: unknown key"),
    ],
)
def test_a_bad_stop_rule_is_a_config_error_naming_its_key_path(
    tmp_path: Path, stop: str, message: str
) -> None:
    with pytest.raises(ConfigError) as info:
        form(tmp_path, stop)
    assert f"gladsaxe.toml: forms[0].{message}" in str(info.value)


def test_a_blank_key_stops_table_is_told_once_for_one_cause(tmp_path: Path) -> None:
    """One problem for one cause: a second month's table appended under a blank line is told by its header
    printed again (not also as "a whole row below" the blank row), and a line of sums inside the table as
    a total line (not also the dateless day under it that ended the table)."""
    config = form(tmp_path, 'stop = { blank = "Dato" }')
    appended = ";\nDato;Timer\n01-09-2026;2\n02-09-2026;1\n;\nUnderskrevet af;Hans Jensen\n"
    with pytest.raises(Rejection) as joined:
        run(config, csv(*DAYS, trailer=appended))
    (problem,) = joined.value.problems
    assert problem.locator == "row 11, column 1 (A11)"
    assert problem.reason_en.startswith("the table's header is printed again in row 11")
    with pytest.raises(Rejection) as summed:
        run(
            config,
            csv(
                "03-08-2026;2",
                "05-08-2026;1,5",
                "I alt;3,5",
                ";2",
                trailer=";\nUnderskrevet af;Hans Jensen\n",
            ),
        )
    (total,) = summed.value.problems
    assert total.locator == "row 9, column 1 (A9)"
    assert total.reason_en.startswith("row 9 looks like a total line ('I alt')")
