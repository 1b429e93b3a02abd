"""The completeness report's PDF encodes each page when it is finished (so 10,000 placements are not
held as page text until the end), and is byte for byte the file a plain reportlab canvas writes."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hub.exports import completeness, completeness_report, pdf_table
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


def test_a_whole_column_is_set_smaller_never_cut() -> None:
    # The stop 42 review found the completeness report's ids cut to "P-4E2B6PV…" and "071064-X…": a row
    # that can no longer be looked up. The widest id the alphabet allows shrinks to fit instead.
    out = io.BytesIO()
    columns = [Column("Deltager", 12, whole=True), Column("Note", 118)]  # the report's share of 130
    table = TablePdf(out, "Ballerup: revisionens krav", [], columns, "fod")
    table.row(Row(("P-WWWWWWWWWWW", "x" * 400)))
    table.finish()
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "P-WWWWWWWWWWW" in text
    assert "x…" in text  # a column that is not whole is still cut


def test_the_completeness_reports_ids_fit_at_the_tables_size() -> None:
    # A participant id of the usual letters and a masked CPR number need no shrinking in the report.
    out = io.BytesIO()
    table = TablePdf(out, "t", [], completeness_report.PDF_COLUMNS, "fod")
    (participant, cpr), size = table.widths[:2], pdf_table.SIZE
    assert stringWidth("P-4E2B6PVPPUZ", pdf_table.FONT, size) <= participant - 4
    assert stringWidth("071064-XXXX", pdf_table.FONT, size) <= cpr - 4


def test_every_rule_of_the_auditors_rules_is_named_whole_in_the_report() -> None:
    # Ballerup's report read "en ophørsblanket senest 30 d…" and "en statusrapport mindst hver…": the
    # number the municipality's rule sets was what was cut. Each rule's name, with a three-digit number.
    rules = [da.format(n=120) for _, da in completeness.RULES.values()]
    out = io.BytesIO()
    table = TablePdf(out, "Ballerup: revisionens krav", [], completeness_report.PDF_COLUMNS, "fod")
    for name in rules:
        table.row(
            Row(("P-4E2B6PVPPUZ", "071064-XXXX", "Navn", "Sted", "01.07.–30.09.2026", name, "ok", "", ""))
        )
    table.finish()
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    for name in rules:
        assert name in text, name
