"""A timesheet grid: one row a week, one column a weekday, no total column (decision 0060).

A list field reads several columns with `sources` and adds them up with the `sum` transform, as a plain
field joins several with `join`; `empty_is_zero = true` says that an empty day is 0 hours. The trial's
Fanø (CSV) and Læsø (XLSX) send such grids (tests/onboarding/); their expected records are the golden
files beside them, written by hand. Here: provenance, an empty day where the config does not allow
one, a cell that is no number, the same grid as XML elements and PDF fields, and `hub adapters check`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pipeline import ROOT
from simulator_support import fixture_script
from test_items import form as form_of

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.form import map_form
from hub.adapters.mapping.form_items import map_items
from hub.adapters.pipeline import READ_OPTIONS, recognise
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction, SourceValue
from hub.cli.adapters import check
from hub.errors import ConfigError, FieldProblem, Rejection

TRIAL = ROOT / "tests" / "onboarding"
FANOE_GRID = TRIAL / "golden" / "fanoe" / "mentor_hours_grid.csv"
SHA = "cd" * 32
make = fixture_script("make_fixtures_onboarding")


def trial_config(tmp_path: Path, slug: str, edit: tuple[str, str] | None = None) -> MunicipalityConfig:
    """A trial municipality's config, with one text of it replaced (`edit`: old, new)."""
    text = (TRIAL / "config" / f"{slug}.toml").read_text(encoding="utf-8")
    if edit is not None:
        assert edit[0] in text
        text = text.replace(*edit)
    path = tmp_path / f"{slug}.toml"
    path.write_text(text, encoding="utf-8")
    return load_config_file(path)


def provenance_of(config: MunicipalityConfig, data: bytes, name: str, path: str) -> list[tuple[str, str]]:
    """(source key, raw value) of every provenance entry of one canonical path."""
    extraction = extract(data, name, READ_OPTIONS)
    form, read = recognise(config, extraction, name, data, {})
    mapped = map_form(read, form, SHA, name, config.code)
    return [(str(e.source_key), str(e.raw_value)) for e in mapped.provenance if e.path == path]


def problems(config: MunicipalityConfig, data: bytes, name: str) -> list[FieldProblem]:
    with pytest.raises(Rejection) as info:
        canonical_records(config, data, name)
    return list(info.value.problems)


def test_the_provenance_of_a_weeks_hours_names_every_cell_of_its_row(tmp_path: Path) -> None:
    """Week 11 of Fanø's grid is row 9: Man..Fre are columns B..F (`1,5;;2;;0,5`)."""
    config = trial_config(tmp_path, "fanoe")
    found = provenance_of(config, FANOE_GRID.read_bytes(), FANOE_GRID.name, "entries[0].hours")
    assert found == [("B9", "1,5"), ("C9", ""), ("D9", "2"), ("E9", ""), ("F9", "0,5")]
    assert provenance_of(config, FANOE_GRID.read_bytes(), FANOE_GRID.name, "entries[0].week") == [
        ("A9", "11/2026")
    ]


def test_the_provenance_of_a_workbooks_week_names_its_sheet_and_cells(tmp_path: Path) -> None:
    """Læsø's week 11 is row 8 of sheet "Timer", Man..Søn columns B..H; Mon is "2,5" typed as text."""
    config = trial_config(tmp_path, "laesoe")
    extraction = extract(make.laesoe_timesheet(), "t.xlsx", READ_OPTIONS)
    form, read = recognise(config, extraction, "t.xlsx", None, {})
    mapped = map_form(read, form, SHA, "t.xlsx", config.code)
    entries = [e for e in mapped.provenance if e.path == "entries[1].hours"]
    assert [e.locator["cell"] for e in entries] == ["B8", "C8", "D8", "E8", "F8", "G8", "H8"]
    assert {e.locator["sheet"] for e in entries} == {"Timer"}
    assert entries[0].raw_value == "2,5"
    assert entries[0].transforms == ("sum(empty_is_zero=True)", "sum")


def test_an_empty_day_is_an_error_unless_the_config_says_it_is_zero(tmp_path: Path) -> None:
    config = trial_config(tmp_path, "fanoe", ('{ name = "sum", empty_is_zero = true }', '"sum"'))
    found = problems(config, FANOE_GRID.read_bytes(), FANOE_GRID.name)
    # Row 9 (week 11) is empty on Tuesday, row 10 on Monday, row 11 on Wednesday: the first of each row.
    assert [(p.field, p.locator, p.locator_da) for p in found] == [
        ("entries[0].hours", "row 9, column 3 (C9)", "række 9, kolonne 3 (C9)"),
        ("entries[1].hours", "row 10, column 2 (B10)", "række 10, kolonne 2 (B10)"),
        ("entries[2].hours", "row 11, column 4 (D11)", "række 11, kolonne 4 (D11)"),
    ]
    assert found[0].reason_en == "Tir: no hours written (write 0 for none)"
    assert found[0].reason_da == "Tir: ingen timer skrevet (skriv 0 for ingen)"


def test_a_cell_that_is_no_number_is_an_error_naming_sheet_and_cell(tmp_path: Path) -> None:
    config = trial_config(tmp_path, "laesoe")
    grid = list(make.LAESOE_GRID)
    grid[1] = ("uge 11 2026", "2,5", 0, "fri", None, 1.25, None, None)  # Wednesday of week 11: D8
    (problem,) = problems(config, make.laesoe_timesheet(grid), "t.xlsx")
    assert (problem.field, problem.locator, problem.locator_da) == (
        "entries[1].hours",
        'sheet "Timer", cell D8',
        'ark "Timer", celle D8',
    )
    # (suggest-70: words with no figure are said so, with how to write hours; before, "not a number")
    assert problem.reason_en.startswith("Ons: hours written in words only, with no figure: 'fri' (write ")
    assert problem.reason_da.startswith("Ons: timer skrevet kun med ord, uden tal: 'fri' (skriv ")


def test_a_csv_cell_that_is_no_number_names_its_row_and_column(tmp_path: Path) -> None:
    config = trial_config(tmp_path, "fanoe")
    data = FANOE_GRID.read_bytes().replace(b"13/2026;2;1:30;", b"13/2026;2;1:20;")
    (problem,) = problems(config, data, FANOE_GRID.name)
    assert (problem.field, problem.locator, problem.locator_da) == (
        "entries[2].hours",
        "row 11, column 3 (C11)",
        "række 11, kolonne 3 (C11)",
    )
    assert problem.reason_en.startswith("Tir: minutes that make no exact decimal hours: '1:20'")
    assert problem.reason_da.startswith("Tir: minutter, der ikke giver et præcist antal timer: '1:20'")


def test_a_week_with_every_day_empty_is_zero_hours_not_a_dropped_row(tmp_path: Path) -> None:
    config = trial_config(tmp_path, "fanoe")
    data = FANOE_GRID.read_bytes().replace(b"12/2026;;1;", b"12/2026;;;")
    record = canonical_records(config, data, FANOE_GRID.name)
    assert record["entries"][1] == {"week": "2026-W12", "hours": "0.0"}
    assert record["total_hours"] == "8.25"  # 4 + 0 + 4.25


GRID_LIST = """
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  {kind}
    [[forms.lists.fields]]
    key = "week"
    source = "{week}"
    transforms = ["week"]
    [[forms.lists.fields]]
    key = "hours"
    sources = {days}
    transforms = [{{ name = "sum", empty_is_zero = true }}]
"""


def form(tmp_path: Path, fmt: str, recognise_rule: str, kind: str, week: str, days: str) -> FormConfig:
    body = f"""
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "{fmt}"
  [forms.recognise]
  {recognise_rule}
  [forms.reader]
  {'namespaces = { t = "urn:t" }' if fmt == "xml" else ""}
""" + GRID_LIST.format(kind=kind, week=week, days=days)
    return form_of(tmp_path, body)


def test_xml_elements_of_a_week_are_added_up(tmp_path: Path) -> None:
    grid = form(tmp_path, "xml", 'root = "{urn:t}Uger"', 'rows = "/t:Uger/t:Uge"', "@nr",
                '["t:Man", "t:Tir", "@fre"]')  # fmt: skip
    root, values = "/{urn:t}Uger[1]", []
    for n, (week, mon, tue, fri) in enumerate((("32/2026", "2", "", "1,5"), ("33/2026", "", "3", "")), 1):
        row = f"{root}/{{urn:t}}Uge[{n}]"
        values += [
            SourceValue(f"{row}/@nr", week, {"xpath": f"/t:Uger/t:Uge[{n}]/@nr"}),
            SourceValue(f"{row}/{{urn:t}}Man[1]", mon, {"xpath": f"/t:Uger/t:Uge[{n}]/t:Man"}),
            SourceValue(f"{row}/{{urn:t}}Tir[1]", tue, {"xpath": f"/t:Uger/t:Uge[{n}]/t:Tir"}),
            SourceValue(f"{row}/@fre", fri, {"xpath": f"/t:Uger/t:Uge[{n}]/@fre"}),
        ]
    extraction = Extraction("xml", tuple(values), {"root": "{urn:t}Uger", "nsmap": {"t": "urn:t"}})
    mapped = map_form(extraction, grid, SHA, "t.xml", "159")
    assert mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "3.5"},
        {"week": "2026-W33", "hours": "3.0"},
    ]
    assert [e.locator["xpath"] for e in mapped.provenance if e.path == "entries[0].hours"] == [
        "/t:Uger/t:Uge[1]/t:Man",
        "/t:Uger/t:Uge[1]/t:Tir",
        "/t:Uger/t:Uge[1]/@fre",
    ]


def pdf(**values: str) -> Extraction:
    return Extraction("pdf", tuple(SourceValue(k, v, {"page": 1}) for k, v in values.items()), {"pages": 1})


def test_pdf_fields_of_a_numbered_row_are_added_up_and_a_bad_one_named(tmp_path: Path) -> None:
    grid = form(tmp_path, "pdf", 'fields = ["Uge1"]', "repeat = 3", "Uge{n}", '["Man{n}", "Tir{n}"]')
    rows = {"Uge1": "uge 10 2026", "Man1": "4", "Tir1": "", "Uge2": "", "Man2": "", "Tir2": ""}
    rows |= {"Uge3": "11/2026", "Man3": "1", "Tir3": "2,5"}
    mapped = map_form(pdf(**rows), grid, SHA, "t.pdf", "159")
    assert mapped.record["entries"] == [
        {"week": "2026-W10", "hours": "4.0"},
        {"week": "2026-W11", "hours": "3.5"},
    ]
    assert mapped.record["total_hours"] == "7.5"
    assert [e.source_key for e in mapped.provenance if e.path == "entries[1].hours"] == ["Man3", "Tir3"]
    with pytest.raises(Rejection) as info:
        map_form(pdf(**(rows | {"Tir3": "to"})), grid, SHA, "t.pdf", "159")
    (problem,) = info.value.problems
    assert problem.locator == 'field "Tir3" on page 1'
    assert problem.reason_en.startswith("hours written in words only, with no figure: 'to'")


def check_output(tmp_path: Path, edit: tuple[str, str]) -> str:
    folder, golden = tmp_path / "configs", tmp_path / "golden"
    folder.mkdir()
    golden.mkdir()
    text = (TRIAL / "config" / "fanoe.toml").read_text(encoding="utf-8")
    assert edit[0] in text
    (folder / "fanoe.toml").write_text(text.replace(*edit), encoding="utf-8")
    result = CliRunner().invoke(check, ["--dir", str(folder), "--golden", str(golden)])
    assert result.exit_code != 0
    return result.output


GRID_HOURS = (
    'sources = ["Man", "Tir", "Ons", "Tor", "Fre"]\n    transforms = [{ name = "sum", empty_is_zero = true }]'
)
WHERE = "fanoe.toml: forms[1].lists[0]"


@pytest.mark.parametrize(
    ("replacement", "english", "danish"),
    [
        (
            'sources = "Man"\n    transforms = ["sum"]',
            f"{WHERE}.fields[1].sources: Not a valid list.",
            f"{WHERE}.fields[1].sources: Forkert type.",
        ),
        (
            'sources = ["Man", 2]\n    transforms = ["sum"]',
            f"{WHERE}.fields[1].sources[1]: Not a valid string.",
            f"{WHERE}.fields[1].sources[1]: Ikke en gyldig tekst.",
        ),
        (
            'sources = ["Man", "Tir"]\n    transforms = [{ name = "sum", empty_is_zero = "ja" }]',
            f"{WHERE}.fields[1].transforms[0].empty_is_zero: Not a valid boolean.",
            f"{WHERE}.fields[1].transforms[0].empty_is_zero: Ikke sand eller falsk (true/false).",
        ),
        (
            'sources = ["Man", "Tir"]\n    transforms = [{ name = "sum", empty = 0 }]',
            f"{WHERE}.fields[1].transforms[0].empty: unknown key",
            f"{WHERE}.fields[1].transforms[0].empty: ukendt nøgle",
        ),
        (
            'sources = ["Man", "Tir", "Man"]\n    transforms = ["sum"]',
            f"{WHERE}.fields[1].sources[2]: 'Man' is named twice",
            f"{WHERE}.fields[1].sources[2]: 'Man' er nævnt to gange",
        ),
        (
            'source = "Man"\n    sources = ["Man", "Tir"]\n    transforms = ["sum"]',
            f"{WHERE}.fields[1].sources: give source or sources, not both",
            f"{WHERE}.fields[1].sources: angiv source eller sources, ikke begge",
        ),
        (
            'sources = ["Man", "Tir"]\n    transforms = ["hours", "sum"]',
            f"{WHERE}.fields[1].transforms[0]: "
            "with sources, the first transform must be join, checked, sum, last_day or hours_minutes",
            f"{WHERE}.fields[1].transforms[0]: med sources skal den første transformation være join, "
            "checked, sum, last_day eller hours_minutes",
        ),
        (
            'source = "Man"\n    transforms = ["sum"]',
            f"{WHERE}.fields[1].transforms[0]: 'sum' combines several sources: give sources = [...] "
            "(a column, field or element each)",
            f"{WHERE}.fields[1].transforms[0]: 'sum' samler flere kilder: angiv sources = [...] "
            "(en kolonne, et felt eller et element hver)",
        ),
    ],
)
def test_hub_adapters_check_says_what_is_wrong_with_sources_in_both_languages(
    tmp_path: Path, replacement: str, english: str, danish: str
) -> None:
    output = check_output(tmp_path, (GRID_HOURS, replacement))
    english_part, _, danish_part = output.partition("på dansk:")
    assert english in english_part.splitlines()
    assert danish in danish_part.splitlines()


def test_hub_adapters_check_refuses_a_column_named_by_both_table_and_sources(tmp_path: Path) -> None:
    output = check_output(tmp_path, ('table = { week = "Uge" }', 'table = { week = "Uge", hours = "Timer" }'))
    assert (
        f"{WHERE}.fields[1].sources: table names the column 'Timer' for 'hours': give the columns in table "
        "or in sources, not both"
    ) in output.splitlines()


def test_a_stop_rule_may_name_a_column_of_the_sum(tmp_path: Path) -> None:
    """`blank` names one of the table's columns, and a weekday column is one (else: not a column)."""
    config = trial_config(
        tmp_path,
        "fanoe",
        ('table = { week = "Uge" }', 'table = { week = "Uge" }\n  stop = { blank = "Uge" }'),
    )
    assert config.form("mentor_hours_grid").lists[0].headers == ["Uge", "Man", "Tir", "Ons", "Tor", "Fre"]
    with pytest.raises(
        ConfigError, match=r"'Lør' is not a column of this table \(Uge, Man, Tir, Ons, Tor, Fre\)"
    ):
        trial_config(
            tmp_path,
            "fanoe",
            ('table = { week = "Uge" }', 'table = { week = "Uge" }\n  stop = { blank = "Lør" }'),
        )


def test_a_grid_inside_each_item_of_a_table_of_items(tmp_path: Path) -> None:
    """One citizen a group of rows (`[forms.items] key`, `group`): each item's weeks added up alone."""
    body = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "csv"
  [forms.recognise]
  contains = ["Uge"]
  [forms.items]
  key = "CPR"
  group = true
  [[forms.fields]]
  path = "citizen.cpr"
  source = "column:CPR"
  transforms = ["digits"]
""" + GRID_LIST.format(kind='table = { week = "Uge" }', week="Uge", days='["Man", "Tir"]')
    grid = form_of(tmp_path, body)
    data = b"CPR;Uge;Man;Tir\n0101901234;10/2026;2;\n0101901234;11/2026;;3\n0202902345;10/2026;1;1,5\n"
    items = map_items(extract(data, "t.csv", READ_OPTIONS), grid, SHA, "t.csv", "159")
    records = [item.mapped.record for item in items if item.mapped is not None]
    assert [(r["citizen"]["cpr"], r["entries"], r["total_hours"]) for r in records] == [
        ("0101901234", [{"week": "2026-W10", "hours": "2.0"}, {"week": "2026-W11", "hours": "3.0"}], "5.0"),
        ("0202902345", [{"week": "2026-W10", "hours": "2.5"}], "2.5"),
    ]


def test_a_day_column_the_document_lacks_is_named(tmp_path: Path) -> None:
    """A grid whose header misspells a day: the document is refused naming the column, not only listing
    every header the table needs."""
    config = trial_config(tmp_path, "fanoe")
    data = FANOE_GRID.read_bytes().replace(b"Uge;Man;Tir;Ons", b"Uge;Man;Tirs;Ons")
    (problem,) = problems(config, data, FANOE_GRID.name)
    assert problem.reason_en == "no header row with: Uge, Man, Tir, Ons, Tor, Fre; row 8 has all but: Tir"
    assert problem.reason_da == (
        "ingen overskriftsrække med: Uge, Man, Tir, Ons, Tor, Fre; række 8 har dem alle undtagen: Tir"
    )
