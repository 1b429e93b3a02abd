"""Many records in one document: one item per numbered group (pdf), element (xml) or row or group of
rows (csv/xlsx), each mapped alone; the document's own values shared; unfilled items skipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_mapping import HEAD

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers.base import Extraction, SourceValue
from hub.errors import ConfigError, Rejection

SHA = "cd" * 32


def form(tmp_path: Path, body: str) -> FormConfig:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return load_config_file(path).forms[0]


def sheet(rows: list[list[str]], name: str = "Ark1") -> Extraction:
    values = [
        SourceValue(f"{name}!{chr(65 + c)}{r}", text, {"sheet": name, "row": r, "col": c + 1})
        for r, row in enumerate(rows, start=1)
        for c, text in enumerate(row)
        if text != ""
    ]
    return Extraction("xlsx", tuple(values), {"sheets": [name]})


TIMESHEETS = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "xlsx"
  [forms.recognise]
  fields = ["next:Underskrevet af"]
  [forms.items]
  key = "CPR-nr."
  group = true
  [[forms.fields]]
  path = "citizen.cpr"
  source = "column:CPR-nr."
  transforms = ["digits"]
  prefilled = true
  [[forms.fields]]
  path = "site.p_number"
  source = "column:P-nr."
  prefilled = true
  [[forms.fields]]
  path = "mentor.name"
  source = "next:Mentor"
  [[forms.lists]]
  path = "entries"
  table = { week = "Uge", hours = "Timer" }
    [[forms.lists.fields]]
    key = "week"
    transforms = ["week"]
    prefilled = true
    [[forms.lists.fields]]
    key = "hours"
    transforms = ["hours"]
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.fields]]
  path = "signed_by"
  source = "next:Underskrevet af"
  [[forms.fields]]
  path = "signed_on"
  source = "next:Dato for underskrift"
  transforms = ["date"]
"""

ROWS = [
    ["Mentor", "Mads Eksempel"],
    [],
    ["CPR-nr.", "P-nr.", "Uge", "Timer"],
    ["010190-1234", "1900000101", "2026-W32", "3"],
    ["010190-1234", "1900000101", "2026-W33", "2,5"],
    ["020285-4321", "1900000101", "2026-W32", ""],  # printed for this citizen, nothing filled in
    ["030377-1122", "1900000101", "2026-W32", "tre"],  # a bad row: rejected alone
    ["040466-3344", "1900000101", "2026-W32", "1"],
    [],
    ["Underskrevet af", "Mads Eksempel"],
    ["Dato for underskrift", "01.09.2026"],
]


def test_rows_grouped_by_key_become_one_record_each(tmp_path: Path) -> None:
    found = map_items(sheet(ROWS), form(tmp_path, TIMESHEETS), SHA, "timer.xlsx", "159")
    assert [(i.position, i.label_en, i.label_da) for i in found] == [
        (1, "rows 4–5", "rækkerne 4–5"),
        (3, "row 7", "række 7"),
        (4, "row 8", "række 8"),
    ]
    first = found[0].mapped
    assert first is not None
    assert first.record == {
        "form_type": "mentor_hours",
        "schema_version": 1,
        "municipality_code": "159",
        "mentor": {"name": "Mads Eksempel"},
        "signed_by": "Mads Eksempel",
        "signed_on": "2026-09-01",
        "citizen": {"cpr": "0101901234"},
        "site": {"p_number": "1900000101"},
        "entries": [{"week": "2026-W32", "hours": "3.0"}, {"week": "2026-W33", "hours": "2.5"}],
        "total_hours": "5.5",
    }
    cells = {(p.path, p.locator.get("cell")) for p in first.provenance}
    assert {("citizen.cpr", "A4"), ("entries[1].hours", "D5"), ("signed_by", "B10")} <= cells
    bad = found[1]
    assert bad.mapped is None
    assert [(p.item, p.item_da, p.field) for p in bad.problems] == [("row 7", "række 7", "entries[0].hours")]
    assert "række 7" in bad.problems[0].describe("da")
    assert found[2].mapped is not None and found[2].mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "1.0"}
    ]


def test_a_problem_with_the_document_itself_rejects_it_whole(tmp_path: Path) -> None:
    rows = [*ROWS[:-1], ["Dato for underskrift", "32.09.2026"]]
    with pytest.raises(Rejection) as caught:
        map_items(sheet(rows), form(tmp_path, TIMESHEETS), SHA, "timer.xlsx", "159")
    assert [p.field for p in caught.value.problems] == ["signed_on"]


def test_a_document_with_nothing_filled_in_is_rejected(tmp_path: Path) -> None:
    rows = [[*r[:3], ""] if len(r) == 4 and r[0] != "CPR-nr." else r for r in ROWS]
    with pytest.raises(Rejection, match="no filled-in items"):
        map_items(sheet(rows), form(tmp_path, TIMESHEETS), SHA, "timer.xlsx", "159")


PDF_ITEMS = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "pdf"
  [forms.recognise]
  fields = ["skema"]
  [forms.items]
  repeat = 50
  [[forms.fields]]
  path = "participant_id"
  source = "d{i}_id"
  prefilled = true
  [[forms.fields]]
  path = "mentor.name"
  source = "d{i}_mentor"
  prefilled = true
  [[forms.lists]]
  path = "entries"
  repeat = 6
    [[forms.lists.fields]]
    key = "week"
    source = "d{i}_uge{n}"
    transforms = ["week"]
    prefilled = true
    [[forms.lists.fields]]
    key = "hours"
    source = "d{i}_timer{n}"
    transforms = ["hours"]
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.fields]]
  path = "signed_by"
  source = "underskrevet_af"
  nullable = true
  [[forms.fields]]
  path = "signed_on"
  source = "underskrevet_dato"
  transforms = ["date"]
  nullable = true
"""


def pdf(**values: str) -> Extraction:
    return Extraction("pdf", tuple(SourceValue(k, v, {"page": 1}) for k, v in values.items()), {"pages": 1})


def test_numbered_groups_of_pdf_fields_are_items_and_weeks_printed_but_unfilled_are_skipped(
    tmp_path: Path,
) -> None:
    document = pdf(
        skema="mentor_hours",
        d1_id="P-AAAAAAAAAAA",
        d1_mentor="Mads",
        d1_uge1="2026-W32",
        d1_timer1="3",
        d1_uge2="2026-W33",
        d1_timer2="",
        d2_id="P-BBBBBBBBBBB",
        d2_mentor="Mads",
        d2_uge1="2026-W32",
        d2_timer1="",
        underskrevet_af="",
        underskrevet_dato="",
    )
    found = map_items(document, form(tmp_path, PDF_ITEMS), SHA, "firma.pdf", "")
    assert [(i.position, i.label_en) for i in found] == [(1, "group 1")]
    record = found[0].mapped.record if found[0].mapped else {}
    assert record["participant_id"] == "P-AAAAAAAAAAA"
    assert record["entries"] == [{"week": "2026-W32", "hours": "3.0"}]
    assert (record["signed_by"], record["signed_on"]) == (None, None)


XML_ITEMS = """
[[forms]]
id = "eksport"
form_type = "progress_report"
format = "xml"
  [forms.reader]
  namespaces = { e = "urn:eksport" }
  [forms.recognise]
  root = "{urn:eksport}Eksport"
  [forms.items]
  rows = "/e:Eksport/e:Borger"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "e:CPR"
  [[forms.fields]]
  path = "site.p_number"
  source = "/e:Eksport/@pnr"
  [[forms.fields]]
  path = "measured_on"
  source = "e:Dato"
  transforms = ["date"]
  [[forms.fields]]
  path = "scores.attendance"
  source = "e:Score[1]"
  transforms = ["integer"]
  [[forms.fields]]
  path = "scores.punctuality"
  source = "e:Score[2]"
  transforms = ["integer"]
  [[forms.fields]]
  path = "scores.cooperation"
  source = "e:Score[3]"
  transforms = ["integer"]
  [[forms.fields]]
  path = "scores.task_solving"
  source = "e:Score[4]"
  transforms = ["integer"]
  [[forms.fields]]
  path = "scores.independence"
  source = "e:Score[5]"
  transforms = ["integer"]
"""


def xml(citizens: list[tuple[str, str, list[str]]]) -> Extraction:
    root = "/{urn:eksport}Eksport[1]"
    values = [SourceValue(f"{root}/@pnr", "1900000301", {})]
    for n, (cpr, day, scores) in enumerate(citizens, start=1):
        base = f"{root}/{{urn:eksport}}Borger[{n}]"
        values.append(SourceValue(f"{base}/{{urn:eksport}}CPR[1]", cpr, {}))
        values.append(SourceValue(f"{base}/{{urn:eksport}}Dato[1]", day, {}))
        values += [SourceValue(f"{base}/{{urn:eksport}}Score[{k}]", s, {}) for k, s in enumerate(scores, 1)]
    return Extraction("xml", tuple(values), {"root": "{urn:eksport}Eksport", "nsmap": {"e": "urn:eksport"}})


def test_one_element_per_citizen_with_relative_paths(tmp_path: Path) -> None:
    document = xml(
        [
            ("0101901234", "15.09.2026", ["4", "3", "4", "3", "2"]),
            ("0202851234", "16.09.2026", ["5", "5", "5", "x", "5"]),
        ]
    )
    found = map_items(document, form(tmp_path, XML_ITEMS), SHA, "eksport.xml", "540")
    assert [i.label_en for i in found] == ["/Eksport[1]/Borger[1]", "/Eksport[1]/Borger[2]"]
    good = found[0].mapped
    assert good is not None and good.record["scores"] == {
        "attendance": 4,
        "punctuality": 3,
        "cooperation": 4,
        "task_solving": 3,
        "independence": 2,
    }
    assert good.record["site"] == {"p_number": "1900000301"}
    assert [p.field for p in found[1].problems] == ["scores.task_solving"]


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ('rows = "/e:X"', "a pdf form names its items with 'repeat'"),
        ('repeat = 3\n  key = "A"', "give exactly one of repeat, rows, key"),
        ("repeat = 3\n  group = true", "group goes with key"),
    ],
)
def test_an_item_rule_that_does_not_fit_is_a_config_error(tmp_path: Path, items: str, message: str) -> None:
    body = PDF_ITEMS.replace("repeat = 50", items)
    with pytest.raises(ConfigError, match=message):
        form(tmp_path, body)


def test_item_selectors_need_items(tmp_path: Path) -> None:
    body = PDF_ITEMS.replace("  [forms.items]\n  repeat = 50\n", "")
    with pytest.raises(ConfigError, match=r"\{i\} numbers the items"):
        form(tmp_path, body)
    with pytest.raises(ConfigError, match="column: reads an item's row"):
        form(tmp_path, TIMESHEETS.replace('  [forms.items]\n  key = "CPR-nr."\n  group = true\n', ""))
