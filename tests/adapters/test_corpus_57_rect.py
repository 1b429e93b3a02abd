"""A box whose corners (/Rect) are not four numbers is read without a label, not the form refused
(corpus-57, decision 0025): the label reader took every /Rect for four numbers, and a name, three
numbers or a name among them raised, which the reader tells as "damaged PDF: the file's structure ...
is broken", of a form pikepdf opens and reads. Every file is built here with pikepdf."""

from __future__ import annotations

import io

import pikepdf
import pytest

from hub.adapters.readers.pdf import read_pdf


def _form(rect: object) -> bytes:
    """One page printing "Navn" beside a text field valued "Mette Holm", and a second field "dato"
    whose box's /Rect is `rect`."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    page = pdf.pages[0]
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.Contents = pdf.make_stream(b"BT /F1 12 Tf 50 705 Td (Navn) Tj ET")

    def widget(name: str, value: str, corners: object) -> pikepdf.Dictionary:
        return pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                FT=pikepdf.Name.Tx,
                T=pikepdf.String(name),
                V=pikepdf.String(value),
                Rect=corners,
                P=page.obj,
            )
        )

    fields = [widget("navn", "Mette Holm", [100, 700, 300, 720]), widget("dato", "01-03-2026", rect)]
    page.Annots = pdf.make_indirect(pikepdf.Array(fields))
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(fields))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "rect",
    [
        pikepdf.Name("/Rect"),  # a name where the corners belong
        pikepdf.Array([100, 650, 300]),  # three numbers
        pikepdf.Array([100, 650, pikepdf.Name("/X"), 670]),  # a name among them
        pikepdf.Array([100, 650, pikepdf.Object.parse(b"1" + b"0" * 400 + b".0"), 670]),  # past a float
    ],
)
def test_a_box_whose_corners_are_not_four_numbers_is_read_without_a_label(rect: object) -> None:
    navn, dato = read_pdf(_form(rect), "aftale.pdf", with_labels=True).values
    assert (navn.key, navn.value, navn.meta["label"]) == ("navn", "Mette Holm", "Navn")
    assert (dato.key, dato.value, dato.meta["label"]) == ("dato", "01-03-2026", None)
