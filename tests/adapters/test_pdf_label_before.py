"""A box that opens its page, its label printed at the foot of the page before (a word processor broke the
page between them, as borb did Kalundborg's purpose: decision 0060, "Stop 61: trial-73"): the label is
that last line, past the pages' running footer and page numbers; never where the box has text above it on
its own page, nor where the last line is the label of a box on the page before (decision 0025, "Stop 63:
pdf-77, a label on the page before")."""

from __future__ import annotations

import io

import pikepdf
import pytest

from hub.adapters.readers import READ_OPTIONS, extract

FOOTER = [(50, 30, "Jobcenter Lolland")]


def _form(
    first: list[tuple[int, int, str]], second: list[tuple[int, int, str]], foot_box: bool = False
) -> bytes:
    """Two A4 pages printing these texts (x, y, text) in Helvetica 10 pt, each its footer and page number;
    page 1 a field `navn` labelled "Navn" near its top (and, `foot_box`, a field `tlf` at its foot, at y
    86 to 104), page 2 a field `mentor` at its top, y 760 to 780."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    fields = pikepdf.Array()
    boxes = [[("navn", (150, 695, 400, 715))], [("mentor", (50, 760, 300, 780))]]
    if foot_box:
        boxes[0].append(("tlf", (200, 86, 400, 104)))
    for number, texts in enumerate([[(50, 700, "Navn"), *first], second]):
        page = pdf.add_blank_page(page_size=(595, 842))
        page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
        shown = [*texts, *FOOTER, (480, 30, f"Side {number + 1} af 2")]
        page.Contents = pdf.make_stream(
            "\n".join(f"BT /F1 10 Tf {x} {y} Td ({text}) Tj ET" for x, y, text in shown).encode("cp1252")
        )
        annots = pikepdf.Array()
        for name, rect in boxes[number]:
            widget = pdf.make_indirect(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx, T=name, V="x"
                )
            )
            widget.Rect = pikepdf.Array(rect)
            widget.P = page.obj
            annots.append(widget)
            fields.append(widget)
        page.Annots = annots
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=fields)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _labels(data: bytes) -> dict[str, str | None]:
    return {v.key: v.meta.get("label") for v in extract(data, "aftale.pdf", READ_OPTIONS).values}


def test_a_box_opening_its_page_is_labelled_by_the_last_line_of_the_page_before() -> None:
    """Before: `mentor` had no label."""
    data = _form([(50, 90, "Mentorens navn")], [(50, 700, "Underskrift")])
    assert _labels(data) == {"navn": "Navn", "mentor": "Mentorens navn"}


@pytest.mark.parametrize(
    ("first", "second", "foot_box"),
    [
        # text above the box on its own page (a heading outside its column): not the page's first thing
        ([(50, 90, "Mentorens navn")], [(420, 800, "Aftale om praktik")], False),
        # the last line of page 1 is the label of a box there, left of it
        ([(50, 90, "Telefon")], [], True),
        # nothing but the footer and page number at the foot of page 1
        ([], [], False),
    ],
    ids=["text-above", "label-of-a-box-before", "footer-only"],
)
def test_a_box_with_text_above_it_or_a_page_before_ending_in_a_box_gets_no_label_from_it(
    first: list[tuple[int, int, str]], second: list[tuple[int, int, str]], foot_box: bool
) -> None:
    assert _labels(_form(first, second, foot_box))["mentor"] is None
