"""Stop 74, fuzz-136 (decision 0064): the seventy-first trial's forms fuzzed (Odense: Ruby's Ox XML, a Lua
script's CSV). Ruby's and Lua's `nil` is no value, as `null` and `None` are; a document too large for the
references to its own parts says so; and the fuzzer's loose ends: `acroform` on a form whose /AcroForm
lists no fields, and pikepdf's PageCopyWarning when `objstm` and `incremental` save Hjørring's form."""

from __future__ import annotations

import io
import random
from typing import Any

import pikepdf
import pytest
from simulator_support import fixture_script
from test_fuzz_forms_fuzz116 import _expected, _once, _read, _refused, _seed, _trial

import hub.adapters.readers.xml as xml_reader
from hub.adapters.readers.xml import read_xml
from hub.errors import Rejection

fuzz_forms = fixture_script("fuzz_forms")
HJOERRING = fuzz_forms.ROOT / "tests" / "onboarding" / "golden" / "hjoerring" / "praktikaftale.pdf"


def test_odense_is_drawn_from_seed_101_and_the_seeds_after_draw_no_later_trial() -> None:
    assert not fuzz_forms._in_pool(_trial("odense"), 100)
    assert fuzz_forms._in_pool(_trial("odense"), 101) and fuzz_forms._in_pool(_trial("odense"), 102)
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 102)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)


def test_lua_and_rubys_nil_is_no_value() -> None:
    # tostring(nil) for a visit not yet approved: read as a signer "nil" before
    rows = _seed("odense", "mentortimer.csv").replace(
        b"false;19-10-2027;3.00;;;", b"false;19-10-2027;3.00;;nil;"
    )
    records: Any = _read("odense", "mentortimer.csv", rows)
    assert records[1]["signed_by"] is None
    xml = _seed("odense", "statusudtalelser.xml")
    note = _once(xml, b"<note/>", b"<note>nil</note>")
    assert _read("odense", "statusudtalelser.xml", note) == _expected("odense", "statusudtalelser")
    name = _once(xml, "Åse Kjærgaard Mikkelsen".encode(), b"nil")
    problem = _refused("odense", "statusudtalelser.xml", name).problems[0]
    assert problem.field == "citizen.name" and "'nil'" in problem.reason_en and "'nil'" in problem.reason_da


_FIRST_APPROVAL = "1.50;Opstart;Lise Bøgh;2027-10-29 15:40".encode()
_SECOND_APPROVAL = "0.75;;Lise Bøgh;2027-10-29 15:40".encode()


def test_a_grouped_items_first_row_without_a_value_a_later_row_has_is_refused() -> None:
    # the record is read from the item's first row: its approval left out (or `nil`) was read as not
    # approved while the month's three other visits said approved on 29 October
    for none in (b"", b"nil"):
        data = _once(_seed("odense", "mentortimer.csv"), _FIRST_APPROVAL, _FIRST_APPROVAL[:-16] + none)
        problem = _refused("odense", "mentortimer.csv", data).problems[0]
        assert problem.locator == "row 3, column 11 (K3)" and problem.field == "signed_on"
        assert "first row (row 2) has no value under 'godkendt' and row 3 has one" in problem.reason_en
        assert "første række (række 2) har intet under 'godkendt', men række 3 har" in problem.reason_da


def test_a_later_rows_nil_says_nothing_as_a_blank_cell_does() -> None:
    data = _once(_seed("odense", "mentortimer.csv"), _SECOND_APPROVAL, _SECOND_APPROVAL[:-16] + b"nil")
    assert _read("odense", "mentortimer.csv", data) == _expected("odense", "mentortimer")


def _references(monkeypatch: pytest.MonkeyPatch, document: bytes) -> Rejection:
    monkeypatch.setattr(xml_reader, "MAX_VALUES", 2000)
    with pytest.raises(Rejection) as refused:
        read_xml(document, "a.xml")
    return refused.value


def test_a_document_its_references_make_too_large_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2 kB: a chain of 50 containers met 4,096 times through levels that each refer twice to the one below
    chain = b"<c>" * 50 + b"<v>1</v>" + b"</c>" * 50
    levels = [b"<l0>" + chain + b"</l0>"]
    levels += [b'<l%d><a reference="../../l%d"/><b reference="../../l%d"/></l%d>' % (i, i - 1, i - 1, i)
               for i in range(1, 13)]  # fmt: skip
    problem = _references(monkeypatch, b"<root>" + b"".join(levels) + b"</root>").problems[0]
    assert "references to its own parts make it too large to read" in problem.reason_en
    assert "henvisninger til sine egne dele gør det for stort at læse" in problem.reason_da
    assert "in parts" not in problem.reason_en and "i dele" not in problem.reason_da


def test_a_document_of_too_many_values_of_its_own_is_asked_for_in_parts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a guard: no reference, 2,001 values of its own
    problem = _references(monkeypatch, b"<root>" + b"<v>1</v>" * 2001 + b"</root>").problems[0]
    assert "export it in parts" in problem.reason_en and "henvisninger" not in problem.reason_da


def test_acroform_on_a_form_whose_acroform_lists_no_fields() -> None:
    acroform = fuzz_forms.MUTATORS["pdf"]["acroform"]
    lists = set()
    for index in range(12):  # each of the mutator's three choices
        mutant = acroform(HJOERRING.read_bytes(), random.Random(f"acroform{index}"))
        with pikepdf.open(io.BytesIO(mutant)) as pdf:
            form = pdf.Root.get("/AcroForm")
            fields = None if form is None else form.get("/Fields")
            lists.add(None if fields is None else f"{isinstance(fields, pikepdf.Array)} {len(fields)}")
    assert "True 0" in lists  # /Fields taken away where there were none: a list of none


@pytest.mark.parametrize("name", ["objstm", "incremental", "revised"])
def test_mutators_that_save_hjoerrings_form_again_warn_nothing(name: str) -> None:
    # the suite's `filterwarnings = error` makes pikepdf's PageCopyWarning (17 widgets no list reaches) a
    # failure: the mutators save so that it is not raised
    found = fuzz_forms.seeds()
    assert all(fuzz_forms.mutant(found, f"102/pdf/{name}/{i}@hjoerring")[1] for i in range(2))


def test_mutants_aimed_at_ox_and_lua_written_otherwise_are_read_as_the_seed() -> None:
    found = fuzz_forms.seeds()
    outcomes = []
    recipes = [f"102/xml/ox_layout/{i}@odense" for i in range(4)] + [
        "102/csv/lua/2@odense",
        "102/csv/lua/7@odense",
    ]
    for recipe in recipes:
        source, data = fuzz_forms.mutant(found, recipe)
        outcomes.append(fuzz_forms.run_one(source, data, recipe))
    # Ox's other indents and declarations, a Lua script's every cell quoted: read as the seed
    assert [(o.outcome, o.changed) for o in outcomes] == [("accepted", [])] * 6
