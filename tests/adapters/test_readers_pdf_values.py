"""A value, name or tooltip of the wrong kind of PDF object is read as no text, never as the reader's
description of the object.

Found in iText's signing test files (SignatureUtilTest): a text field whose /V is a signature dictionary
was read as the value 'pikepdf.Dictionary(Type="/Sig")({ "/ByteRange": ...' (decision 0027, stop 35).
"""

from __future__ import annotations

import pikepdf
from test_readers_pdf_hostile import FORM_FIELDS, _edited

from hub.adapters.readers.pdf import read_pdf


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


def _rename_state(box: pikepdf.Dictionary, old: str, new: pikepdf.Name) -> None:
    """A box's state `old` renamed `new` in its appearances, its shown state and its field's value."""
    box.AP.N[new] = box.AP.N[old]
    del box.AP.N[old]
    if box.get("/AS") == old:
        box.AS = new
    field = box.get("/Parent", box)
    if field.get("/V") == old:
        field.V = new


def test_states_spelled_in_utf8_or_windows_1252_read_as_spelled() -> None:
    # A name is bytes. pikepdf's str() of one that is not UTF-8 raises, and the hub called an older
    # Danish form whose state is "Ønsker ikke" in Windows-1252 (one byte, D8, for the Ø) "damaged".
    def danish(pdf: pikepdf.Pdf) -> None:
        _rename_state(_field(pdf, "cb_kh"), "/Yes", pikepdf.Name("/Født i Danmark"))
        virksomhed, jobcenter = _field(pdf, "ansat").Kids
        _rename_state(virksomhed, "/virksomhed", pikepdf.Name("/Xnsker ikke"))  # X: the byte D8 below
        _rename_state(jobcenter, "/jobcenter", pikepdf.Name("/Jobcenter Ærø"))
        _field(pdf, "ansat").V = pikepdf.Name("/Xnsker ikke")

    data = _edited(danish)
    assert data.count(b"/Xnsker") == 2  # the state in the box's appearances, and the field's value
    values = {v.key: v for v in read_pdf(data.replace(b"/Xnsker", b"/\xd8nsker"), "dansk.pdf").values}
    assert (values["cb_kh"].value, values["cb_kh"].meta["states"]) == (
        "Født i Danmark",
        ["Off", "Født i Danmark"],
    )
    assert (values["ansat"].value, values["ansat"].meta["states"]) == (
        "Ønsker ikke",
        ["Off", "Ønsker ikke", "Jobcenter Ærø"],
    )


def test_a_utf8_value_with_a_broken_byte_is_read_with_that_byte_replaced() -> None:
    # PDF 2.0 allows UTF-8 text strings (after EF BB BF); pikepdf's str() raises on one whose bytes are
    # not all UTF-8, and the whole form was rejected as damaged for one byte of one value.
    def broken(pdf: pikepdf.Pdf) -> None:
        _field(pdf, "note").V = pikepdf.String(b"\xef\xbb\xbfM\xc3\xb8det \xff")

    values = {v.key: v.value for v in read_pdf(_edited(broken), "note.pdf").values}
    assert values == {**FORM_FIELDS, "note": "Mødet \ufffd"}


def test_values_written_as_names_read_as_the_words_they_spell() -> None:
    """Some form tools write a choice's value as a name (/V /B), a list box's as an array of names, and
    a name may spell a space (#20) or a Danish letter in UTF-8 (#C3#A6 for æ). Read with the name's
    slash, "/B" matched no option of the adapter's mapping (found mutating the hub's forms, stop 39)."""

    def named(pdf: pikepdf.Pdf) -> None:
        _field(pdf, "ydelse").V = pikepdf.Name("/B")
        _field(pdf, "note").V = pikepdf.Name("/Ja tak, pæn")
        _field(pdf, "Borger.CPR").V = pikepdf.Array([pikepdf.Name("/A"), pikepdf.String("C")])

    read = {v.key: v.value for v in read_pdf(_edited(named), "navne.pdf").values}
    assert read == {**FORM_FIELDS, "ydelse": "B", "note": "Ja tak, pæn", "Borger.CPR": "A; C"}
