"""An empty element whose attributes hold a record's values (`<borger cpr="..." navn="..."/>`, as R's
xml2 writes what a script sets with `xml_add_child(node, "borger", cpr = ..., navn = ...)`): its name
says the citizen, so the draft offered it as the name a mentor_hours record may hold (optional), beside
its attribute `@navn` offered so too. Taken in as both notes said, the two clashed on `citizen.name` and
the draft was refused whole (the fifty-fourth trial). The element is no value of its own: said so, as a
field the record needs already was (decision 0060, "Stop 68: trial-112")."""

from __future__ import annotations

from pathlib import Path

from onboarding_trial import cleared
from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records


def _export(borger: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mentortimer>
  <forloeb>
    {borger}
    <praktiksted pnr="1023847561">Slangerup Tømrer</praktiksted>
    <mentor>Jesper Holm</mentor>
    <besoeg dato="2027-03-15" timer="1,5">Opstart</besoeg>
    <besoeg dato="2027-03-23" timer="2">Samtale</besoeg>
    <godkendt af="Jesper Holm">2027-03-31</godkendt>
  </forloeb>
</mentortimer>
""".encode()


def test_an_empty_element_beside_its_attributes_is_no_optional_value(tmp_path: Path) -> None:
    data = _export('<borger cpr="2403922716" navn="Nikolaj Brink"/>')
    text = draft_of(data, "mentortimer.xml")
    assert "looks like citizen.name, but the element is empty: its attributes hold values" in text
    record = canonical_records(drafted_config(cleared(text), tmp_path), data, "mentortimer.xml")
    assert record["citizen"] == {"cpr": "2403922716", "name": "Nikolaj Brink"}


def test_an_element_holding_the_name_is_still_offered() -> None:
    text = draft_of(_export('<borger cpr="2403922716">Nikolaj Brink</borger>'), "mentortimer.xml")
    assert "looks like citizen.name, which a mentor_hours record may hold (optional) (seen: Nikolaj" in text
