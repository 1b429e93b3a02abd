"""A value, name or tooltip of the wrong kind of PDF object is read as no text, never as the reader's
description of the object.

Found in iText's signing test files (SignatureUtilTest): a text field whose /V is a signature dictionary
was read as the value 'pikepdf.Dictionary(Type="/Sig")({ "/ByteRange": ...' (decision 0027, stop 35).
"""

from __future__ import annotations

import pikepdf
import pytest
from test_readers_pdf_hostile import FORM_FIELDS, _edited

from hub.adapters.readers.pdf import read_pdf

pytestmark = pytest.mark.usefixtures("stop_readers")


def _field(pdf: pikepdf.Pdf, name: str) -> pikepdf.Dictionary:
    (field,) = [f for f in pdf.Root.AcroForm.Fields if f.T == name]
    return field


def test_objects_where_text_belongs_are_read_as_no_text() -> None:
    def odd(pdf: pikepdf.Pdf) -> None:
        _field(pdf, "Borger.CPR").V = pikepdf.Dictionary(Type=pikepdf.Name.Sig, Contents=pikepdf.String("x"))
        _field(pdf, "Borger.CPR").TU = pikepdf.Dictionary(Lang=pikepdf.String("da"))
        _field(pdf, "note").V = pikepdf.Array([pikepdf.String("første"), pikepdf.String("anden")])
        _field(pdf, "ydelse").V = pikepdf.Array([pikepdf.Dictionary(), pikepdf.String("B")])
        box = _field(pdf, "cb_kh")
        del box["/V"]
        box.AS = pikepdf.Dictionary(N=pikepdf.Name.Yes)  # a state must be a name

    values = read_pdf(_edited(odd), "skæv.pdf").values
    read = {v.key: v.value for v in values}
    assert read == {**FORM_FIELDS, "Borger.CPR": None, "note": "første; anden", "cb_kh": None}
    cpr = next(v for v in values if v.key == "Borger.CPR")
    assert cpr.meta["tooltip"] is None
    assert "pikepdf" not in repr(values)
