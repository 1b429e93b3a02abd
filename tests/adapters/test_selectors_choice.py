"""Selectors that survive another month (issue 8, point 3): a label by occurrence or by its block, XPath
predicates, and form-level conditions."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_mapping import HEAD

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import map_form
from hub.adapters.mapping.selector_check import check_selector
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.readers.tabular import read_csv
from hub.adapters.readers.xml import read_xml
from hub.errors import ConfigError, Rejection

SHEET = """Mentortimer
Dato;Timer
03-08-2026;2
04-08-2026;1
Underskrevet af;Hans Jensen
Dato;01-09-2026
Attesteret af;Birgitte
Dato;02-09-2026
"""


def sheet(text: str = SHEET) -> SourceIndex:
    return SourceIndex(read_csv(text.encode(), "t.csv", delimiter=";"))


def test_a_label_printed_twice_names_neither_unless_the_selector_says_which() -> None:
    index = sheet()
    assert index.resolve("label:Dato") is None  # three "Dato" cells
    assert index.resolve("label:Dato#2").value == "01-09-2026"  # type: ignore[union-attr]
    assert index.resolve("label:Dato#3").value == "02-09-2026"  # type: ignore[union-attr]
    assert index.resolve("label:Dato#4") is None
    assert index.resolve("label:Underskrevet af > Dato").value == "01-09-2026"  # type: ignore[union-attr]
    assert index.resolve("label:Attesteret af > Dato").value == "02-09-2026"  # type: ignore[union-attr]
    assert index.resolve("label:Underskrevet af > Dato#2").value == "02-09-2026"  # type: ignore[union-attr]
    assert index.resolve("next:Underskrevet af > Dato").value == "01-09-2026"  # type: ignore[union-attr]
    assert index.resolve("label:Underskrevet af > Ukendt") is None
    assert index.resolve("label:Ukendt > Dato") is None


def test_a_block_survives_a_longer_month() -> None:
    longer = SHEET.replace("04-08-2026;1\n", "04-08-2026;1\n05-08-2026;2\n06-08-2026;3\n")
    assert sheet(longer).resolve("label:Underskrevet af > Dato").value == "01-09-2026"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("selector", "problem"),
    [
        ("label:Dato#2", None),
        ("label:Underskrevet af > Dato>2", None),
        (
            "label: > Dato",
            "a label in a block needs a text on both sides of '>': label:Underskrevet af > Dato",
        ),
        ("label:#2", "a label selector needs a text"),
    ],
)
def test_label_paths_are_checked(selector: str, problem: str | None) -> None:
    assert check_selector(selector, "csv") == problem


NS = "urn:example:roedovre"
XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<r:Eksport xmlns:r="{NS}">
  <r:Borger id="1"><r:Timer enhed="maaned">52</r:Timer><r:Timer enhed="uge">12</r:Timer>
    <r:Ydelse><r:Kode>KH</r:Kode></r:Ydelse></r:Borger>
  <r:Borger id="2"><r:Timer enhed="uge">15</r:Timer><r:Ydelse><r:Kode>SD</r:Kode></r:Ydelse></r:Borger>
  <r:Borger id="3"><r:Timer enhed="uge">9</r:Timer><r:Ydelse><r:Kode>KH</r:Kode></r:Ydelse></r:Borger>
</r:Eksport>
"""


def xml_index() -> SourceIndex:
    extraction: Extraction = read_xml(XML.encode(), "e.xml")
    return SourceIndex(extraction, namespaces={"r": NS})


def test_xpath_predicates_pick_by_attribute_child_and_position() -> None:
    index = xml_index()
    assert index.resolve("/r:Eksport/r:Borger/r:Timer[@enhed='uge']").value == "12"  # type: ignore[union-attr]
    assert index.resolve('/r:Eksport/r:Borger/r:Timer[@enhed="maaned"]').value == "52"  # type: ignore[union-attr]
    assert index.resolve("/r:Eksport/r:Borger[@id='2']/r:Timer").value == "15"  # type: ignore[union-attr]
    assert index.resolve("/r:Eksport/r:Borger[r:Ydelse/r:Kode='SD']/@id") is None  # one step deep only
    assert index.resolve("/r:Eksport/r:Borger[@id='3']/r:Ydelse/r:Kode").value == "KH"  # type: ignore[union-attr]
    assert index.resolve("/r:Eksport/r:Borger[@id='9']/r:Timer") is None
    assert index.resolve("/r:Eksport/r:Borger[2]/r:Timer[@enhed='uge']").value == "15"  # type: ignore[union-attr]
    rows = index.xml_rows("/r:Eksport/r:Borger[r:Timer='9']")
    assert [index.resolve("@id", row=key).value for key in rows] == ["3"]  # type: ignore[union-attr]
    rows = index.xml_rows("/r:Eksport/r:Borger[@id='1' ]")
    assert [index.resolve("r:Timer[@enhed='uge']", row=key).value for key in rows] == ["12"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("selector", "reason"),
    [
        ("/r:Eksport/r:Timer[@enhed='uge'", "an unclosed ["),
        ("/r:Eksport/r:Timer[@enhed=uge]", "predicate [@enhed=uge] in step"),
        ("/r:Eksport/r:Timer[last()]", "predicate [last()] in step"),
        ("/r:Eksport/r:Timer]", "a ']' without its '['"),
        ("/r:Eksport/r:Timer[1]x[2]", "text between predicates"),
        ("/r:Eksport/r:Timer[@enhed='uge']x", "not an xml path"),
    ],
)
def test_a_predicate_with_a_syntax_error_is_named(selector: str, reason: str) -> None:
    problem = check_selector(selector, "xml")
    assert problem is not None and reason in problem


FORM = """
[[forms]]
id = "eksport"
form_type = "placement_end"
format = "xml"
  [forms.recognise]
  root = "{urn:example:roedovre}Eksport"
  [forms.reader]
  namespaces = { r = "urn:example:roedovre" }
  [[forms.require]]
  source = "%s"
  %s
  [[forms.fields]]
  path = "citizen.cpr"
  value = "0101901234"
  [[forms.fields]]
  path = "site.p_number"
  value = "1900000101"
  [[forms.fields]]
  path = "ended_on"
  value = "2026-10-30"
  [[forms.fields]]
  path = "outcome"
  value = "education"
"""


def form(tmp_path: Path, source: str, test: str) -> FormConfig:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + FORM % (source, test), encoding="utf-8")
    return load_config_file(path).forms[0]


def test_a_condition_that_holds_lets_the_form_be_read(tmp_path: Path) -> None:
    config = form(tmp_path, "/r:Eksport/r:Borger[2]/r:Timer/@enhed", 'equals = "UGE"')
    mapped = map_form(read_xml(XML.encode(), "e.xml"), config, "ab" * 32, "e.xml", "159")
    assert mapped.record["outcome"] == "education"


@pytest.mark.parametrize(
    ("source", "test", "en", "da"),
    [
        (
            "/r:Eksport/r:Borger/r:Timer/@enhed",
            'equals = "uge"\n  reason = "hours per week"',
            "condition not met (hours per week): /r:Eksport/r:Borger/r:Timer/@enhed is 'maaned', "
            "expected 'uge'",
            "betingelse ikke opfyldt (hours per week): /r:Eksport/r:Borger/r:Timer/@enhed er 'maaned', "
            "forventet 'uge'",
        ),
        (
            "/r:Eksport/@version",
            'one_of = ["2", "3"]',
            "condition not met: nothing found at /r:Eksport/@version, expected one of '2', '3'",
            "betingelse ikke opfyldt: intet fundet ved /r:Eksport/@version, forventet en af '2', '3'",
        ),
        (
            "/r:Eksport/r:Borger/r:Ydelse/r:Kode",
            'matches = "S[DX]"',
            "condition not met: /r:Eksport/r:Borger/r:Ydelse/r:Kode is 'KH', expected a value matching S[DX]",
            "betingelse ikke opfyldt: /r:Eksport/r:Borger/r:Ydelse/r:Kode er 'KH', forventet en værdi, der "
            "passer til S[DX]",
        ),
    ],
)
def test_a_condition_that_fails_rejects_with_the_value_and_its_locator(
    tmp_path: Path, source: str, test: str, en: str, da: str
) -> None:
    with pytest.raises(Rejection) as info:
        map_form(read_xml(XML.encode(), "e.xml"), form(tmp_path, source, test), "ab" * 32, "e.xml", "159")
    (problem,) = info.value.problems
    assert (problem.reason_en, problem.reason_da) == (en, da)
    assert problem.locator.startswith("/r:Eksport") or problem.locator.startswith("/r:")


@pytest.mark.parametrize(
    ("source", "test", "message"),
    [
        (
            "/r:Eksport/r:Timer[@enhed=uge]",
            'equals = "uge"',
            "forms[0].require[0].source: predicate [@enhed=uge]",
        ),
        ("/r:Eksport/@version", 'equals = "1"\n  matches = "1"', "forms[0].require[0]: give exactly one of"),
        ("/r:Eksport/@version", 'matches = "(1"', "forms[0].require[0].matches: not a regular expression"),
        (
            "/r:Eksport/@version",
            "",
            "forms[0].require[0]: give exactly one of equals, one_of, matches (got none)",
        ),
    ],
)
def test_a_bad_condition_or_predicate_is_a_config_error_naming_its_key_path(
    tmp_path: Path, source: str, test: str, message: str
) -> None:
    with pytest.raises(ConfigError) as info:
        form(tmp_path, source, test)
    assert f"gladsaxe.toml: {message}" in str(info.value)


def test_label_blocks_read_an_xlsx_sheet_the_same_way() -> None:
    def cell(ref: str, row: int, col: int, text: str) -> SourceValue:
        return SourceValue(f"Ark1!{ref}", text, {"sheet": "Ark1", "row": row, "col": col})

    extraction = Extraction(
        "xlsx",
        (
            cell("A1", 1, 1, "Dato"),
            cell("B1", 1, 2, "Timer"),
            cell("A2", 2, 1, "03-08-2026"),
            cell("B2", 2, 2, "2"),
            cell("A3", 3, 1, "Underskrevet af"),
            cell("B3", 3, 2, "Hans Jensen"),
            cell("C3", 3, 3, "Dato"),
            cell("D3", 3, 4, "01-09-2026"),
        ),
        {"sheets": ["Ark1"]},
    )
    index = SourceIndex(extraction)
    assert index.resolve("label:Dato") is None
    assert index.resolve("label:Underskrevet af > Dato").key == "Ark1!D3"  # type: ignore[union-attr]
    assert index.resolve("label:Dato#2").key == "Ark1!D3"  # type: ignore[union-attr]
    assert index.resolve("below:Dato#1").key == "Ark1!A2"  # type: ignore[union-attr]
