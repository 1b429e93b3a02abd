"""A field whose boxes hold numbers for values is read, not refused as an error in the hub (corpus-68,
decision 0025 stop 59).

qpdf's fuzz file `464655077` is a field without /V whose boxes (kid widgets) hold `/V 1`. A value held on
the boxes is compared box by box (decision 0060, eleventh and fourteenth trials), and pikepdf gives a PDF
number as Python's int, which the comparison took for a PDF object: "the hub could not read this PDF
because of an error in the hub itself". A number is no text a viewer shows in a text field: the field is
read without a value.
"""

from __future__ import annotations

import io

import pikepdf
import pytest

from hub.adapters.readers.pdf import read_pdf_unsandboxed


def _form(held: tuple[object, object]) -> bytes:
    """A text field "Beloeb" without /V, with two boxes on the page holding `held` as their /V."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    field = pdf.make_indirect(pikepdf.Dictionary(FT=pikepdf.Name.Tx, T=pikepdf.String("Beloeb")))
    boxes = [
        pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                Parent=field,
                Rect=[50, 700 - 40 * at, 200, 718 - 40 * at],
                V=value,
            )
        )
        for at, value in enumerate(held)
    ]
    field.Kids = pikepdf.Array(boxes)
    pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array(boxes))
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "held", [(1, 1), (0, 1), (True, 2)], ids=["the same number", "two numbers", "a boolean"]
)
def test_a_field_whose_boxes_hold_numbers_is_read_without_a_value(held: tuple[object, object]) -> None:
    read = read_pdf_unsandboxed(_form(held), "beloeb.pdf")
    assert {value.key: value.value for value in read.values} == {"Beloeb": None}
