"""Boxes (widgets) the fields are not where the list of fields says: read from their chain, or not a form.

A flattened form keeps its boxes' pictures but no field: it has no form fields, it is not damaged. Found
in pdf-lib's `examples/flatten_form.pdf` (its form flattened, the widgets left with their pictures and
nothing else) and iText's `PdfMergerTest` files (widgets whose /Parent chains loop, with no field's key
anywhere), both told "damaged: save it again". A list of fields that names a field's boxes in its place
(pdf.js's `opt_demo.pdf`) read each box as a nameless field of unknown type. Decision 0027, stop 35.
"""

from __future__ import annotations

import pikepdf
import pytest
from test_readers_pdf_hostile import FORM_FIELDS, _edited, _rejected

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf import read_pdf

_FIELD_KEYS = ("/FT", "/T", "/V", "/Ff", "/TU", "/DV", "/Kids", "/Parent", "/Opt", "/MaxLen", "/DA")


def _flatten(pdf: pikepdf.Pdf, loop: bool = False) -> None:
    """Empty the form's list and strip every field's key from its boxes, as pdf-lib's flattening leaves
    them; with `loop`, each box's /Parent is the next box and the last one's the first (iText's files)."""
    pdf.Root.AcroForm.Fields = pikepdf.Array()
    widgets = [a for page in pdf.pages for a in page.Annots if a.get("/Subtype") == "/Widget"]
    for widget in widgets:
        for key in _FIELD_KEYS:
            if key in widget:
                del widget[key]
    if loop:
        del pdf.Root["/AcroForm"]
        for widget, parent in zip(widgets, widgets[1:] + widgets[:1], strict=True):
            widget.Parent = parent


@pytest.mark.parametrize("loop", [False, True])
def test_boxes_with_no_field_behind_them_have_no_form_fields(loop: bool) -> None:
    problem = _rejected(_edited(lambda pdf: _flatten(pdf, loop)), "udfyldt.pdf")
    # ReportLab made the form (invariant mode: its /Producer says "(opensource)", its /Creator "anonymous")
    assert (problem.reason_en, problem.reason_da) == reasons.no_fields(
        ["ReportLab PDF Library - (opensource)"]
    )


def test_boxes_that_keep_a_fields_type_but_lost_its_list_are_still_a_damaged_form() -> None:
    # A box with its field's type (/FT) but nothing that names it: a field was there, and cannot be read.
    def strip(pdf: pikepdf.Pdf) -> None:
        _flatten(pdf)
        for page in pdf.pages:
            for annot in page.Annots:
                annot.FT = pikepdf.Name.Tx

    problem = _rejected(_edited(strip), "skadet.pdf")
    assert problem.reason_en.startswith("damaged PDF: its form fields cannot be read")
    assert problem.reason_da.startswith("beskadiget PDF: dens formularfelter kan ikke læses")


def test_boxes_listed_in_place_of_their_field_are_read_as_that_field() -> None:
    # The radio group "ansat" is not listed; its two boxes are, nameless, each with /Parent to it.
    def list_the_boxes(pdf: pikepdf.Pdf) -> None:
        fields = pikepdf.Array()
        for field in pdf.Root.AcroForm.Fields:
            fields.extend(field.Kids if field.T == "ansat" else [field])
        pdf.Root.AcroForm.Fields = fields

    values = read_pdf(_edited(list_the_boxes), "felter.pdf").values
    assert {v.key: v.value for v in values} == FORM_FIELDS
    (ansat,) = [v for v in values if v.key == "ansat"]
    assert (ansat.meta["type"], ansat.meta["page"]) == ("radio", 1)
