"""The corpus runner's reference against two readings the hub makes on purpose (stop 67; `make corpus`'s
`--strict` exited 1 on them since stop 63): a list box with several lines chosen is read in the list's
order (decision 0025, stop 63, pdf-77), where the reference joined /V's order (pdfium's
`listbox_form.pdf`: /V [Epsilon Gamma] in a list of Alpha … Epsilon read "Gamma; Epsilon" against
"Epsilon; Gamma"); and a name pikepdf finds twice holding one value is one field (PDF 32000 12.7.3.2),
read once (qpdf's `rotated-shared-annotations-2.pdf` repeats its radio group `r1` on a copied page)."""

from __future__ import annotations

import io

import pikepdf
from simulator_support import fixture_script

from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.readers.pdf import read_pdf_unsandboxed

child = fixture_script("pdf_corpus_child")


def _list_form() -> bytes:
    """One multi-select list box (Ff bit 22) of Alpha, Beta, Gamma whose /V names Gamma before Alpha."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    page = pdf.pages[0]
    field = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Ch,
            T=pikepdf.String("Linjer"),
            Ff=1 << 21,
            Opt=pikepdf.Array([pikepdf.String(s) for s in ("Alpha", "Beta", "Gamma")]),
            V=pikepdf.Array([pikepdf.String("Gamma"), pikepdf.String("Alpha")]),
            Rect=pikepdf.Array([100, 600, 300, 660]),
            P=page.obj,
        )
    )
    page.obj.Annots = pikepdf.Array([field])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_lists_chosen_lines_are_compared_in_the_lists_order() -> None:
    data = _list_form()
    assert child.pikepdf_values(data) == {"Linjer": ["Alpha; Gamma"]}
    assert child.values_differ(read_pdf_unsandboxed(data, "form.pdf"), child.pikepdf_values(data)) == []


def test_a_name_found_twice_with_one_value_read_once_is_the_same_and_two_values_are_not() -> None:
    once = Extraction(format="pdf", values=(SourceValue("r1", "2", {"type": "radio"}),))
    assert child.values_differ(once, {"r1": ["2", "2"]}) == []
    assert child.values_differ(once, {"r1": ["2", "3"]}) == ["r1: hub ['2'], pikepdf ['2', '3']"]
