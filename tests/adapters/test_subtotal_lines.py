"""Subtotal lines inside an item table (`[forms.items] subtotals = { label = "I alt" }`; decision 0060,
"Stop 63: lang-80"): a case system's report printing `I alt` and the citizen's hours after each citizen's
rows, as an awk report does when the CPR changes (trial-82's probe). Each line is read as a check of the
rows above it, not as an entry; without the rule the file is refused, as before.

The reports are written here by hand: CSV bytes through the csv reader, and the same rows as a workbook
openpyxl writes, through the xlsx reader. Every expected value is read off these rows by hand (the ISO
weeks counted from 1 January 2026, a Thursday: 14 September is the Monday of week 38).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from test_mapping import HEAD

from hub.adapters.language.config_da import danish
from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form_items import MappedItem, map_items
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.tabular import read_csv, read_xlsx
from hub.errors import ConfigError, Rejection

SHA = "ab" * 32

HEADER = ["CPR", "P-nummer", "Mentor", "Dato", "Timer"]
ROWS = [
    HEADER,  # row 1
    ["051199-3120", "1018273645", "Hanne Ølgaard", "14.09.2026", "3,00"],
    ["051199-3120", "1018273645", "Hanne Ølgaard", "16.09.2026", "0,75"],
    ["051199-3120", "1018273645", "Hanne Ølgaard", "22.09.2026", "2,50"],
    ["I alt", "", "", "", "6,25"],  # row 5: 3 + 0.75 + 2.5
    ["120385-4417", "1018273645", "Hanne Ølgaard", "15.09.2026", "4,00"],
    ["120385-4417", "1018273645", "Hanne Ølgaard", "23.09.2026", "1,50"],
    ["I alt", "", "", "", "5,50"],  # row 8: 4 + 1.5
]


def config(tmp_path: Path, fmt: str = "csv", items: str = 'subtotals = { label = "I alt" }') -> FormConfig:
    reader = '  [forms.reader]\n  delimiter = ";"\n' if fmt == "csv" else ""
    body = f"""
[[forms]]
id = "mentortimer"
form_type = "mentor_hours"
format = "{fmt}"
  [forms.recognise]
  contains = ["P-nummer"]
{reader}
  [forms.items]
  key = "CPR"
  group = true
  {items}
  [[forms.fields]]
  path = "citizen.cpr"
  source = "column:CPR"
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  source = "column:P-nummer"
  transforms = ["digits"]
  [[forms.fields]]
  path = "mentor.name"
  source = "column:Mentor"
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = {{ date = "Dato", hours = "Timer" }}
    [[forms.lists.fields]]
    key = "date"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    transforms = ["hours"]
"""
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return load_config_file(path).forms[0]


def csv(rows: list[list[str]]) -> Extraction:
    return read_csv("".join(";".join(row) + "\n" for row in rows).encode(), "rapport.csv", delimiter=";")


def xlsx(rows: list[list[str]]) -> Extraction:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Ark1"
    for row in rows:
        sheet.append([cell or None for cell in row])
    out = io.BytesIO()
    book.save(out)
    return read_xlsx(out.getvalue(), "rapport.xlsx")


READ = {"csv": csv, "xlsx": xlsx}


def _read(found: Extraction, form: FormConfig) -> list[MappedItem]:
    return map_items(found, form, SHA, f"rapport.{form.format}", "159")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_subtotal_after_each_citizen_is_checked_and_no_entry(tmp_path: Path, fmt: str) -> None:
    first, second = _read(READ[fmt](ROWS), config(tmp_path, fmt))
    assert (first.label_en, second.label_en) == ("rows 2–4", "rows 6–7")
    assert first.mapped is not None and second.mapped is not None
    assert first.mapped.record["citizen"] == {"cpr": "0511993120"}
    assert first.mapped.record["entries"] == [
        {"week": "2026-W38", "hours": "3.75"},
        {"week": "2026-W39", "hours": "2.5"},
    ]
    assert first.mapped.record["total_hours"] == "6.25"
    assert second.mapped.record["citizen"] == {"cpr": "1203854417"}
    assert second.mapped.record["entries"] == [
        {"week": "2026-W38", "hours": "4.0"},
        {"week": "2026-W39", "hours": "1.5"},
    ]
    assert second.mapped.record["total_hours"] == "5.5"
    # The entries' cells are where they were: the subtotal lines moved no row.
    cells = {p.locator.get("cell") for p in first.mapped.provenance if p.path.startswith("entries")}
    assert {"E2", "E3", "E4"} <= cells and not any(c and c.endswith("5") for c in cells)


@pytest.mark.parametrize(
    ("fmt", "where", "where_da"),
    [
        ("csv", "row 8, column 5 (E8)", "række 8, kolonne 5 (E8)"),
        ("xlsx", 'sheet "Ark1", cell E8', 'ark "Ark1", celle E8'),
    ],
)
def test_a_wrong_subtotal_refuses_the_document_at_its_cell_with_both_figures(
    tmp_path: Path, fmt: str, where: str, where_da: str
) -> None:
    rows = [*ROWS[:7], ["I alt", "", "", "", "5,25"]]  # the rows above say 4 + 1.5 = 5.5
    with pytest.raises(Rejection) as info:
        _read(READ[fmt](rows), config(tmp_path, fmt))
    (problem,) = info.value.problems
    assert (problem.file, problem.form) == (f"rapport.{fmt}", "mentortimer")
    assert (problem.locator, problem.locator_da) == (where, where_da)
    assert problem.reason_en == (
        "this subtotal line gives Timer '5,25', but the rows it sums (rows 6–7) add up to 5.5:"
        " correct the line or the rows in the file"
    )
    assert problem.reason_da == (
        "denne sumlinje angiver Timer '5,25', men de rækker, den summerer (rækkerne 6–7), giver 5,5"
        " tilsammen: ret linjen eller rækkerne i filen"
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_without_the_rule_the_subtotal_lines_are_refused_as_before(tmp_path: Path, fmt: str) -> None:
    """As before the rule: the first `I alt` is refused as a total line, now offering `subtotals` (a
    `stop` there would end the table before the second citizen), and the second as a row of its own."""
    found = _read(READ[fmt](ROWS), config(tmp_path, fmt, items=""))
    refused = {item.label_en: item.problems for item in found if item.problems}
    assert set(refused) == {"row 5", "row 8"}
    (total,) = refused["row 5"]
    assert total.reason_en.startswith("row 5 looks like a total line ('I alt')")
    assert total.reason_en.endswith(
        'check it as a subtotal in the config ([forms.items] subtotals = { label = "I alt" })'
    )
    assert total.reason_da.endswith(
        'kontrollér den som en sumlinje i konfigurationen ([forms.items] subtotals = { label = "I alt" })'
    )
    with pytest.raises(Rejection) as info:  # a stop at the first subtotal leaves the second citizen below
        _read(READ[fmt](ROWS), config(tmp_path, fmt, items='stop = { label = "I alt" }'))
    (problem,) = info.value.problems
    assert problem.reason_en.startswith("the table ends at row 5 ('I alt'), but row 6 below it holds")


def test_a_line_right_after_the_last_subtotal_is_the_tables_total(tmp_path: Path) -> None:
    """awk's END printing the report's total under the last citizen's subtotal: 6.25 + 5.5 = 11.75."""
    found = _read(csv([*ROWS, ["I alt", "", "", "", "11,75"]]), config(tmp_path))
    assert [item.label_en for item in found] == ["rows 2–4", "rows 6–7"]
    with pytest.raises(Rejection) as info:
        _read(csv([*ROWS, ["I alt", "", "", "", "5,50"]]), config(tmp_path))
    (problem,) = info.value.problems
    assert problem.locator == "row 9, column 5 (E9)"
    assert "but the rows it sums (rows 2–7) add up to 11.75" in problem.reason_en


def test_the_columns_named_are_checked_and_no_others(tmp_path: Path) -> None:
    """A subtotal line counting the visits under `Dato` ("3 besøg"): no figure of hours, so it is refused
    by default, and passed when the rule names `Timer` alone."""
    rows = [*ROWS[:4], ["I alt", "", "", "3 besøg", "6,25"], *ROWS[5:]]
    with pytest.raises(Rejection) as info:
        _read(csv(rows), config(tmp_path))
    (problem,) = info.value.problems
    assert problem.locator == "row 5, column 4 (D5)"
    assert problem.reason_en == (
        "this subtotal line gives Dato '3 besøg', which is no number to check against the rows above it"
    )
    named = config(tmp_path, items='subtotals = { label = "I alt", columns = ["Timer"] }')
    assert [item.label_en for item in _read(csv(rows), named)] == ["rows 2–4", "rows 6–7"]
    wrong = [*ROWS[:4], ["I alt", "", "", "3 besøg", "6,5"], *ROWS[5:]]
    with pytest.raises(Rejection):
        _read(csv(wrong), named)


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ('subtotals = { label = "" }', "items.subtotals.label: Shorter than minimum length 1."),
        ("subtotals = { }", "items.subtotals: give exactly one of label, starts (got none)"),
        ('subtotals = { label = "I alt", after = "Y" }', "items.subtotals.after: unknown key"),
        (
            'subtotals = { label = "I alt", columns = ["Uge"] }',
            "items.subtotals.columns[0]: 'Uge' is not a column of this table (CPR, P-nummer, Mentor, Dato,"
            " Timer)",
        ),
        (
            'stop = { label = "I alt" }\n  subtotals = { label = "i  alt" }',
            "items.subtotals.label: 'i  alt' is also the stop rule's label: the table would end at the first"
            " subtotal",
        ),
    ],
)
def test_a_bad_subtotal_rule_is_a_config_error_naming_file_form_and_field(
    tmp_path: Path, items: str, message: str
) -> None:
    with pytest.raises(ConfigError) as info:
        config(tmp_path, items=items)
    assert f"gladsaxe.toml: forms[0].{message}" in str(info.value)


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        (
            "items.subtotals: subtotals checks lines of sums inside a csv/xlsx item table: it goes with key",
            "items.subtotals: subtotals kontrollerer sumlinjer inde i en csv/xlsx-tabel af poster: den hører"
            " sammen med key",
        ),
        (
            "items.subtotals.label: 'I alt' is also the stop rule's label: the table would end at the first"
            " subtotal",
            "items.subtotals.label: 'I alt' er også stop-reglens etiket: tabellen ville slutte ved den første"
            " sumlinje",
        ),
    ],
)
def test_the_rules_config_errors_are_said_in_danish(english: str, expected: str) -> None:
    assert danish(english) == expected


def test_subtotals_goes_with_a_key(tmp_path: Path) -> None:
    path = tmp_path / "gladsaxe.toml"
    body = (
        '\n[[forms]]\nid = "x"\nform_type = "mentor_hours"\nformat = "xml"\n'
        '  [forms.recognise]\n  root = "x"\n'
        '  [forms.items]\n  rows = "/a/b"\n  subtotals = { label = "I alt" }\n'
        '  [[forms.fields]]\n  path = "citizen.cpr"\n  source = "c"\n'
    )
    path.write_text(HEAD + body, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert (
        "gladsaxe.toml: forms[0].items.subtotals: subtotals checks lines of sums inside a csv/xlsx item"
        " table: it goes with key"
    ) in str(info.value)
