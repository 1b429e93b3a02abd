"""Buttons as PDFKit's AcroForm API writes them: every value a string, no appearances, and a radio group's
buttons each a field of its own named by its choice under the field that holds the group's value
(`formRadioButton(name, ..., {parent})`). Hedensted's agreements (the thirty-first trial) read their
mentor's employer as no field and every button as empty (decision 0060, "Stop 62: trial-78")."""

from __future__ import annotations

import pikepdf
import pytest
from test_readers_pdf_hostile import FORM_FIELDS, _edited, _values


def _field(pdf: pikepdf.Pdf, name: str) -> pikepdf.Dictionary:
    (field,) = [f for f in pdf.Root.AcroForm.Fields if f.T == name]
    return field


def _pdfkits_group(pdf: pikepdf.Pdf, chosen: str | None) -> None:
    """The test form's group "ansat" as PDFKit writes one: a field with no type holding the value as a
    string, each button a radio field named by its choice, drawing nothing."""
    group = _field(pdf, "ansat")
    for key in ("/FT", "/Ff", "/V"):
        if key in group:
            del group[key]
    if chosen is not None:
        group.V = pikepdf.String(chosen)
    for button, name in zip(group.Kids, ("virksomhed", "jobcenter"), strict=True):
        for key in ("/AP", "/AS", "/V"):
            if key in button:
                del button[key]
        button.T = pikepdf.String(name)
        button.FT = pikepdf.Name.Btn
        button.Ff = 1 << 15


@pytest.mark.parametrize("chosen", ["virksomhed", "jobcenter"])
def test_a_group_of_named_buttons_under_its_value_is_one_group(chosen: str) -> None:
    """Before: no field "ansat"; "ansat.virksomhed" and "ansat.jobcenter" each read as empty."""
    read = _values(_edited(lambda pdf: _pdfkits_group(pdf, chosen)))
    assert read == {**FORM_FIELDS, "ansat": chosen}


def test_named_buttons_under_a_field_holding_no_value_stay_fields_of_their_own() -> None:
    """A group left unanswered holds no value: nothing says its fields are one group's buttons."""
    read = _values(_edited(lambda pdf: _pdfkits_group(pdf, None)))
    others = {key: value for key, value in FORM_FIELDS.items() if key != "ansat"}
    assert read == {**others, "ansat.virksomhed": None, "ansat.jobcenter": None}


def test_a_checkbox_whose_value_is_a_string_and_that_shows_no_state_reads_that_state() -> None:
    """Before: PDFKit's `formCheckbox(..., {value: 'Yes'})`, /V (Yes) and no /AS, read as not ticked."""

    def pdfkits_box(pdf: pikepdf.Pdf) -> None:
        box = _field(pdf, "cb_kh")
        for key in ("/AS", "/AP"):
            del box[key]
        box.V = pikepdf.String("Yes")

    assert _values(_edited(pdfkits_box)) == FORM_FIELDS


def test_a_string_value_does_not_overrule_the_state_the_box_shows() -> None:
    """A box showing "Off" (/AS) with a string value reads as the box shows, as before."""

    def shown_off(pdf: pikepdf.Pdf) -> None:
        box = _field(pdf, "cb_kh")
        box.AS = pikepdf.Name.Off
        box.V = pikepdf.String("Yes")

    assert _values(_edited(shown_off)) == {**FORM_FIELDS, "cb_kh": "Off"}
