"""Subtotal lines inside a list's own table (`[[forms.lists]] subtotals = { label = "I alt" }`; decision
0060, "Stop 64: lang-85"): one citizen's timesheet whose days are summed after each week (`I alt;3,5`)
and once more at the end, as lang-80's item tables are. The same word, read by the same code; refused
at load where it cannot apply (a list of an item table, of numbered fields, an xml list named by a line).

The timesheets are written here by hand as CSV bytes (and the same rows as an openpyxl workbook); every
expected value is read off these rows by hand: 3 and 5 August 2026 are in ISO week 32 (2 + 1.5 = 3.5),
10 August in week 33 (3), all of them 6.5.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_mapping import HEAD
from test_subtotal_lines import csv, xlsx  # the same rows as CSV bytes, and as an openpyxl workbook

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import MappedForm, map_form
from hub.adapters.readers.base import Extraction
from hub.cli.adapters import check
from hub.errors import ConfigError, Rejection

SHA = "cd" * 32
SUMS = 'subtotals = { label = "I alt" }'
STOP = 'stop = { label = "Underskrevet af" }'

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
  table = {{ date = "Dato", hours = "Timer" }}
  {rules}
    [[forms.lists.fields]]
    key = "date"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    transforms = ["hours"]
"""

HEAD_ROWS = [
    ["Mentortimer"],  # row 1
    ["CPR-nr.", "010190-1234"],
    ["P-nr.", "1900000101"],
    ["Mentor", "Mads Eksempel"],
    [],
    ["Dato", "Timer"],  # row 6
]
WEEKS = [
    ["03-08-2026", "2"],  # row 7
    ["05-08-2026", "1,5"],
    ["I alt", "3,5"],  # row 9: 2 + 1.5
    ["10-08-2026", "3"],  # row 10
    ["I alt", "3"],  # row 11
    ["I alt", "6,5"],  # row 12: the timesheet's total, straight under the last week's
]
SIGNED = [["Underskrevet af", "Hans Jensen"]]


def form(tmp_path: Path, rules: str = f"{SUMS}\n  {STOP}", fmt: str = "csv") -> FormConfig:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + FORM.format(fmt=fmt, rules=rules), encoding="utf-8")
    return load_config_file(path).forms[0]


def run(found: Extraction, config: FormConfig) -> MappedForm:
    return map_form(found, config, SHA, f"t.{config.format}", "159")


@pytest.mark.parametrize(("fmt", "read"), [("csv", csv), ("xlsx", xlsx)])
def test_a_weeks_subtotal_inside_a_lists_table_is_checked_and_no_day(
    tmp_path: Path, fmt: str, read: Callable[[list[list[str]]], Extraction]
) -> None:
    mapped = run(read([*HEAD_ROWS, *WEEKS, *SIGNED]), form(tmp_path, fmt=fmt))
    assert mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "3.5"},
        {"week": "2026-W33", "hours": "3.0"},
    ]
    assert mapped.record["total_hours"] == "6.5"
    rows = {p.locator.get("row") for p in mapped.provenance if p.path.startswith("entries")}
    assert rows == {7, 8, 10}  # the days' own rows; no line of sums read as a day


def test_a_wrong_weekly_subtotal_refuses_the_timesheet_at_its_cell(tmp_path: Path) -> None:
    weeks = [*WEEKS[:2], ["I alt", "4"], *WEEKS[3:]]  # the days above say 2 + 1.5 = 3.5
    with pytest.raises(Rejection) as info:
        run(csv([*HEAD_ROWS, *weeks, *SIGNED]), form(tmp_path))
    (problem,) = info.value.problems
    assert (problem.file, problem.form, problem.field) == ("t.csv", "timer", "entries")
    assert (problem.locator, problem.locator_da) == ("row 9, column 2 (B9)", "række 9, kolonne 2 (B9)")
    assert problem.reason_en == (
        "this subtotal line gives Timer '4', but the rows it sums (rows 7–8) add up to 3.5:"
        " correct the line or the rows in the file"
    )
    assert problem.reason_da == (
        "denne sumlinje angiver Timer '4', men de rækker, den summerer (rækkerne 7–8), giver 3,5"
        " tilsammen: ret linjen eller rækkerne i filen"
    )


def test_without_the_rule_a_weeks_subtotal_is_refused_offering_it_on_the_list(tmp_path: Path) -> None:
    """A `stop` at the first `I alt` would end the week-33 days below it: the refusal offers `subtotals`."""
    with pytest.raises(Rejection) as info:
        run(csv([*HEAD_ROWS, *WEEKS, *SIGNED]), form(tmp_path, rules=STOP))
    (problem,) = info.value.problems
    assert problem.locator == "row 9, column 1 (A9)"
    assert problem.reason_en.startswith("row 9 looks like a total line ('I alt')")
    assert problem.reason_en.endswith(
        'check it as a subtotal in the config ([[forms.lists]] subtotals = { label = "I alt" })'
    )
    assert problem.reason_da.endswith(
        'kontrollér den som en sumlinje i konfigurationen ([[forms.lists]] subtotals = { label = "I alt" })'
    )


LIST_AT = "gladsaxe.toml: forms[0].lists[0]"


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            'subtotals = { label = "I alt", columns = ["Uge"] }',
            f"{LIST_AT}.subtotals.columns[0]: 'Uge' is not a column of this table (Dato, Timer)",
        ),
        (
            'stop = { label = "I alt" }\n  subtotals = { label = "I  ALT" }',
            f"{LIST_AT}.subtotals.label: 'I  ALT' is also the stop rule's label: the table would end at the"
            " first subtotal",
        ),
        ("subtotals = { }", f"{LIST_AT}.subtotals: give exactly one of label, starts, element (got none)"),
    ],
)
def test_a_bad_subtotal_rule_on_a_list_is_a_config_error(tmp_path: Path, rules: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        form(tmp_path, rules=rules)
    assert message in str(info.value).splitlines()


XML_LIST = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "xml"
  [forms.recognise]
  root = "timer"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "/timer/cpr"
  [[forms.lists]]
  path = "entries"
  rows = "/timer/dag"
  subtotals = { label = "I alt" }
    [[forms.lists.fields]]
    key = "date"
    source = "dato"
"""

ITEM_LIST = FORM.replace(
    '  [[forms.fields]]\n  path = "citizen.cpr"\n  source = "label:CPR-nr."',
    '  [forms.items]\n  key = "CPR"\n  group = true\n  [[forms.fields]]\n  path = "citizen.cpr"\n'
    '  source = "column:CPR"',
).format(fmt="csv", rules=SUMS)


@pytest.mark.parametrize(
    ("body", "english", "danish_words"),
    [
        (
            XML_LIST,
            f"{LIST_AT}.subtotals: an xml list's sums are in the element holding each group of its rows:"
            ' give element and sums (subtotals = { element = "f:uge", sums = { hours = "@timer" } })',
            "en xml-listes summer står i det element, der rummer hver gruppe af dens rækker: angiv element"
            ' og sums (subtotals = { element = "f:uge", sums = { hours = "@timer" } })',
        ),
        (
            ITEM_LIST,
            f"{LIST_AT}.subtotals: a list of an item table reads its item's rows: give subtotals on"
            " [forms.items]",
            "en liste i en tabel af poster læser sin posts rækker: angiv subtotals under [forms.items]",
        ),
    ],
)
def test_hub_adapters_check_refuses_a_lists_subtotals_where_it_cannot_apply(
    tmp_path: Path, body: str, english: str, danish_words: str
) -> None:
    folder, golden = tmp_path / "configs", tmp_path / "golden"
    folder.mkdir()
    golden.mkdir()
    (folder / "gladsaxe.toml").write_text(HEAD + body, encoding="utf-8")
    result = CliRunner().invoke(check, ["--dir", str(folder), "--golden", str(golden)])
    assert result.exit_code != 0
    english_part, _, danish_part = result.output.partition("på dansk:")
    assert english in english_part.splitlines()
    assert f"{LIST_AT}.subtotals: {danish_words}" in danish_part.splitlines()
