"""The corpus runner's reference leaves out a radio group that has no value and shows two choices
(corpus-61, decision 0025 stop 53). iText's `radios_src2.pdf` has a group without /V whose two boxes
each show their own choice: the reference took the first ("1") and counted the hub's reading (no choice,
with what the boxes show beside it) as a value read otherwise. A group showing one choice is compared."""

from __future__ import annotations

import io

import pikepdf
from simulator_support import fixture_script

from hub.adapters.readers.pdf import read_pdf_unsandboxed

child = fixture_script("pdf_corpus_child")
RADIO = 1 << 15


def _form() -> bytes:
    """Two radio groups without /V: "to" shows "ja" and "nej" both chosen, "en" shows "ja" alone."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    fields = []
    for name, shown in (("to", ["ja", "nej"]), ("en", ["ja", "Off"])):
        group = pdf.make_indirect(pikepdf.Dictionary(FT=pikepdf.Name.Btn, Ff=RADIO, T=pikepdf.String(name)))
        kids = []
        for x, (state, on) in enumerate(zip(shown, ["ja", "nej"], strict=True)):
            look = pikepdf.Dictionary({f"/{on}": pdf.make_stream(b""), "/Off": pdf.make_stream(b"")})
            kids.append(
                pdf.make_indirect(
                    pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot,
                        Subtype=pikepdf.Name.Widget,
                        Parent=group,
                        Rect=[50 + 40 * x, 700, 62 + 40 * x, 712],
                        AS=pikepdf.Name(f"/{state}"),
                        AP=pikepdf.Dictionary(N=look),
                    )
                )
            )
        group.Kids = pikepdf.Array(kids)
        pdf.pages[0].obj.Annots = pdf.make_indirect(
            pikepdf.Array([*pdf.pages[0].obj.get("/Annots", []), *kids])
        )
        fields.append(group)
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(fields))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_radio_group_showing_two_choices_without_a_value_is_not_compared() -> None:
    data = _form()
    assert child.pikepdf_values(data) == {"en": ["ja"]}
    assert child.values_differ(read_pdf_unsandboxed(data, "form.pdf"), child.pikepdf_values(data)) == []
