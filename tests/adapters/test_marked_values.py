"""A value the PDF reader marked is refused at its field however `Reader.read` looks for marks first
(`marked_values`): one look at a value's keys must see every mark the checks refuse it for."""

from __future__ import annotations

from typing import Any

import pytest

from hub.adapters.mapping.marked_values import any_marked
from hub.adapters.mapping.reading import Reader
from hub.adapters.readers.base import SourceValue

PLAIN = {"page": 1, "type": "text", "tooltip": "Navn", "states": [], "label": "Navn"}

# Each mark alone on an otherwise plain field, as the PDF reader writes it (`pdf_shown`, `pdf_values`).
MARKED: list[tuple[str | None, dict[str, Any]]] = [
    (None, {"shown_only": True}),  # the page shows text the field never saved
    ("Ja", {"values_apart": [[1, "Ja"], [2, "Nej"]]}),  # its boxes on two pages hold different values
    ("Måske", {"off_list": ["Måske"]}),  # a list's saved value is none of its lines
    ("Mette Hansen", {"shown_text": "Morten Nielsen"}),  # the box draws another text than its value
    ("Yes", {"type": "checkbox", "states": ["Off", "Yes"], "shown_state": "Off"}),  # ticked, shown not
    ("signed", {"type": "signature"}),  # a signature field read as a text
]


def _read(value: str | None, meta: dict[str, Any]) -> tuple[Any, Reader]:
    reader = Reader("pdf", "form.pdf", "placement", "0" * 64)
    source = SourceValue("Tekstfelt1", value, {**PLAIN, **meta})
    read, _ = reader.read("citizen.name", ["Tekstfelt1"], (), {"Tekstfelt1": source}.get)
    return read, reader


@pytest.mark.parametrize(("value", "mark"), MARKED)
def test_a_marked_value_is_refused_at_its_field(value: str | None, mark: dict[str, Any]) -> None:
    source = SourceValue("Tekstfelt1", value, {**PLAIN, **mark})
    assert any_marked([("Tekstfelt1", source)])
    read, reader = _read(value, mark)
    assert read is None
    assert [p.field for p in reader.problems] == ["citizen.name"]


def test_a_plain_value_is_read_as_it_is() -> None:
    assert not any_marked([("Tekstfelt1", SourceValue("Tekstfelt1", "Morten Nielsen", PLAIN)), ("x", None)])
    read, reader = _read("Morten Nielsen", {})
    assert (read, reader.problems) == ("Morten Nielsen", [])
