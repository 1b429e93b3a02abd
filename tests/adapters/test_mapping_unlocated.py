"""A mapping with `located=False` (`hub reprocess`'s first reading, compared with the stored record) builds
no provenance, and gives the same record and the same problems as a mapping that does: a nullable field
read empty is still an explicit null, an optional one still left out, a value refused still refused for
the same reason at the same place."""

from __future__ import annotations

from pathlib import Path

import pytest
from suggest_support import drafted_config

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping import reading
from hub.adapters.mapping.form import MappedForm, map_form
from hub.adapters.readers.base import Extraction, SourceValue
from hub.errors import Rejection

SHA = "cd" * 32
FORMS = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "pdf"
  [forms.recognise]
  fields = ["Mentor"]
  [[forms.fields]]
  path = "mentor.name"
  source = "Mentor"
  [[forms.fields]]
  path = "mentor.employer"
  sources = ["cb_komm", "cb_firma"]
  transforms = [{ name = "checked", values = { cb_komm = "jobcentre", cb_firma = "" } }]
  nullable = true
  [[forms.fields]]
  path = "signed_by"
  source = "Underskrift"
  nullable = true
  [[forms.fields]]
  path = "signed_on"
  source = "Dato"
  transforms = ["date"]
  nullable = true
  [[forms.fields]]
  path = "citizen.name"
  source = "Borger"
  optional = true
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  transforms = ["hours"]
  [[forms.lists]]
  path = "entries"
  repeat = 3
  aggregate = "iso_week"
    [[forms.lists.fields]]
    key = "date"
    source = "Dato{n}"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    source = "Timer{n}"
    transforms = ["hours"]
"""


@pytest.fixture
def timer(tmp_path: Path) -> FormConfig:
    return drafted_config(FORMS, tmp_path).forms[0]


def pdf(**values: str) -> Extraction:
    return Extraction("pdf", tuple(SourceValue(k, v, {"page": 1}) for k, v in values.items()), {"pages": 1})


FILLED = {
    "Mentor": "Ole Berg",
    "Borger": "",
    "cb_komm": "Off",
    "cb_firma": "Yes",
    "Underskrift": " ",
    "Dato": "",
}
DAYS = {"Dato1": "3/8-2026", "Timer1": "2", "Dato2": "5/8-2026", "Timer2": "1,5", "Dato3": "", "Timer3": ""}


def both(form: FormConfig, extraction: Extraction) -> tuple[MappedForm, MappedForm]:
    located = map_form(extraction, form, SHA, "s.pdf", "159")
    return located, map_form(extraction, form, SHA, "s.pdf", "159", located=False)


def test_a_nullable_field_read_empty_stays_null_and_an_optional_one_left_out(timer: FormConfig) -> None:
    located, unlocated = both(timer, pdf(**FILLED, **DAYS))
    # "cb_firma" ticked maps to "", the signature is a space, the date empty: nullable, explicit nulls
    assert unlocated.record["mentor"] == {"name": "Ole Berg", "employer": None}
    assert unlocated.record["signed_by"] is None and unlocated.record["signed_on"] is None
    assert "citizen" not in unlocated.record  # optional and empty: no key at all
    assert unlocated.record["entries"] == [{"week": "2026-W32", "hours": "3.5"}]
    assert unlocated.record["total_hours"] == "3.5"
    assert unlocated.record == located.record
    # none of the values read says where it was (a computed one says what it was computed from)
    assert {entry.path for entry in unlocated.provenance if entry.locator} == {"total_hours"}


def test_no_provenance_is_built_for_a_value_read(timer: FormConfig, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the reading saves: before, every value read made its provenance entries, only to drop them."""

    def built(*_: object) -> None:
        raise AssertionError("a provenance entry was built")

    monkeypatch.setattr(reading, "provenance_of", built)
    unlocated = map_form(pdf(**FILLED, **DAYS), timer, SHA, "s.pdf", "159", located=False)
    assert unlocated.record["signed_by"] is None
    with pytest.raises(AssertionError, match="a provenance entry was built"):
        map_form(pdf(**FILLED, **DAYS), timer, SHA, "s.pdf", "159")


def test_a_value_refused_is_refused_for_the_same_reason_at_the_same_place(timer: FormConfig) -> None:
    # no mentor, two boxes ticked, a date that is none (a nullable field's value is still read), a day too
    refused = {**FILLED, **DAYS, "Mentor": "", "cb_komm": "Yes", "Dato": "32/8-2026", "Dato2": "31/9-2026"}
    caught = []
    for located in (True, False):
        with pytest.raises(Rejection) as rejection:
            map_form(pdf(**refused), timer, SHA, "s.pdf", "159", located=located)
        caught.append(rejection.value.problems)
    assert caught[0] == caught[1]
    fields = {problem.field for problem in caught[1]}
    assert fields == {"mentor.name", "mentor.employer", "signed_on", "entries[1].date"}, caught[1]
