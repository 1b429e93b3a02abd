"""A program's word for no value as a field's whole value in an XML or a CSV (decision 0060, "Stop 72:
fixes-123"): xml-js given `{ _text: undefined }` writes `<formaal>undefined</formaal>`, a template literal
or `String(x)` writes `null` into a cell. Næstved's trial forms (json2csv's visits, xml-js's agreements)
with such a word put in by hand: an optional field reads no value, a required one is refused at its
element, attribute or cell, saying what the word is. At `main` the purpose was "undefined" and the
signer "null", stored in silence. The records expected are Næstved's, written by hand
(`*.expected.json`), less the values the words replace.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from onboarding_trial import edited_config, trial_registry

from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection

GOLDEN = Path(__file__).parents[1] / "onboarding" / "golden" / "naestved"
XML = (GOLDEN / "praktikaftaler.xml").read_text(encoding="utf-8")
CSV = (GOLDEN / "mentortimer.csv").read_text(encoding="utf-8")


def _expected(name: str) -> list[dict[str, Any]]:
    return json.loads((GOLDEN / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _read(text: str, name: str) -> list[dict[str, Any]]:
    return canonical_records(trial_registry().get("naestved"), text.encode("utf-8"), name)


def _refused(text: str, name: str) -> list[Any]:
    with pytest.raises(Rejection) as raised:
        _read(text, name)
    return raised.value.problems


def _said(place: str, word: str) -> str:
    return (
        f"the {place} holds the word '{word}' where a value belongs: the program that made the file wrote"
        " it because the value was missing when the file was made; fill in the value where the file"
        " comes from and send it again"
    )


def test_an_optional_purpose_written_undefined_is_none() -> None:
    # the second agreement's `<formaal/>` as xml-js writes `{ _text: undefined }`: no purpose, as empty
    text = XML.replace("<formaal/>", "<formaal>undefined</formaal>")
    assert "<formaal>undefined</formaal>" in text
    assert _read(text, "praktikaftaler.xml") == _expected("praktikaftaler.expected.json")


def test_a_nullable_visitation_written_null_is_null() -> None:
    # the second agreement's `<visitation/>` (sygedagpenge) as xml-js writes `{ _text: null }`
    text = XML.replace("<visitation/>", "<visitation>null</visitation>")
    assert _read(text, "praktikaftaler.xml") == _expected("praktikaftaler.expected.json")


def test_a_required_name_written_undefined_is_refused_at_its_element() -> None:
    text = XML.replace("<navn>Jesper Holm Ærø</navn>", "<navn>undefined</navn>")
    (problem,) = _refused(text, "praktikaftaler.xml")
    assert (problem.locator, problem.field) == ("/praktikaftaler/aftale[1]/borger/navn", "citizen.name")
    assert problem.reason_en == _said("element", "undefined")
    assert problem.reason_da.startswith("elementet indeholder ordet 'undefined', hvor der skal stå en værdi")


def test_an_attribute_written_null_is_refused_as_an_attribute() -> None:
    # the mentor's employment, read through a map of "true" and "false": "no mapping for 'null'" at main
    text = XML.replace('virksomhedsmentor="false"', 'virksomhedsmentor="null"')
    (problem,) = _refused(text, "praktikaftaler.xml")
    assert problem.locator == "/praktikaftaler/aftale[2]/mentor/@virksomhedsmentor"
    assert problem.reason_en == _said("attribute", "null")
    assert problem.reason_da.startswith("attributten indeholder ordet 'null'")


def test_a_signer_written_null_is_refused_at_its_cell() -> None:
    # the first course's signer on each of its rows (2 to 4): the hours were signed by "null" at main
    lines = CSV.split("\n")
    lines[1:4] = [line.replace('"Lone Sørensen"', '"null"') for line in lines[1:4]]
    (problem,) = _refused("\n".join(lines), "mentortimer.csv")
    assert (problem.locator, problem.field) == ("row 2, column 10 (J2)", "signed_by")
    assert problem.reason_en == _said("cell", "null")
    assert problem.reason_da.startswith("cellen indeholder ordet 'null'")


def test_an_optional_employer_written_undefined_is_none() -> None:
    # the first course's employer, `Virksomhed` on its rows: left out, as Per Holm's empty one is
    text = CSV.replace('"Virksomhed"', '"undefined"')
    expected = _expected("mentortimer.expected.json")
    del expected[0]["mentor"]["employer"]
    assert _read(text, "mentortimer.csv") == expected


@pytest.mark.parametrize("name", ["Null", "Nan", "null og nul"])
def test_a_name_that_is_no_programs_spelling_is_read_as_written(name: str) -> None:
    """A guard: only the words as programs spell them are no value; a person named Nan signs."""
    lines = CSV.split("\n")
    lines[1:4] = [line.replace('"Lone Sørensen"', f'"{name}"') for line in lines[1:4]]
    assert _read("\n".join(lines), "mentortimer.csv")[0]["signed_by"] == name


def test_a_map_naming_the_word_reads_it_as_the_config_says(tmp_path: Path) -> None:
    """A config whose `map` names the word has said the program's word is a value of the form's."""
    config = edited_config(
        tmp_path,
        "naestved",
        lambda text: text.replace(
            'values = { Aktivitetsparat = "aktivitetsparat"',
            'values = { null = "jobparat", Aktivitetsparat = "aktivitetsparat"',
        ),
    )
    text = XML.replace("<visitation/>", "<visitation>null</visitation>")
    records = canonical_records(config, text.encode("utf-8"), "praktikaftaler.xml")
    assert [record.get("visitation") for record in records] == ["aktivitetsparat", "jobparat"]


def test_the_word_among_a_joins_parts_is_refused(tmp_path: Path) -> None:
    """A site's name joined from the company's and the workplace's: without its missing part it would be
    a wrong name, not none, so the word is refused at its element, not left out of the join."""
    config = edited_config(
        tmp_path,
        "naestved",
        lambda text: text.replace(
            'source = "virksomhed/arbejdssted"',
            'sources = ["virksomhed/navn", "virksomhed/arbejdssted"]\n'
            '  transforms = [{ name = "join", separator = ", " }]',
        ),
    )
    text = XML.replace("<navn>Maglemølle A/S</navn>", "<navn>undefined</navn>")
    with pytest.raises(Rejection) as raised:
        canonical_records(config, text.encode("utf-8"), "praktikaftaler.xml")
    # the company's own name reads the element too, and is refused as any required field is
    problem = {p.field: p for p in raised.value.problems}["site.name"]
    assert problem.locator == "/praktikaftaler/aftale[1]/virksomhed/navn"
    assert problem.reason_en == _said("element", "undefined")
