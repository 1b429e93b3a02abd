"""Stop 73, fuzz-132 (decision 0064): the sixty-eighth to seventieth trials' forms fuzzed. Elements read
again through XStream's back references counted against the values' bound (a referent of containers met
thousands of times read for minutes); the PDF mutators reach the fields of a form whose /AcroForm lists
none (Hjørring's, on its page); a mutator aimed at back references."""

from __future__ import annotations

import io
import random
from typing import Any

import pikepdf
import pytest

import hub.adapters.readers.xml as xml_reader
from hub.adapters.readers.xml import read_xml
from hub.errors import Rejection
from tools import fuzz_forms
from tools.fuzz_forms import mutant, run_one, seeds
from tools.fuzz_forms_pdf import _terminals


def test_this_stops_trials_are_drawn_from_99() -> None:
    for slug in ("fredericia", "hjoerring", "aalborg"):
        assert fuzz_forms.TRIALS_FUZZED[slug] == 99
    assert fuzz_forms.FUZZED_THROUGH >= 100


def test_references_multiplying_a_deep_referent_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # l0 is a chain of 50 containers with one value; each level points twice at the one below: 4,096
    # copies of the chain, 204,800 elements to walk, 4,096 values
    monkeypatch.setattr(xml_reader, "MAX_VALUES", 2000)
    walked = 0
    of = xml_reader.Referents.of

    def counted(self: Any, element: Any, reading: Any) -> Any:
        nonlocal walked
        walked += 1
        return of(self, element, reading)

    monkeypatch.setattr(xml_reader.Referents, "of", counted)
    chain = b"<c>" * 50 + b"<v>1</v>" + b"</c>" * 50
    levels = [b"<l0>" + chain + b"</l0>"]
    levels += [b'<l%d><a reference="../../l%d"/><b reference="../../l%d"/></l%d>' % (i, i - 1, i - 1, i)
               for i in range(1, 13)]  # fmt: skip
    with pytest.raises(Rejection) as refused:
        read_xml(b"<root>" + b"".join(levels) + b"</root>", "a.xml")
    assert "more than 2,000 values" in refused.value.problems[0].reason_en
    assert walked < 2 * 2000 + 200  # the document's own elements and 2,000 read through references


def _values(data: bytes) -> dict[str, str]:
    """Each widget's name and value on the form's page."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return {str(a.T): repr(a.get("/V")) for a in pdf.pages[0].Annots if "/T" in a}


def test_a_form_whose_acroform_lists_no_fields_has_its_fields_mutated() -> None:
    found = seeds()
    source, data = mutant(found, "100/pdf/field_value/0@hjoerring")
    assert source.path.parent.name == "hjoerring" and data is not None
    before, after = _values(source.path.read_bytes()), _values(data)
    assert before.keys() == after.keys() and sum(before[k] != after[k] for k in before) == 1


def test_a_field_taken_off_a_page_without_a_list_of_fields() -> None:
    path = fuzz_forms.ROOT / "tests" / "onboarding" / "golden" / "hjoerring" / "praktikaftale.pdf"
    assert len(_terminals(pikepdf.open(path))) == 17
    field_gone = fuzz_forms.MUTATORS["pdf"]["field_gone"]
    mutants = [field_gone(path.read_bytes(), random.Random(f"gone{i}")) for i in range(12)]
    counts = {len(_values(m)) for m in mutants if m}
    assert 16 in counts  # one field gone from its page, the rest left


def test_mutants_aimed_at_back_references_are_read_or_refused_cleanly() -> None:
    found = seeds()
    outcomes = []
    for index in range(30):
        recipe = f"100/xml/reference/{index}@fredericia"
        source, data = mutant(found, recipe)
        if data is not None:
            outcomes.append(run_one(source, data, recipe))
    assert outcomes and all(o.outcome in ("accepted", "rejected") for o in outcomes)
    # a reference written by an absolute path or by XStream's id is read as the seed is
    assert any(o.outcome == "accepted" and not o.changed for o in outcomes)
    assert mutant(found, "100/xml/reference/0@aalborg")[1] is None  # no back reference in it
