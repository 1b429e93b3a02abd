"""A timesheet laid out as a pivot, one entry a column (`[[forms.lists]] across = true`; decision 0060,
"Stop 66: lang-100, a timesheet laid out as a pivot"): DuckDB's `PIVOT visits ON uge USING sum(timer)
GROUP BY art` prints a week a column and a kind of hours a row (trial-95, "Not done" (i)). The table's
keys name the rows, down one column of labels; each column right of it is an entry.

The timesheets are written here by hand, as CSV bytes and as an openpyxl workbook (`test_subtotal_lines`);
every expected value is read off these rows by hand: weeks 45, 46 and 48 of 2026 with 3, 2.5 and 4 mentor
hours (9.5 in all); 1 and 0.5 hours of calls in weeks 45 and 46. The days 2, 3 and 10 November 2026 are a
Monday and Tuesday of week 45 and a Tuesday of week 46 (`date.isocalendar`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_mapping import HEAD
from test_subtotal_lines import csv, xlsx

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import MappedForm, map_form
from hub.adapters.readers.base import Extraction
from hub.cli.adapters import check
from hub.errors import ConfigError, Rejection

SHA = "ab" * 32

FORM = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "{fmt}"
  [forms.recognise]
  contains = ["Mentortimer pr. uge"]
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
  table = {{ {key} = "Art", hours = "{hours}" }}
  across = true
  {rules}
    [[forms.lists.fields]]
    key = "{key}"
    transforms = ["{key}"]
    [[forms.lists.fields]]
    key = "hours"
    transforms = ["hours"]
"""

HEAD_ROWS = [
    ["Mentortimer pr. uge"],  # row 1
    ["CPR-nr.", "010190-1234"],
    ["P-nr.", "1900000101"],
    ["Mentor", "Mads Eksempel"],
    [],
]
WEEKS = [
    ["Art", "2026-W45", "2026-W46", "", "2026-W48"],  # row 6: DuckDB names a column by its value
    ["Mentortimer", "3", "2,5", "", "4"],  # row 7
    ["Samtaler", "1", "0,5", "", ""],  # row 8: a kind the config does not read
]


def form(
    tmp_path: Path, fmt: str = "csv", key: str = "week", hours: str = "Mentortimer", rules: str = ""
) -> FormConfig:
    return load_config_file(
        _written(tmp_path, FORM.format(fmt=fmt, key=key, hours=hours, rules=rules))
    ).forms[0]


def _written(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def _refusals(tmp_path: Path, body: str) -> list[str]:
    """The config errors of a config with this form, a line each."""
    with pytest.raises(ConfigError) as info:
        load_config_file(_written(tmp_path, body))
    return str(info.value).splitlines()


def run(found: Extraction, config: FormConfig) -> MappedForm:
    return map_form(found, config, SHA, f"t.{config.format}", "159")


@pytest.mark.parametrize(("fmt", "read"), [("csv", csv), ("xlsx", xlsx)])
def test_a_week_a_column_is_an_entry_a_column(
    tmp_path: Path, fmt: str, read: Callable[[list[list[str]]], Extraction]
) -> None:
    mapped = run(read([*HEAD_ROWS, *WEEKS]), form(tmp_path, fmt))
    assert mapped.record["entries"] == [
        {"week": "2026-W45", "hours": "3.0"},
        {"week": "2026-W46", "hours": "2.5"},
        {"week": "2026-W48", "hours": "4.0"},
    ]
    assert mapped.record["total_hours"] == "9.5"
    cells = {p.locator.get("cell") for p in mapped.provenance if p.path.startswith("entries")}
    assert cells == {"B6", "C6", "E6", "B7", "C7", "E7"}  # the spacer column D is no entry


def test_a_day_a_column_is_summed_by_its_week(tmp_path: Path) -> None:
    days = [["Art", "02-11-2026", "03-11-2026", "10-11-2026"], ["Mentortimer", "1,5", "2", "0,75"]]
    mapped = run(csv([*HEAD_ROWS, *days]), form(tmp_path, key="date"))
    assert mapped.record["entries"] == [
        {"week": "2026-W45", "hours": "3.5"},
        {"week": "2026-W46", "hours": "0.75"},
    ]


# The pivot's two kinds of hours added up, a blank as none (`sum` with `empty_is_zero`).
SUMMED = (
    FORM.format(fmt="csv", key="week", hours="Mentortimer", rules="")
    .replace('table = { week = "Art", hours = "Mentortimer" }', 'table = { week = "Art" }')
    .replace(
        '    key = "hours"\n    transforms = ["hours"]',
        '    key = "hours"\n    sources = ["Mentortimer", "Samtaler"]\n'
        '    transforms = [{ name = "sum", empty_is_zero = true }, "hours"]',
    )
)


def test_kinds_of_hours_are_added_by_sum(tmp_path: Path) -> None:
    """Two rows summed, a pivot's blank (no calls in week 48) read as none with `empty_is_zero`."""
    body = SUMMED
    mapped = run(csv([*HEAD_ROWS, *WEEKS]), load_config_file(_written(tmp_path, body)).forms[0])
    assert [e["hours"] for e in mapped.record["entries"]] == ["4.0", "3.0", "4.0"]


@pytest.mark.parametrize(
    ("fmt", "where", "where_da"),
    [
        ("csv", "row 6, column 1 (A6)", "række 6, kolonne 1 (A6)"),
        ("xlsx", 'sheet "Ark1", cells A6', 'ark "Ark1", cellerne A6'),
    ],
)
def test_a_row_the_file_lacks_is_refused_naming_where_the_rows_are(
    tmp_path: Path, fmt: str, where: str, where_da: str
) -> None:
    """The config reads a row `Timer`, which this pivot names `Mentortimer`."""
    with pytest.raises(Rejection) as info:
        run({"csv": csv, "xlsx": xlsx}[fmt]([*HEAD_ROWS, *WEEKS]), form(tmp_path, fmt, hours="Timer"))
    (problem,) = info.value.problems
    assert (problem.field, problem.locator, problem.locator_da) == ("entries", where, where_da)
    assert problem.reason_en == "no row labelled Timer: column A labels the rows Art, one entry a column"
    assert (
        problem.reason_da
        == "ingen række med etiketten Timer: kolonne A har rækkerne Art, én post pr. kolonne"
    )


def test_a_figure_under_no_week_is_refused_at_its_cell(tmp_path: Path) -> None:
    weeks = [WEEKS[0], ["Mentortimer", "3", "2,5", "1", "4"]]  # D7 typed under the blank D6
    with pytest.raises(Rejection) as info:
        run(csv([*HEAD_ROWS, *weeks]), form(tmp_path))
    (problem,) = info.value.problems
    assert (problem.field, problem.locator) == ("entries[2].week", "row 6, column 4 (D6)")


LIST_AT = "gladsaxe.toml: forms[0].lists[0]"


@pytest.mark.parametrize(
    ("rules", "english", "danish"),
    [
        (
            'stop = { label = "I alt" }',
            f"{LIST_AT}.stop: stop goes with a table of one item a row, not with across",
            f"{LIST_AT}.stop: stop hører til en tabel med én post pr. række, ikke til across",
        ),
    ],
)
def test_a_bad_across_list_is_refused_by_check(tmp_path: Path, rules: str, english: str, danish: str) -> None:
    assert english in _refusals(
        tmp_path, FORM.format(fmt="csv", key="week", hours="Mentortimer", rules=rules)
    )
    (tmp_path / "golden").mkdir()
    result = CliRunner().invoke(check, ["--dir", str(tmp_path), "--golden", str(tmp_path / "golden")])
    assert result.exit_code != 0
    english_part, _, danish_part = result.output.partition("på dansk:")
    assert english in english_part.splitlines()
    assert danish in danish_part.splitlines()


def test_across_without_a_table_is_refused(tmp_path: Path) -> None:
    body = (
        FORM.format(fmt="xml", key="week", hours="Mentortimer", rules="")
        .replace('  table = { week = "Art", hours = "Mentortimer" }\n', '  rows = "/t/uge"\n')
        .replace('contains = ["Mentortimer pr. uge"]', 'root = "t"')
    )
    assert f"{LIST_AT}.across: across goes with table (the labels of the rows read, one entry a column)" in (
        _refusals(tmp_path, body)
    )


def test_a_week_with_no_figure_in_the_row_read_is_no_visit(tmp_path: Path) -> None:
    """C7 blank under 2026-W46, calls in C8: no mentor hours that week, as DuckDB's NULL says (fixes-105;
    lang-100 refused it at C7, and with one kind read no config could say otherwise)."""
    weeks = [WEEKS[0], ["Mentortimer", "3", "", "", "4"], WEEKS[2]]
    mapped = run(csv([*HEAD_ROWS, *weeks]), form(tmp_path))
    assert mapped.record["entries"] == [
        {"week": "2026-W45", "hours": "3.0"},
        {"week": "2026-W48", "hours": "4.0"},
    ]
    assert mapped.record["total_hours"] == "7.0"


def test_a_week_with_a_note_and_no_figure_is_still_refused_at_its_cell(tmp_path: Path) -> None:
    """A guard: a column with anything but its week on the rows read is an entry, its blank hours said."""
    body = FORM.format(fmt="csv", key="week", hours="Mentortimer", rules="").replace(
        '  aggregate = "iso_week"\n', ""
    )
    body = body.replace('hours = "Mentortimer" }', 'hours = "Mentortimer", note = "Note" }') + (
        '    [[forms.lists.fields]]\n    key = "note"\n    optional = true\n'
    )
    weeks = [WEEKS[0], ["Mentortimer", "3", "", "", "4"], ["Note", "", "syg", "", ""]]
    with pytest.raises(Rejection) as info:
        run(csv([*HEAD_ROWS, *weeks]), load_config_file(_written(tmp_path, body)).forms[0])
    (problem,) = info.value.problems
    assert (problem.field, problem.locator) == ("entries[1].hours", "row 7, column 3 (C7)")


def test_kinds_summed_with_empty_is_zero_keep_their_empty_week(tmp_path: Path) -> None:
    """A guard: a config summing kinds with empty_is_zero read a week blank on both rows as 0.0 hours
    before the rule, and still does (every existing config's result the same)."""
    body = SUMMED
    weeks = [WEEKS[0], ["Mentortimer", "3", "", "", "4"], ["Samtaler", "1", "", "", ""]]
    mapped = run(csv([*HEAD_ROWS, *weeks]), load_config_file(_written(tmp_path, body)).forms[0])
    assert [e["hours"] for e in mapped.record["entries"]] == ["4.0", "0.0", "4.0"]


def test_across_on_a_list_of_an_item_table_is_refused(tmp_path: Path) -> None:
    body = FORM.format(fmt="csv", key="week", hours="Mentortimer", rules="").replace(
        '  [[forms.fields]]\n  path = "citizen.cpr"\n  source = "label:CPR-nr."',
        '  [forms.items]\n  key = "CPR"\n  [[forms.fields]]\n  path = "citizen.cpr"\n  source = "column:CPR"',
    )
    assert (
        f"{LIST_AT}.across: a list of an item table reads its item's rows: across needs a form without items"
        in _refusals(tmp_path, body)
    )
