"""A `TJ` in a composite font of two-byte codes (LuaTeX's every OpenType font: ConTeXt's fields,
Odder's) is parted where a box stands in a wide gap, as one in a simple font is, and a parted `TJ`'s
texts stand and end where the font's own widths put them (decision 0060, "Stop 62: trial-77")."""

from __future__ import annotations

import io
from typing import Any

import pikepdf
from onboarding_trial import tj_page
from pypdf import PdfReader

from hub.adapters.readers.pdf_glyph_widths import code_bytes, measure
from hub.adapters.readers.pdf_runs import text_runs

# Codes are the characters' own numbers here, so that a one-line CMap gives their text.
_TO_UNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
1 beginbfrange <0020> <007E> <0020> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"""


def _font(kind: str) -> Any:
    """`kind` "cid": a composite font of Identity-H codes whose J and a are 2000/1000 wide; "widths": a
    simple font whose J and a are; "none": Helvetica as it is, no widths."""

    def make(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
        if kind != "cid":
            shown = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1)
            shown.BaseFont = pikepdf.Name.Helvetica
            if kind == "widths":
                shown.FirstChar, shown.LastChar = 74, 97
                shown.Widths = pikepdf.Array([2000] + [500] * 22 + [2000])
            return shown
        descendant = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2, BaseFont=pikepdf.Name.Test, DW=500
        )
        descendant.CIDSystemInfo = pikepdf.Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0)
        descendant.W = pikepdf.Array([74, pikepdf.Array([2000]), 97, 97, 2000])  # both forms of /W
        shown = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=pikepdf.Name.Test
        )
        shown.Encoding = pikepdf.Name("/Identity-H")
        shown.DescendantFonts = pikepdf.Array([pdf.make_indirect(descendant)])
        shown.ToUnicode = pdf.make_stream(_TO_UNICODE)
        return shown

    return make


def _page(array: str, font: str, box: tuple[int, ...] | None = None) -> bytes:
    return tj_page(array, box, _font(font))


def _runs(data: bytes) -> list[tuple[float, str, float]]:
    return [(round(r[0], 1), r[2], round(r[3], 1)) for r in text_runs(PdfReader(io.BytesIO(data)).pages[0])]


def test_a_tj_of_two_byte_codes_is_parted_where_a_box_stands_in_a_wide_gap() -> None:
    """Before: its bytes were counted as characters, never the text's, and the row stayed one text: a
    row's boxes all had its words ("Målgruppe Jobparat Aktivitetsparat Uddannelsesparat")."""
    data = _page("[<004A0061>-5000<004E0065006A>]", "cid", box=(110, 698, 122, 710))
    # "Ja" 40 points wide by the font's widths, then 50 points of gap: "Nej" at 146, not 116 (estimated)
    assert _runs(data) == [(56, "Ja", 40), (146, "Nej", 15)]
    alone = _runs(_page("[<004A0061>-5000<004E0065006A>]", "cid"))  # no box in the gap: one text
    assert [(x, " ".join(text.split())) for x, text, _ in alone] == [(56, "Ja Nej")]


def test_a_simple_fonts_widths_place_a_parted_tj() -> None:
    """A simple font that gives /Widths places its parts so too; one that gives none (the standard 14
    unembedded) is estimated as before, half a font size a character."""
    array = "[(Ja)-5000(Nej)]"
    assert _runs(_page(array, "widths", box=(110, 698, 122, 710))) == [(56, "Ja", 40), (146, "Nej", 15)]
    assert _runs(_page(array, "none", box=(80, 698, 92, 710))) == [(56, "Ja", 10), (116, "Nej", 15)]


def test_a_fonts_code_length_and_widths() -> None:
    """Two-byte codes only in an Identity composite font; any other composite font's are not known, and
    its texts are not parted."""
    simple = pikepdf.Dictionary(Subtype=pikepdf.Name.Type1)
    assert code_bytes(None) == 1 and code_bytes(simple) == 1 and measure(simple) is None
    other = pikepdf.Dictionary(Subtype=pikepdf.Name.Type0, Encoding=pikepdf.Name("/UniJIS-UCS2-H"))
    assert code_bytes(other) is None and measure(other) is None
