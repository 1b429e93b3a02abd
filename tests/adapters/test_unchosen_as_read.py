"""A radio group with nothing chosen, or a box not ticked, read with no transform: no value, never the
text "Off", PDF's name for the state (decision 0060, "Stop 53: noticed-61")."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from flask import Flask
from pipeline import GOLDEN
from test_mapping import SHA, form

from hub.adapters.mapping.form import map_form
from hub.adapters.readers import READ_OPTIONS, extract
from hub.errors import Rejection
from hub.web.marks import choice_mark

# Gentofte's progress report holds attendance as a radio group of scores 1-5 ("fremmoede"); here a
# config reads it as text with no transform, into a field that may be left out and one that may not.
BODY = """
[[forms]]
id = "status"
form_type = "placement"
format = "pdf"
  [forms.recognise]
  fields = ["fremmoede"]
  [[forms.fields]]
  path = "purpose"
  source = "fremmoede"
  optional = true
  [[forms.fields]]
  path = "visitation"
  source = "fremmoede"
"""


def _progress_report(chosen: str) -> bytes:
    pdf = pikepdf.open(GOLDEN / "gentofte" / "progress_report.pdf")
    [group] = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "fremmoede"]
    group.V = pikepdf.Name("/" + chosen)
    for box in group.Kids:
        states = [str(k) for k in box.AP.N.keys()]
        box.AS = pikepdf.Name("/" + chosen if "/" + chosen in states else "/Off")
    saved = io.BytesIO()
    pdf.save(saved)
    return saved.getvalue()


def test_nothing_chosen_read_with_no_transform_is_no_value_never_the_text_off(tmp_path: Path) -> None:
    extraction = extract(_progress_report("Off"), "status.pdf", READ_OPTIONS)
    with pytest.raises(Rejection) as refused:
        map_form(extraction, form(tmp_path, BODY), SHA, "status.pdf", "157")
    # The field that may be left out is left out (it read "Off"); the one the record needs is said as
    # the caseworker left the group, with the scores printed beside its buttons.
    [problem] = refused.value.problems
    assert problem.field == "visitation"
    assert problem.reason_en.startswith("nothing chosen in the group: one of its options must be chosen")
    assert problem.reason_da.startswith("intet valgt i gruppen: en af mulighederne skal vælges")
    # A button chosen reads as its export value, as before.
    extraction = extract(_progress_report("3"), "status.pdf", READ_OPTIONS)
    mapped = map_form(extraction, form(tmp_path, BODY), SHA, "status.pdf", "157")
    assert (mapped.record["purpose"], mapped.record["visitation"]) == ("3", "3")
    # And the field that may be left out, left out, is no "Off" in the record.
    body = BODY.replace(
        'path = "visitation"\n  source = "fremmoede"', 'path = "visitation"\n  value = "jobparat"'
    )
    unchosen = extract(_progress_report("Off"), "status.pdf", READ_OPTIONS)
    assert "purpose" not in map_form(unchosen, form(tmp_path, body), SHA, "status.pdf", "157").record


def test_the_record_page_says_nothing_chosen_of_a_group_stored_as_null(tmp_path: Path, app: Flask) -> None:
    # A nullable field read from the group with no transform is stored null; its source was "read as
    # Off" on the record page, PDF's word for the state. The locator says it is a radio group now, and the
    # page says nothing was chosen (decision 0065, stop 54).
    body = BODY.replace(
        'path = "visitation"\n  source = "fremmoede"',
        'path = "visitation"\n  source = "fremmoede"\n  nullable = true',
    )
    unchosen = extract(_progress_report("Off"), "status.pdf", READ_OPTIONS)
    mapped = map_form(unchosen, form(tmp_path, body), SHA, "status.pdf", "157")
    assert mapped.record["visitation"] is None
    [source] = [p for p in mapped.provenance if p.path == "visitation"]
    assert (source.raw_value, source.transforms, source.locator["radio"]) == ("Off", (), True)
    with app.test_request_context():  # Danish, the caseworker's language unless they chose English
        assert choice_mark(source) == "ikke valgt"
        # A button chosen is its export value, shown as it is.
        chosen = map_form(
            extract(_progress_report("3"), "status.pdf", READ_OPTIONS),
            form(tmp_path, body),
            SHA,
            "status.pdf",
            "157",
        )
        [source] = [p for p in chosen.provenance if p.path == "visitation"]
        assert (source.raw_value, choice_mark(source)) == ("3", None)
