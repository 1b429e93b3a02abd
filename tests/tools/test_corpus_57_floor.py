"""pikepdf alone, as the bench floor and the corpus runner read it (`tools.bench_floors.pikepdf_fields`,
`tools.pdf_corpus_child.pikepdf_values`), must read a field whose name or value is no UTF-8, never raise
(corpus-57, decision 0025): pikepdf's `str` of such a name or string raises, so the floor stopped on a
form that opens and the runner counted it "not opened by pikepdf", its values never compared."""

from __future__ import annotations

import io

import pikepdf
from simulator_support import fixture_script

floors = fixture_script("bench_floors")
child = fixture_script("pdf_corpus_child")


def _form() -> bytes:
    """A text field whose name is marked UTF-8 (its byte order mark) and holds the byte 0xFF, which no
    UTF-8 has, valued "Mette Holm"; and a box whose value is /S#ec ("Sì", one byte a character)."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    text = pdf.make_indirect(
        pikepdf.Dictionary(FT=pikepdf.Name.Tx, T=pikepdf.String(b"\xef\xbb\xbfnavn\xff"), V="Mette Holm")
    )
    box = pdf.make_indirect(
        pikepdf.Dictionary(FT=pikepdf.Name.Btn, T=pikepdf.String("ja"), V=pikepdf.Name("/SXXX"))
    )
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([text, box]))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue().replace(b"/SXXX", b"/S#ec")  # pikepdf writes only names a str spells


def test_the_floor_reads_names_and_strings_that_are_no_utf8() -> None:
    assert floors.pikepdf_fields(_form()) == [("navn\ufffd", "Mette Holm", None), ("ja", "/Sì", None)]
    assert child.pikepdf_field_count(_form()) == 2


def test_the_reference_reads_a_field_whose_name_is_no_utf8() -> None:
    assert child.pikepdf_values(_form()) == {"navn\ufffd": ["Mette Holm"], "ja": ["Sì"]}
