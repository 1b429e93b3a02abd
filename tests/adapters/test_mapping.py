"""Mapping extractions to canonical records: fields, lists, aggregation, compute, problems, provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import map_form
from hub.adapters.pipeline import require_complete
from hub.adapters.readers.base import Extraction, SourceValue
from hub.errors import ConfigError, Rejection

SHA = "ab" * 32
HEAD = """
config_version = 1
[municipality]
code = "159"
slug = "gladsaxe"
name = "Gladsaxe Kommune"
jobcentre = "Jobcenter Gladsaxe"
[audit]
claim_period = "month"
cpr_in_bundles = "masked"
retention_years = 5
"""


def form(tmp_path: Path, body: str) -> FormConfig:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return load_config_file(path).forms[0]


PLACEMENT = """
[[forms]]
id = "aftale"
form_type = "placement"
format = "pdf"
  [forms.recognise]
  fields = ["Tekstfelt1"]
  [[forms.fields]]
  path = "citizen.cpr"
  source = "Tekstfelt1"
  transforms = ["digits"]
  [[forms.fields]]
  path = "citizen.name"
  sources = ["Fornavn", "Efternavn"]
  transforms = ["join"]
  [[forms.fields]]
  path = "period.start"
  source = "tooltip:Startdato"
  transforms = ["date"]
  [[forms.fields]]
  path = "benefit"
  sources = ["cb_kh", "cb_sd"]
  transforms = [{ name = "checked", values = { cb_kh = "kontanthjaelp", cb_sd = "sygedagpenge" } }]
  [[forms.fields]]
  path = "mentor.employer"
  value = "company"
  [[forms.fields]]
  path = "purpose"
  source = "Bemaerkning"
  optional = true
  [[forms.fields]]
  path = "visitation"
  source = "Visitation"
  transforms = [{ name = "default", value = "unknown" }, "lower"]
"""


def pdf(**values: str | None) -> Extraction:
    meta = {"Startdato_felt": {"tooltip": "Startdato"}}
    return Extraction(
        "pdf",
        tuple(SourceValue(k, v, {"page": 1, **meta.get(k, {})}) for k, v in values.items()),
        {"pages": 1},
    )


def test_pdf_placement_record_and_provenance(tmp_path: Path) -> None:
    extraction = pdf(
        Tekstfelt1="010190-1234",
        Fornavn="Mette",
        Efternavn="Hansen",
        Startdato_felt="3/8-2026",
        cb_kh="Off",
        cb_sd="Yes",
        Bemaerkning="",
    )
    mapped = map_form(extraction, form(tmp_path, PLACEMENT), SHA, "vp.pdf", "159")
    assert mapped.record == {
        "form_type": "placement",
        "schema_version": 1,
        "municipality_code": "159",
        "citizen": {"cpr": "0101901234", "name": "Mette Hansen"},
        "period": {"start": "2026-08-03"},
        "benefit": "sygedagpenge",
        "mentor": {"employer": "company"},
        "visitation": "unknown",  # missing source: the default, then lower
    }
    by_path: dict[str, list[dict[str, object]]] = {}
    for entry in mapped.provenance:
        by_path.setdefault(entry.path, []).append(entry.to_dict())
    cpr = by_path["citizen.cpr"][0]
    assert cpr["document_sha256"] == SHA
    assert cpr["source_key"] == "Tekstfelt1" and cpr["raw_value"] == "010190-1234"
    assert cpr["transforms"] == ["digits"]
    assert cpr["locator"] == {
        "field": "Tekstfelt1",
        "page": 1,
        "text": {"en": 'field "Tekstfelt1" on page 1', "da": 'felt "Tekstfelt1" på side 1'},
    }
    assert [e["source_key"] for e in by_path["citizen.name"]] == ["Fornavn", "Efternavn"]
    assert [e["raw_value"] for e in by_path["benefit"]] == ["Off", "Yes"]
    assert by_path["benefit"][0]["transforms"] == [
        "checked(values={'cb_kh': 'kontanthjaelp', 'cb_sd': 'sygedagpenge'})"
    ]
    assert by_path["mentor.employer"][0]["locator"]["constant"] == "company"  # type: ignore[index]
    assert by_path["visitation"][0]["transforms"] == ["default(value='unknown')", "lower"]
    assert "purpose" not in by_path
    assert mapped.to_dict()["form_id"] == "aftale"


NO_SUCH_DAY = (
    "not a date: '32.08.2026' (August 2026 has 31 days)",
    "ikke en dato: '32.08.2026' (august 2026 har 31 dage)",
)


def test_all_problems_are_collected(tmp_path: Path) -> None:
    extraction = pdf(Tekstfelt1="  ", Fornavn="Mette", Startdato_felt="32.08.2026", cb_kh="Yes", cb_sd="Yes")
    with pytest.raises(Rejection) as info:
        map_form(extraction, form(tmp_path, PLACEMENT), SHA, "vp.pdf", "159")
    problems = [(p.field, p.locator, p.reason_en) for p in info.value.problems]
    assert problems == [
        ("citizen.cpr", 'field "Tekstfelt1" on page 1', "empty: a value is required"),
        ("citizen.name", "Efternavn", 'the form has no field named "Efternavn"'),
        ("period.start", 'field "Startdato_felt" ("Startdato") on page 1', NO_SUCH_DAY[0]),
        ("benefit", 'field "cb_kh" on page 1', "several boxes checked: cb_kh, cb_sd"),
    ]
    # Where, in Danish for the caseworker: the same places, said in Danish (a selector reads the same).
    assert [p.locator_da for p in info.value.problems] == [
        'felt "Tekstfelt1" på side 1',
        "Efternavn",
        'felt "Startdato_felt" ("Startdato") på side 1',
        'felt "cb_kh" på side 1',
    ]
    # The field in Danish words, as the upload page names it; the path stays in `field` (the contract).
    danish = 'vp.pdf / aftale / felt "Tekstfelt1" på side 1 / CPR-nummer: tom'
    assert info.value.message_da.startswith(danish)
    first = info.value.problems[0]
    assert (first.file, first.form, first.reason_da) == ("vp.pdf", "aftale", "tom: feltet skal udfyldes")
    assert info.value.problems[2].reason_da == NO_SUCH_DAY[1]


TABLE = """
[[forms]]
id = "timeseddel"
form_type = "mentor_hours"
format = "xlsx"
  [forms.recognise]
  contains = ["Mentortimer"]
  [forms.reader]
  sheet = "Timer"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "label:CPR-nr."
  transforms = ["digits"]
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = { date = "Dato", hours = "Timer" }
    [[forms.lists.fields]]
    key = "date"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    source = "Timer"
    transforms = ["hours"]
"""


def xlsx(rows: dict[int, dict[int, str]]) -> Extraction:
    letters = "ABCDEFGH"
    values = tuple(
        SourceValue(f"Timer!{letters[c - 1]}{r}", text, {"sheet": "Timer", "row": r, "col": c})
        for r, cols in rows.items()
        for c, text in cols.items()
    )
    return Extraction("xlsx", values, {"sheets": ["Forside", "Timer"]})


def test_table_with_trailer_aggregated_per_iso_week_and_summed(tmp_path: Path) -> None:
    extraction = xlsx(
        {
            1: {1: "Mentortimer"},
            2: {1: "CPR-nr.", 2: "010190-1234"},
            4: {1: "Dato", 2: "Timer", 3: "Note"},
            5: {1: "03.08.2026", 2: "1,5"},  # Monday of week 32
            6: {1: "07.08.2026", 2: "1,5", 3: "fredag"},  # Friday, week 32
            7: {1: "10.08.2026", 2: "3"},  # Monday of week 33
            8: {3: "only a note"},  # not a list column: the row is blank for the list
            9: {1: "Underskrift", 2: "Mette Hansen"},  # a trailer after the blank row: not an item
        }
    )
    mapped = map_form(extraction, form(tmp_path, TABLE), SHA, "timer.xlsx", "159")
    assert mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "3.0"},
        {"week": "2026-W33", "hours": "3.0"},
    ]
    assert mapped.record["total_hours"] == "6.0"
    week32 = [e for e in mapped.provenance if e.path == "entries[0].hours"]
    assert [(e.source_key, e.raw_value, e.transforms) for e in week32] == [
        ("Timer!B5", "1,5", ("hours", "sum")),
        ("Timer!B6", "1,5", ("hours", "sum")),
    ]
    assert week32[0].locator["sheet"] == "Timer" and week32[0].locator["cell"] == "B5"
    dates = [e for e in mapped.provenance if e.path == "entries[1].week"]
    assert [(e.source_key, e.transforms) for e in dates] == [("Timer!A7", ("date", "iso_week"))]
    (total,) = [e for e in mapped.provenance if e.path == "total_hours"]
    assert (total.raw_value, total.transforms) == ("6.0", ("sum:entries.hours",))


def test_a_workbook_without_the_forms_sheet_is_one_problem_not_one_per_field(tmp_path: Path) -> None:
    """The sheet renamed for the month ("Timer aug"): the form's sheet "Timer" is not there, said once,
    with the sheets it has, instead of "no cell says 'CPR-nr.'" for every field."""
    renamed = xlsx({2: {1: "CPR-nr.", 2: "1"}, 3: {1: "Dato", 2: "Timer"}, 4: {1: "3.8.2026", 2: "2"}})
    renamed = Extraction("xlsx", renamed.values, {"sheets": ["Forside", "Timer aug"]})
    with pytest.raises(Rejection) as info:
        map_form(renamed, form(tmp_path, TABLE), SHA, "t.xlsx", "159")
    (problem,) = info.value.problems
    assert problem.reason_en.startswith("it has no sheet 'Timer' (its sheets: 'Forside', 'Timer aug')")
    assert problem.reason_da.startswith("den har intet ark 'Timer' (dens ark: 'Forside', 'Timer aug')")
    assert (problem.file, problem.form) == ("t.xlsx", "timeseddel")


def test_a_form_whose_config_fills_no_required_field_blames_the_config_not_the_document(
    tmp_path: Path,
) -> None:
    """An onboarding review left out a required mapping: every document was then refused with "Feltet
    mangler" at a field the sender cannot fill. The document is now told it is the adapter's gap."""
    unfinished = form(
        tmp_path,
        TABLE.replace(
            'path = "citizen.cpr"\n  source = "label:CPR-nr."\n  transforms = ["digits"]\n'
            "  [[forms.fields]]\n  ",
            "",
        ),
    )
    # The test's table reads only what it tests; without its CPR rule, citizen.cpr is unfilled too.
    assert "citizen.cpr" in unfinished.unfilled and "citizen.cpr" not in form(tmp_path, TABLE).unfilled
    with pytest.raises(Rejection) as info:
        require_complete(unfinished, "t.xlsx")
    (problem,) = info.value.problems
    names = ", ".join(unfinished.unfilled)
    assert problem.reason_en.startswith(f"the hub's adapter for this form fills no field for {names}, so no")
    assert problem.reason_da.startswith(f"hubbens adapter til blanketten udfylder ikke {names}, så intet")
    assert (problem.file, problem.form) == ("t.xlsx", "timeseddel")


def test_table_without_header_and_bad_item(tmp_path: Path) -> None:
    with pytest.raises(Rejection) as info:
        map_form(xlsx({2: {1: "CPR-nr.", 2: "1"}}), form(tmp_path, TABLE), SHA, "t.xlsx", "159")
    assert [(p.field, p.reason_en) for p in info.value.problems] == [
        ("entries", "no header row with: Dato, Timer")
    ]
    with pytest.raises(Rejection) as bad:
        map_form(
            xlsx({2: {1: "CPR-nr.", 2: "1"}, 3: {1: "Dato", 2: "Timer"}, 4: {1: "3.8.2026"}}),
            form(tmp_path, TABLE),
            SHA,
            "t.xlsx",
            "159",
        )
    (problem,) = bad.value.problems
    # The blank cell of a filled row is named by its sheet and cell, not by the column's header.
    assert (problem.field, problem.locator, problem.reason_en) == (
        "entries[0].hours",
        'sheet "Timer", cell B4',
        "empty: a value is required",
    )


XML = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "xml"
  [forms.recognise]
  root = "{urn:m}Timeseddel"
  [forms.reader]
  namespaces = { m = "urn:m" }
  [[forms.fields]]
  path = "citizen.cpr"
  source = "/m:Timeseddel/@cpr"
  [[forms.lists]]
  path = "entries"
  rows = "/m:Timeseddel/m:Dag"
    [[forms.lists.fields]]
    key = "date"
    source = "m:Dato"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    source = "@timer"
    transforms = ["hours"]
"""


def test_xml_rows(tmp_path: Path) -> None:
    root = "/{urn:m}Timeseddel[1]"
    values = [SourceValue(f"{root}/@cpr", "0101901234", {"xpath": "/t:Timeseddel/@cpr"})]
    for n, (day, hours) in enumerate((("03.08.2026", "1"), ("12.08.2026", "2,5")), start=1):
        values.append(
            SourceValue(
                f"{root}/{{urn:m}}Dag[{n}]/{{urn:m}}Dato[1]",
                day,
                {"xpath": f"/t:Timeseddel/t:Dag[{n}]/t:Dato"},
            )
        )
        values.append(SourceValue(f"{root}/{{urn:m}}Dag[{n}]/@timer", hours, {}))
    extraction = Extraction("xml", tuple(values), {"root": "{urn:m}Timeseddel", "nsmap": {"t": "urn:m"}})
    mapped = map_form(extraction, form(tmp_path, XML), SHA, "t.xml", "163")
    assert mapped.record["municipality_code"] == "163"
    assert mapped.record["entries"] == [
        {"date": "2026-08-03", "hours": "1.0"},
        {"date": "2026-08-12", "hours": "2.5"},
    ]
    (second_date,) = [e for e in mapped.provenance if e.path == "entries[1].date"]
    assert second_date.locator["xpath"] == "/t:Timeseddel/t:Dag[2]/t:Dato"
    assert second_date.locator["text"] == {
        "en": "/t:Timeseddel/t:Dag[2]/t:Dato",
        "da": "/t:Timeseddel/t:Dag[2]/t:Dato",
    }


REPEAT = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "pdf"
  [forms.recognise]
  contains = ["Timeseddel"]
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  transforms = ["hours"]
  [[forms.lists]]
  path = "entries"
  repeat = 4
    [[forms.lists.fields]]
    key = "week"
    source = "Uge{n}"
    transforms = ["week"]
    [[forms.lists.fields]]
    key = "hours"
    source = "Timer{n}"
    transforms = ["hours"]
"""


def test_pdf_repeat_skips_blank_rows(tmp_path: Path) -> None:
    extraction = pdf(
        Titel="Timeseddel",
        Uge1="uge 32 2026",
        Timer1="3",
        Uge2="",
        Timer2="",
        Uge3="33/2026",
        Timer3="2,5",
        Uge4=None,
        Timer4=None,
    )
    mapped = map_form(extraction, form(tmp_path, REPEAT), SHA, "t.pdf", "159")
    assert mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "3.0"},
        {"week": "2026-W33", "hours": "2.5"},
    ]
    assert mapped.record["total_hours"] == "5.5"
    assert [e.source_key for e in mapped.provenance if e.path == "entries[1].hours"] == ["Timer3"]


def test_empty_list_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(Rejection) as info:
        map_form(pdf(Titel="Timeseddel"), form(tmp_path, REPEAT), SHA, "t.pdf", "159")
    assert [(p.field, p.reason_en) for p in info.value.problems] == [("entries", "no items found")]


def test_wrong_format_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(Rejection, match="the document is xml, form timer is pdf"):
        map_form(Extraction("xml", ()), form(tmp_path, REPEAT), SHA, "t.xml", "159")


SCORES = """
[[forms]]
id = "status"
form_type = "progress_report"
format = "pdf"
  [forms.recognise]
  fields = ["Fremmoede"]
  [[forms.fields]]
  path = "scores.attendance"
  source = "Fremmoede"
  transforms = ["integer"]
  [[forms.fields]]
  path = "note"
  sources = ["cb_akt", "cb_sd"]
  transforms = [{ name = "checked", values = { cb_akt = "aktivitetsparat", cb_sd = "" } }]
  nullable = true
"""


def test_integer_gives_an_int_and_nullable_gives_null(tmp_path: Path) -> None:
    mapped = map_form(
        pdf(Fremmoede="4,0", cb_akt="Off", cb_sd="Yes"), form(tmp_path, SCORES), SHA, "s.pdf", "159"
    )
    assert mapped.record["scores"] == {"attendance": 4}
    assert mapped.record["note"] is None
    assert [e.raw_value for e in mapped.provenance if e.path == "note"] == ["Off", "Yes"]
    ticked = map_form(
        pdf(Fremmoede="4", cb_akt="Yes", cb_sd="Off"), form(tmp_path, SCORES), SHA, "s.pdf", "159"
    )
    assert ticked.record["note"] == "aktivitetsparat"


def test_optional_and_nullable_exclude_each_other(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"forms\[0\].fields\[1\].nullable: choose optional"):
        form(tmp_path, SCORES.replace("nullable = true", "nullable = true\n  optional = true"))


HEADER_ROW = """
[[forms]]
id = "ophoer"
form_type = "placement_end"
format = "csv"
  [forms.recognise]
  contains = ["Ophør"]
  [[forms.fields]]
  path = "citizen.cpr"
  source = "under:CPR"
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  source = "under:Dato"
"""


def test_a_header_printed_twice_is_said_as_such_not_as_missing(tmp_path: Path) -> None:
    """'Dato' heads two columns: `under:Dato` reads neither, and the sender is told it is printed twice
    (as recognising says it), not that no cell says it."""
    rows = (("Ophør", "", ""), ("CPR", "Dato", "Dato"), ("0101901234", "03-08-2026", "04-08-2026"))
    values = tuple(
        SourceValue(f"{'ABC'[c]}{r + 1}", text, {"row": r + 1, "col": c + 1})
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
        if text
    )
    with pytest.raises(Rejection) as caught:
        map_form(Extraction("csv", values, {}), form(tmp_path, HEADER_ROW), SHA, "x.csv", "159")
    (problem,) = [p for p in caught.value.problems if p.field == "site.p_number"]
    assert problem.reason_en == "'Dato' is printed 2 times, and the form does not say which one it means"
    assert problem.reason_da == "'Dato' står 2 gange, og formularen siger ikke, hvilken den mener"
