"""A long table as a PDF for people, drawn row by row so that 10,000 rows take no more memory than ten:
each page's content is encoded when the page is finished (`EncodedPageCanvas`), not held as text.

A title block on the first page, the column header repeated on every page, rows shaded by group, long
cells shortened with an ellipsis (the CSV beside the PDF keeps every word), page numbers at the foot.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfdoc import PDFArray, PDFBase85Encode, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

from hub.exports.pdf_text import fit, shrunk

FONT, BOLD, SIZE, LINE = "Helvetica", "Helvetica-Bold", 7.5, 11
MARGIN = 36
WHOLE_SMALLEST = 5.0


class EncodedPageCanvas(Canvas):
    """A canvas that encodes each page's content as soon as the page is finished, into the bytes
    `save()` would write. reportlab keeps every page's content as uncompressed text until `save()`:
    about 50 MB for the completeness report of 10,000 placements, whose PDF is 5 MB.

    `pdf_kit.PageCanvas` does the same with Flate alone; this one applies the filters reportlab's own
    page would (ASCII85 and Flate where `rl_config.useA85`), so that the file stays byte for byte the
    one a plain `Canvas` writes.
    """

    def showPage(self) -> None:
        """Finish the page, then encode its content now, as `PDFPage.check_format` and `PDFStream.format`
        would at `save()`: the filters applied in reverse order, named in order."""
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if not (page.stream and page.Contents is None and page.compression):
            return  # an empty or uncompressed page: reportlab's own way costs nothing worth saving
        filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
        content = page.stream
        for encoding in reversed(filters):
            content = encoding.encode(content)
        stream = PDFStream(content=content)
        stream.dictionary["Filter"] = PDFArray([PDFName(f.pdfname) for f in filters])
        page.Contents, page.stream = stream, None


@dataclass(frozen=True)
class Column:
    """A column: its heading and its share of the page's width; a `whole` column's cells (identifiers:
    a participant id or a CPR number cut to "P-4E2B6PV…" identifies nobody) are set smaller rather than
    cut, down to `WHOLE_SMALLEST` points."""

    title: str
    width: float
    whole: bool = False


@dataclass(frozen=True)
class Row:
    """One row of cells; rows of one `group` share a shade, and a `mark` row is printed in red."""

    cells: Sequence[str]
    group: int = 0
    mark: bool = False


class TablePdf:
    """Draws the pages of one table on a canvas as rows come."""

    def __init__(
        self, out: IO[bytes], title: str, lines: Sequence[str], columns: Sequence[Column], footer: str
    ) -> None:
        self.canvas = EncodedPageCanvas(out, pagesize=landscape(A4), invariant=1)
        self.canvas.setTitle(title)
        self.width, self.height = landscape(A4)
        total = sum(c.width for c in columns)
        usable = self.width - 2 * MARGIN
        self.widths = [usable * c.width / total for c in columns]
        self.columns, self.footer, self.page = columns, footer, 1
        self.y = self.height - MARGIN
        self.canvas.setFont(BOLD, 14)
        self.canvas.drawString(MARGIN, self.y - 14, title)
        self.y -= 30
        self.canvas.setFont(FONT, 9)
        for line in lines:
            self.canvas.drawString(MARGIN, self.y, line)
            self.y -= 12
        self.y -= 6
        self._header()

    def _header(self) -> None:
        self.canvas.setFillColor(colors.HexColor("#1f3a5f"))
        self.canvas.rect(MARGIN, self.y - LINE + 3, self.width - 2 * MARGIN, LINE, stroke=0, fill=1)
        self.canvas.setFillColor(colors.white)
        self._cells([c.title for c in self.columns], BOLD)
        self.canvas.setFillColor(colors.black)

    def _cells(self, cells: Sequence[str], font: str) -> None:
        self.canvas.setFont(font, SIZE)
        x = MARGIN + 2
        for cell, width, column in zip(cells, self.widths, self.columns, strict=True):
            size = shrunk(cell, width - 4, font, SIZE, WHOLE_SMALLEST) if column.whole else SIZE
            if size != SIZE:
                self.canvas.setFont(font, size)
            self.canvas.drawString(x, self.y - LINE + 5, fit(cell, width - 4, font, size))
            if size != SIZE:
                self.canvas.setFont(font, SIZE)
            x += width
        self.y -= LINE

    def _foot(self) -> None:
        self.canvas.setFont(FONT, 7)
        self.canvas.setFillColor(colors.grey)
        self.canvas.drawString(MARGIN, MARGIN / 2, self.footer)
        self.canvas.drawRightString(self.width - MARGIN, MARGIN / 2, f"{self.page}")
        self.canvas.setFillColor(colors.black)

    def row(self, row: Row) -> None:
        """Draw one row, starting a new page (with the header again) when this one is full."""
        if self.y - LINE < MARGIN:
            self._foot()
            self.canvas.showPage()
            self.page += 1
            self.y = self.height - MARGIN
            self._header()
        if row.group % 2:
            self.canvas.setFillColor(colors.HexColor("#eef2f7"))
            self.canvas.rect(MARGIN, self.y - LINE + 3, self.width - 2 * MARGIN, LINE, stroke=0, fill=1)
        self.canvas.setFillColor(colors.HexColor("#a4161a") if row.mark else colors.black)
        self._cells(row.cells, FONT)
        self.canvas.setFillColor(colors.black)

    def finish(self, closing: Iterable[str] = ()) -> None:
        """Write the closing lines and the last page."""
        self.y -= 6
        self.canvas.setFont(FONT, 9)
        for line in closing:
            self.canvas.drawString(MARGIN, self.y - 9, line)
            self.y -= 12
        self._foot()
        self.canvas.showPage()
        self.canvas.save()
