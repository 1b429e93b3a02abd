"""The completeness report's PDF encodes each page when it is finished (so 10,000 placements are not
held as page text until the end), and is byte for byte the file a plain reportlab canvas writes."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from hub.exports import pdf_table
from hub.exports.pdf_table import Column, Row, TablePdf


def _table(rows: int) -> tuple[TablePdf, io.BytesIO]:
    out = io.BytesIO()
    table = TablePdf(out, "Gladsaxe: revisionens krav", ["Jobcenter Gladsaxe"], _COLUMNS, "fod")
    for n in range(rows):
        # Letters outside Latin-1 and long cells (cut with an ellipsis) go through the same encoding.
        cells = (f"deltager {n}", "ÆØÅ Łukasz Şahin", "x" * (n % 120))
        table.row(Row(cells, group=n, mark=n % 7 == 0))
    return table, out


_COLUMNS = [Column("Deltager", 1), Column("Navn", 2), Column("Note", 3)]


def test_the_report_is_the_bytes_a_plain_canvas_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    table, encoded = _table(400)
    table.finish(["400 praktikker"])
    monkeypatch.setattr(pdf_table, "EncodedPageCanvas", Canvas)
    plain_table, plain = _table(400)
    plain_table.finish(["400 praktikker"])
    assert plain_table.page > 3  # several pages, each encoded on its own
    assert encoded.getvalue() == plain.getvalue()


def test_a_finished_page_holds_no_page_text() -> None:
    table, _ = _table(200)
    pages = table.canvas._doc.Pages.pages
    assert len(pages) >= 2  # the finished ones; the page being drawn is not among them
    assert all(page.stream is None and page.Contents is not None for page in pages)
