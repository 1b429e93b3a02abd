"""A text field whose box still draws an old text while its value holds another, in a form that does not
ask viewers to draw boxes anew (/NeedAppearances): what a printed page shows is the drawn text, and the
hub read the value without a word. Refused at the field naming both (decision 0060, "Stop 54: stray-62")."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from pipeline import GOLDEN
from test_mapping import SHA, form

from hub.adapters.mapping.form import map_form
from hub.adapters.readers import READ_OPTIONS, extract
from hub.errors import Rejection

# Gentofte's progress report: the CPR number `borger_cpr` and the remark `bemaerkning` are text fields
# whose boxes draw their values in Helvetica with Acrobat's encoding (the remark's "æ" among them).
BODY = """
[[forms]]
id = "status"
form_type = "placement"
format = "pdf"
  [forms.recognise]
  fields = ["bemaerkning"]
  [[forms.fields]]
  path = "purpose"
  source = "bemaerkning"
  [[forms.fields]]
  path = "visitation"
  value = "jobparat"
"""
REMARK = "God udvikling; skal blive mere selvstændig i opgaverne"  # as the form's box draws it


def _report(remark: str | None = None, cpr: str | None = None, redrawn: bool = False) -> bytes:
    """The report with its values set as a program that sets the value alone leaves them: the boxes
    still draw the old texts."""
    pdf = pikepdf.open(GOLDEN / "gentofte" / "progress_report.pdf")
    fields = {str(f.get("/T")): f for f in pdf.Root.AcroForm.Fields}
    if remark is not None:
        fields["bemaerkning"].V = pikepdf.String(remark)
    if cpr is not None:
        fields["borger_cpr"].V = pikepdf.String(cpr)
    if redrawn:
        pdf.Root.AcroForm.NeedAppearances = True
    saved = io.BytesIO()
    pdf.save(saved)
    return saved.getvalue()


def _map(tmp_path: Path, data: bytes, body: str = BODY) -> dict:
    return map_form(
        extract(data, "status.pdf", READ_OPTIONS), form(tmp_path, body), SHA, "status.pdf", "157"
    ).record


def test_a_value_the_box_does_not_draw_is_refused_naming_both(tmp_path: Path) -> None:
    with pytest.raises(Rejection) as refused:
        _map(tmp_path, _report(remark="Stoppet i praktikken"))
    [problem] = refused.value.problems
    assert problem.field == "purpose"
    assert problem.reason_en.startswith(
        f"the page shows '{REMARK}' in the field, but its saved value is 'Stoppet i praktikken':"
    )
    assert problem.reason_da.startswith(
        f"siden viser '{REMARK}' i feltet, men dets gemte værdi er 'Stoppet i praktikken':"
    )
    # The form as its boxes draw it reads as before: the drawn "æ" is the value's (the font's encoding
    # read), and a line broken or spaced otherwise than the value is the same text.
    assert _map(tmp_path, _report())["purpose"] == REMARK
    assert _map(tmp_path, _report(remark=REMARK.replace("; ", ";\r\n  ")))["purpose"] == REMARK.replace(
        "; ", ";\n  "
    )
    # With /NeedAppearances viewers draw the boxes anew from the values (poppler and pdf.js alike): the
    # value is what is seen, and read.
    assert _map(tmp_path, _report(remark="Stoppet", redrawn=True))["purpose"] == "Stoppet"


def test_a_cpr_number_drawn_apart_is_said_masked(tmp_path: Path) -> None:
    body = BODY.replace('source = "bemaerkning"', 'source = "borger_cpr"')
    with pytest.raises(Rejection) as refused:
        _map(tmp_path, _report(cpr="010203-1234"), body)
    [problem] = refused.value.problems
    # The form draws 040493-2220 (its golden record's number); both said with their last four masked.
    assert problem.reason_en.startswith(
        "the page shows '040493-XXXX' in the field, but its saved value is '010203-XXXX'"
    )
