"""A schema's objection to an XML document in words (`xsd_errors`, decision 0064): libxml2's English,
with Clark names and the whole value quoted, stood in the Danish reason too, and a namespaced element was
located as `/*/*[1]/*`. Read with Høje-Taastrup's mentor-hours schema and its golden form."""

from __future__ import annotations

import pytest
from conftest import ROOT
from lxml import etree

from hub.adapters.readers.safexml import load_xsd, validate
from hub.adapters.readers.xsd_errors import explain
from hub.errors import FieldProblem, Rejection

SCHEMA = ROOT / "config" / "municipalities" / "schemas" / "hoeje-taastrup" / "mentortimer.xsd"
FORM = ROOT / "tests" / "golden" / "hoeje-taastrup" / "mentor_hours.xml"
NS = "{urn:dk:hoeje-taastrup:jobcenter:praktik:1}"


def _problems(old: bytes, new: bytes, *more: bytes) -> list[FieldProblem]:
    """The schema's problems with the golden form with `old` replaced by `new` (and so on, in pairs)."""
    data = FORM.read_bytes()
    edits = [(old, new), *zip(more[::2], more[1::2], strict=True)]
    for was, now in edits:
        assert was in data
        data = data.replace(was, now, 1)
    tree = etree.fromstring(data)
    with pytest.raises(Rejection) as caught:
        validate(tree, load_xsd(SCHEMA), "timer.xml")
    for problem in caught.value.problems:
        said = problem.reason_en + problem.reason_da + problem.locator
        assert "facet" not in said and NS not in said and "Expected is" not in said and "/*" not in said
    return caught.value.problems


def test_a_value_not_of_the_schemas_form_is_quoted_cut_and_located() -> None:
    (problem,) = _problems(b"120388-4562", b"x" * 100_000)
    shown = "'" + "x" * 79 + "…'"  # as every message quotes a value (hub.quoting.MAX_QUOTED)
    assert (
        problem.reason_en
        == f"line 4: does not match the schema: the value {shown} does not have the form the schema asks for"
    )
    assert (
        problem.reason_da
        == f"linje 4: overholder ikke skemaet: værdien {shown} har ikke den form, skemaet kræver"
    )
    assert problem.locator == "/Mentortimer/Borger/CPRNummer"


def test_a_day_that_does_not_exist_is_said_to_be_no_date() -> None:
    (problem,) = _problems(b"<Dato>2026-08-06</Dato>", b"<Dato>2026-02-30</Dato>")
    assert problem.reason_en.endswith("the value '2026-02-30' is not a date (YYYY-MM-DD)")
    assert problem.reason_da.endswith("værdien '2026-02-30' er ikke en dato (ÅÅÅÅ-MM-DD)")
    assert problem.locator == "/Mentortimer/Registreringer/Dag[2]/Dato"


def test_an_element_out_of_place_names_what_was_expected() -> None:
    (problem,) = _problems(b"<Mentor>\n    <Navn>Mads Eksempel</Navn>\n  </Mentor>\n", b"")
    assert problem.reason_en.endswith("the element <Registreringer> does not belong here; expected: <Mentor>")
    assert problem.reason_da.endswith("elementet <Registreringer> hører ikke til her; forventet: <Mentor>")
    assert problem.locator == "/Mentortimer/Registreringer"


def test_an_objection_of_a_kind_not_known_is_said_without_libxml2s_words() -> None:
    en, da = explain("Element '{urn:x}Navn': Something libxml2 says of it that no one has seen.")
    assert (en, da) == (
        "the element <Navn> is not as the schema describes it",
        "elementet <Navn> er ikke, som skemaet beskriver",
    )


def test_an_element_of_another_namespace_is_said_to_be_so() -> None:
    # Its libxml2 path names a prefix the document does not bind: the XPath failed (3/xml/attribute/6).
    (problem,) = _problems(b"<Borger>", b'<x:Borger xmlns:x="urn:fuzz:other">', b"</Borger>", b"</x:Borger>")
    assert problem.reason_en.endswith("the element <Borger> is in another namespace than the schema's")
    assert problem.reason_da.endswith("elementet <Borger> står i et andet navnerum end skemaets")
    assert problem.locator == "/Mentortimer/x:Borger"


def test_the_values_a_schema_allows_are_listed_in_words() -> None:
    # libxml2 lists them as a set in Python's notation, "{'MG', 'G', 'M', 'UM', 'D'}" (48/xml/value/26).
    report = ROOT / "tests" / "golden" / "hoeje-taastrup" / "progress_report.xml"
    data = report.read_bytes().replace(b"<Fremmoede>G</Fremmoede>", b"<Fremmoede>X</Fremmoede>", 1)
    schema = load_xsd(ROOT / "config" / "municipalities" / "schemas" / "hoeje-taastrup" / "statusrapport.xsd")
    with pytest.raises(Rejection) as caught:
        validate(etree.fromstring(data), schema, "status.xml")
    (problem,) = caught.value.problems
    assert problem.reason_en.endswith("the value 'X' is not one of 'MG', 'G', 'M', 'UM' or 'D'")
    assert problem.reason_da.endswith("værdien 'X' er ikke en af 'MG', 'G', 'M', 'UM' eller 'D'")
    assert problem.locator == "/Statusrapport/Vurdering/Fremmoede"
    # One value allowed is that value.
    en, da = explain(
        "Element 'Ansat': [facet 'enumeration'] The value 'x' is not an element of the set {'ja'}."
    )
    assert (en, da) == ("the value 'x' is not 'ja'", "værdien 'x' er ikke 'ja'")
