"""A one-page form of radio groups built for the corpus runner's reference tests (`pdf_corpus_child`)."""

from __future__ import annotations

import io

import pikepdf

RADIO = 1 << 15  # /Ff: the buttons are a radio group


def radio_form(groups: list[tuple[str, str | None, list[tuple[str, str]]]]) -> bytes:
    """Each group as (its name, its /V or None, its buttons as (the state a button draws, the state it
    shows)); each button draws its state and "Off" (/AP /N)."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    fields = []
    for y, (name, value, buttons) in enumerate(groups):
        group = pdf.make_indirect(pikepdf.Dictionary(FT=pikepdf.Name.Btn, Ff=RADIO, T=pikepdf.String(name)))
        if value is not None:
            group.V = pikepdf.Name(f"/{value}")
        kids = []
        for x, (drawn, shown) in enumerate(buttons):
            look = pikepdf.Dictionary({f"/{drawn}": pdf.make_stream(b""), "/Off": pdf.make_stream(b"")})
            widget = pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                Parent=group,
                Rect=[50 + 40 * x, 700 - 40 * y, 62 + 40 * x, 712 - 40 * y],
                AS=pikepdf.Name(f"/{shown}"),
                AP=pikepdf.Dictionary(N=look),
            )
            kids.append(pdf.make_indirect(widget))
        group.Kids = pikepdf.Array(kids)
        pdf.pages[0].obj.Annots = pdf.make_indirect(
            pikepdf.Array([*pdf.pages[0].obj.get("/Annots", []), *kids])
        )
        fields.append(group)
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(fields))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()
