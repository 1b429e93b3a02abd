"""A label printed as two texts broken after its hyphen is one label: pdfmake prints "CPR-nummer" as
"CPR-" and "nummer", each shown apart with no space between (its line breaker's opportunities), so the
field's label was "nummer" and neither `label:CPR-nummer` nor `hub adapters suggest` found it (decision
0060, "Stop 69: trial-113"). A number after a hyphen ("2026-" "27") and a box between stay apart."""

from __future__ import annotations

import io

import pikepdf

from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract


def _form(pieces: list[tuple[float, str]], box_between: bool = False) -> bytes:
    """A page printing each piece (its x, its text) on the line at y 700 as pdfmake prints a word, in a
    text object of its own and a `TJ`, and a text field `felt` right of them at x 216 (and a box
    `mellem` at x 72..80 where `box_between`)."""
    doc = pikepdf.new()
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    page = doc.add_blank_page(page_size=(595, 842))
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=doc.make_indirect(font)))
    shown = " ".join(f"BT 1 0 0 1 {x} 700 Tm /F1 10 Tf [({text}) 0] TJ ET" for x, text in pieces)
    page.Contents = doc.make_stream(shown.encode())
    rects = {"felt": [216, 696, 546, 712], **({"mellem": [72, 696, 80, 712]} if box_between else {})}
    widgets = [
        doc.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                FT=pikepdf.Name.Tx,
                T=pikepdf.String(name),
                V=pikepdf.String("1024518836" if name == "felt" else ""),
                Rect=rect,
                P=page.obj,
            )
        )
        for name, rect in rects.items()
    ]
    page.Annots = pikepdf.Array(widgets)
    doc.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(widgets))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _label(data: bytes) -> object:
    values = extract(data, "aftale.pdf", READ_OPTIONS).values
    return next(v.meta.get("label") for v in values if v.key == "felt")


# pdfmake's two texts of one label: "P-" at 50, "nummer" where "P-" ends (Helvetica's widths: 10 pt)
PDFMAKE_LABEL = [(50, "P-"), (60, "nummer")]


def test_a_label_printed_apart_after_its_hyphen_is_one_label() -> None:
    data = _form(PDFMAKE_LABEL)
    assert _label(data) == "P-nummer"
    assert SourceIndex(extract(data, "aftale.pdf", READ_OPTIONS)).resolve("label:P-nummer").key == "felt"  # type: ignore[union-attr]


def test_a_longer_word_broken_after_its_hyphen_is_one_label_too() -> None:
    assert _label(_form([(50, "CPR-"), (74.44, "nummer")])) == "CPR-nummer"


def test_a_number_after_a_hyphen_stays_apart() -> None:
    # "Uge 2026-" and "27" are no word broken at its hyphen: the nearest text left of the box is "27"
    assert _label(_form([(50, "Uge 2026-"), (95, "27")])) == "27"


def test_words_with_a_box_between_stay_apart() -> None:
    # a box between the two texts: each its own, as words a field sits between are (`pdf_runs`)
    assert _label(_form([(50, "P-"), (82, "nummer")], box_between=True)) == "nummer"
