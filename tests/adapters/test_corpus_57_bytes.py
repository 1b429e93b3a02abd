"""A byte that is no UTF-8 where the reader asks pikepdf for text must not refuse a form (corpus-57,
decision 0025): pikepdf's `str` of such an operator or name raises, and the reader's raising was told
"damaged PDF: the file's structure ... is broken", of a form pikepdf opens and reads. Found where an
appearance stream holds a stray byte (Latin-1 text written outside a string) and where a stream's
/Filter is a name spelled in one byte a character. Every file is built here with pikepdf."""

from __future__ import annotations

import io

import pikepdf

from hub.adapters.readers.pdf import read_pdf


def _form(appearance: bytes, filters: pikepdf.Object | None = None) -> bytes:
    """One page with one text field "navn", no value, whose box's normal appearance is `appearance`."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    page = pdf.pages[0]
    normal = pikepdf.Stream(pdf, appearance)
    normal.BBox = [0, 0, 200, 20]
    if filters is not None:
        normal.Filter = filters
    widget = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Tx,
            T=pikepdf.String("navn"),
            Rect=[50, 700, 250, 720],
            P=page.obj,
            AP=pikepdf.Dictionary(N=normal),
        )
    )
    page.Annots = pdf.make_indirect(pikepdf.Array([widget]))
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([widget]))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_an_appearance_with_an_operator_that_is_no_utf8_is_read() -> None:
    # "\xe9" alone, where an operator stands: pikepdf parses it as one, and its `str` raised.
    data = _form(b"BT /Helv 12 Tf 2 5 Td \xe9 (Mette Holm) Tj ET")
    (field,) = read_pdf(data, "aftale.pdf").values
    assert (field.key, field.value) == ("navn", None)
    assert field.meta.get("shown_only") is True  # the text it draws is still seen, as without the byte


def test_an_appearance_whose_filter_name_is_no_utf8_is_read() -> None:
    # /Fl#e9: no filter qpdf knows, spelled in one byte a character; the appearance is not looked into.
    data = _form(b"garbage", pikepdf.Name("/FlXX"))
    data = data.replace(b"/FlXX", b"/Fl#e9")
    (field,) = read_pdf(data, "aftale.pdf").values
    assert (field.key, field.value) == ("navn", None)
    assert "shown_only" not in field.meta
