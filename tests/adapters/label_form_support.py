"""A form whose pages each print a label left of one filled text field, each page with its own copy of
one font whose /ToUnicode map is the same bytes (as PDFium's forms have them): the label budget's tests
(`test_pdf_label_budget`, `test_pdf_label_charges`) charge and read it."""

from __future__ import annotations

import io

import pikepdf

# A map of 256 characters in one range, as a CID font's /ToUnicode says them: 3 units a character besides
# the map's bytes (`pdf_labelbudget`).
TO_UNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfrange
<00> <FF> <0000>
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"""


def page_text(n: int) -> bytes:
    """What page `n` (0-based) prints: "Felt n+1" left of its field."""
    return f"BT /F1 12 Tf 50 700 Td (Felt {n + 1}) Tj ET".encode()


def labelled_form(pages: int, spare: int = 0) -> bytes:
    """A form of `pages` pages, each printing "Felt n" left of its text field `feltn` holding "værdi n";
    `spare` unused objects first, so that a copy numbers its objects otherwise."""
    doc = pikepdf.new()
    for n in range(spare):
        doc.make_indirect(pikepdf.Dictionary(Spare=n))
    fields = pikepdf.Array()
    for n in range(pages):
        font = doc.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font,
                Subtype=pikepdf.Name.Type1,
                BaseFont=pikepdf.Name.Helvetica,
                ToUnicode=doc.make_stream(TO_UNICODE),
            )
        )
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, 612, 792],
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
            Contents=doc.make_stream(page_text(n)),
        )
        doc.pages.append(pikepdf.Page(page))
        field = doc.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                FT=pikepdf.Name.Tx,
                T=pikepdf.String(f"felt{n + 1}"),
                V=pikepdf.String(f"værdi {n + 1}"),
                Rect=[120, 695, 300, 715],
                P=doc.pages[n].obj,
            )
        )
        doc.pages[n].obj.Annots = pikepdf.Array([field])
        fields.append(field)
    doc.Root.AcroForm = pikepdf.Dictionary(Fields=fields)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
