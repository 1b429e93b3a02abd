"""A document none of whose values the PDF reader marked is read without looking at each value for a mark
(`marked_values.none_marked`, `Reader.unmarked`): `hub reprocess` reads every kept form again, and those
looks were a tenth of its instructions. A document with one marked value anywhere is looked at value by
value, and the value is refused at its field as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from suggest_support import drafted_config

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping import source_refusals
from hub.adapters.mapping.form import map_form
from hub.adapters.mapping.marked_values import none_marked
from hub.adapters.readers.base import Extraction, SourceValue
from hub.errors import Rejection

FORMS = """
[[forms]]
id = "aftale"
form_type = "placement"
format = "pdf"
  [forms.recognise]
  fields = ["Navn"]
  [[forms.fields]]
  path = "citizen.name"
  source = "Navn"
  [[forms.fields]]
  path = "benefit"
  source = "Ydelse"
    [[forms.fields.transforms]]
    name = "map"
    values = { "Kontanthjælp" = "kontanthjaelp", "Sygedagpenge" = "sygedagpenge" }
"""

PLAIN = {"page": 1, "type": "text", "tooltip": "", "states": [], "label": ""}
LIST = {"page": 1, "type": "choice", "states": ["Kontanthjælp", "Sygedagpenge"]}

# Each mark a look of `Reader.read` refuses a value for, on the field it is read by, as the PDF reader
# writes it (`pdf_extract`): the field, its value and its keys.
MARKS: list[tuple[str, str | None, dict[str, Any]]] = [
    ("Navn", None, {"shown_only": True}),  # the page shows text the field never saved
    ("Navn", "Mette Hansen", {"shown_text": "Morten Nielsen"}),  # the box draws another text
    ("Navn", "Ja", {"values_apart": [[1, "Ja"], [2, "Nej"]]}),  # its boxes on two pages hold two values
    ("Navn", "signed", {"type": "signature"}),  # a signature field read as a text
    ("Navn", "true", {"unshown": ["boolean", "true", ""]}),  # a value no viewer shows as text
    ("Ydelse", "Måske", {**LIST, "off_list": ["Måske"]}),  # a saved value that is none of the list's lines
    ("Ydelse", "Kontanthjælp; Sygedagpenge", {**LIST, "chosen": ["Kontanthjælp", "Sygedagpenge"]}),
]


@pytest.fixture
def form(tmp_path: Path) -> FormConfig:
    return drafted_config(FORMS, tmp_path).forms[0]


def document(marked: str = "", value: str | None = None, mark: dict[str, Any] | None = None) -> Extraction:
    values = {"Navn": ("Morten Nielsen", PLAIN), "Ydelse": ("Sygedagpenge", LIST), "Note": ("", PLAIN)}
    if marked:
        values[marked] = (value, {**values[marked][1], **(mark or {})})
    return Extraction("pdf", tuple(SourceValue(k, v, m) for k, (v, m) in values.items()), {"pages": 1})


def test_a_document_with_no_marked_value_is_not_looked_at_value_by_value(
    form: FormConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    def looked(*_: object) -> None:
        raise AssertionError("a value was looked at for a mark")

    monkeypatch.setattr(source_refusals, "any_marked", looked)
    monkeypatch.setattr(source_refusals, "unshown_source", looked)
    for located in (False, True):
        mapped = map_form(document(), form, "ab" * 32, "aftale.pdf", "159", located=located)
        assert mapped.record["citizen"] == {"name": "Morten Nielsen"}
        assert mapped.record["benefit"] == "sygedagpenge"
    # a mark on a field this form does not read still has every value read looked at
    with pytest.raises(AssertionError, match="looked at for a mark"):
        map_form(document("Note", "x", {"shown_only": True}), form, "ab" * 32, "aftale.pdf", "159")


@pytest.mark.parametrize(("field", "value", "mark"), MARKS)
def test_a_marked_value_is_refused_at_its_field_in_any_document(
    form: FormConfig, field: str, value: str | None, mark: dict[str, Any]
) -> None:
    marked = document(field, value, mark)
    assert not none_marked(marked.values)
    for located in (False, True):
        with pytest.raises(Rejection) as rejection:
            map_form(marked, form, "ab" * 32, "aftale.pdf", "159", located=located)
        assert [problem.field for problem in rejection.value.problems] == [
            "citizen.name" if field == "Navn" else "benefit"
        ]
