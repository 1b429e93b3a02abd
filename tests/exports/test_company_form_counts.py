"""The company's PDF form counts its participants as a Dane reads a count: "Deltager 1.000 af 1.200"
(decision 0062, "Stop 46 (words 3)"), in the block's head and in the tooltips a screen reader says; the
fields' names keep the plain number (`d1000_id`), as a program reads them."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from hub.exports.company_form_blocks import BLOCKS
from hub.exports.company_form_model import FormIntern
from hub.exports.pdf_kit import Flow
from hub.exports.pdf_text import register_fonts


def test_the_thousandth_participants_block_is_counted_grouped() -> None:
    # Block 1,000 of a form of 1,200 participants, drawn alone on a page.
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out)
    intern = FormIntern("P-AAAAAAAAAAA", "Praktikant 1000", "Falck Ballerup", "Mads Mentor", ("2026-W32",))
    BLOCKS["placement_end"](Flow(canvas, lambda c, page: 780), 1000, intern, 1200)
    canvas.save()
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert "Deltager 1.000 af 1.200 · P-AAAAAAAAAAA · Praktikant 1000" in reader.pages[0].extract_text()
    got = reader.get_fields() or {}
    assert got["d1000_id"]["/TU"] == "Deltager-id for deltager 1.000 (ikke et CPR-nummer)"
    assert got["d1000_navn"]["/TU"] == "Navn på deltager 1.000 (P-AAAAAAAAAAA)"
