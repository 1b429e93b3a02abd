"""A table drawn row by row on a `Flow`, its header repeated at the top of each page it runs onto, so a
roster of 10,000 interns is never held as a whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from hub.exports.pdf_kit import ACCENT, CONTENT_WIDTH, INK, MARGIN, MUTED, RULE, ZEBRA, Flow
from hub.exports.pdf_text import BOLD, SANS, fit, wrap


@dataclass(frozen=True)
class Column:
    """One column of a table: its heading, its width in points, and which side its text keeps to."""

    title: str
    width: float
    align: str = "left"  # "left" | "right"


class StreamTable:
    """A table drawn row by row, its header repeated at the top of each page it runs onto."""

    size = 8
    leading = 10
    pad = 3.5

    def __init__(self, flow: Flow, columns: Sequence[Column], continued: str = "") -> None:
        self.flow = flow
        self.columns = tuple(columns)
        self.continued = continued  # printed above the header on the following pages
        self.rows = 0

    def start(self) -> None:
        """Draw the header, on a new page if not even the header and one row fit here."""
        self.flow.ensure(self._header_height() + 2 * (self.leading + 2 * self.pad))
        self._header()

    def row(self, cells: Sequence[Sequence[str]], bold: bool = False, keep: float = 0) -> None:
        """One row; each cell is its texts (the first in ink, the others muted), each wrapped to two lines.

        `keep` reserves room under the row for what must stay on its page (a total under the last row).
        """
        font = BOLD if bold else SANS
        wrapped = [self._cell_lines(cell, col, font) for cell, col in zip(cells, self.columns, strict=True)]
        height = max(len(lines) for lines in wrapped) * self.leading + 2 * self.pad
        if self.flow.ensure(height + keep):
            if self.continued:
                self.flow.canvas.setFont(BOLD, 9)
                self.flow.canvas.setFillColor(ACCENT)
                self.flow.canvas.drawString(MARGIN, self.flow.y - 10, self.continued)
                self.flow.down(18)
            self._header()
        canvas, top = self.flow.canvas, self.flow.y
        if self.rows % 2:
            canvas.setFillColor(ZEBRA)
            canvas.rect(MARGIN, top - height, CONTENT_WIDTH, height, stroke=0, fill=1)
        # One text object for the whole row: far cheaper than a drawString per line in reportlab.
        text = canvas.beginText()
        text.setFont(font, self.size)
        x: float = MARGIN
        for lines, col in zip(wrapped, self.columns, strict=True):
            for i, (line, muted) in enumerate(lines):
                y = top - self.pad - (i + 1) * self.leading + 2.5
                left = x + self.pad
                if col.align == "right":
                    left = x + col.width - self.pad - pdfmetrics.stringWidth(line, font, self.size)
                text.setTextOrigin(left, y)
                text.setFillColor(MUTED if muted else INK)
                text.textOut(line)
            x += col.width
        canvas.drawText(text)
        self.rows += 1
        self.flow.down(height)

    def note(self, text: str) -> None:
        """A muted line across the whole table, such as "nothing to list"."""
        self.flow.ensure(self.leading + 2 * self.pad)
        canvas = self.flow.canvas
        canvas.setFont(SANS, self.size)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN + self.pad, self.flow.y - self.pad - self.leading + 2.5, text)
        self.flow.down(self.leading + 2 * self.pad)

    def rule(self) -> None:
        """A thin line under the last row."""
        canvas = self.flow.canvas
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, self.flow.y, MARGIN + CONTENT_WIDTH, self.flow.y)

    def _cell_lines(self, cell: Sequence[str], col: Column, font: str) -> list[tuple[str, bool]]:
        lines: list[tuple[str, bool]] = []
        for i, text in enumerate(cell):
            if text:
                width = col.width - 2 * self.pad
                lines += [(line, i > 0) for line in wrap(text, width, font, self.size)]
        return lines or [("", False)]

    def _header_height(self) -> float:
        return self.leading + 2 * self.pad + 2

    def _header(self) -> None:
        canvas, top = self.flow.canvas, self.flow.y
        height = self._header_height()
        canvas.setFillColor(ACCENT)
        canvas.rect(MARGIN, top - height, CONTENT_WIDTH, height, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 7.5)
        x: float = MARGIN
        for col in self.columns:
            title = fit(col.title, col.width - 2 * self.pad, BOLD, 7.5)
            y = top - height + self.pad + 2.5
            if col.align == "right":
                canvas.drawRightString(x + col.width - self.pad, y, title)
            else:
                canvas.drawString(x + self.pad, y, title)
            x += col.width
        self.rows = 0
        self.flow.down(height)
