"""Drawing documents for people with reportlab's canvas, one page after the other, in flat memory.

The company's export may list 10,000 interns from a generator, so nothing here builds a story of
flowables first (platypus would hold every row): a `Flow` walks down the pages and opens a new one when
the next thing does not fit, and a `StreamTable` repeats its header on each page. "Side 3 af 12" is
printed before the last page is known by drawing the total as a form XObject that is defined at the
end (`finish`). reportlab keeps every finished page's content as text until `save()`; `PageCanvas`
compresses each page as soon as it is finished, so that a 400-page roster costs its compressed size.

Text is set in Bitstream Vera, which reportlab ships: unlike the base-14 fonts (Latin-1 only), it also
has the Polish, Turkish and Baltic letters in names that Danish job centres meet every day.
"""

from __future__ import annotations

import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

SANS = "HubSans"
BOLD = "HubSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 48
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

INK = colors.HexColor("#1B2A3A")
MUTED = colors.HexColor("#5B6675")
ACCENT = colors.HexColor("#1F4E79")
TINT = colors.HexColor("#E9F0F7")
ZEBRA = colors.HexColor("#F4F6F9")
RULE = colors.HexColor("#C6CFDA")

_TOTAL_PAGES = "HubTotalPages"
T = TypeVar("T")
# Letters without a decomposition that the base-14 fonts of AcroForm fields lack, spelt the usual way.
_LATIN1_SPELLINGS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "œ": "oe"})


class PageCanvas(Canvas):
    """A canvas that deflates each page's content when the page is finished instead of at `save()`."""

    def showPage(self) -> None:
        """Finish the page, then compress its content stream now (the bytes are those `save()` makes)."""
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.stream and page.Contents is None:
            # reportlab's own Flate filter encodes the text as UTF-8; a stream that already names its
            # filter is written as it is (pdfdoc.PDFStream.format).
            stream = PDFStream(content=zlib.compress(page.stream.encode("utf8")))
            stream.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
            page.Contents, page.stream = stream, None


@cache
def register_fonts() -> None:
    """Make the Vera fonts known to reportlab (once per process; nothing happens at import time)."""
    pdfmetrics.registerFont(TTFont(SANS, "Vera.ttf"))
    pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))


def mark_last(items: Iterable[T]) -> Iterator[tuple[T, bool]]:
    """Each item with whether it is the last, looking one item ahead (for keeping a total with its row)."""
    iterator = iter(items)
    try:
        current = next(iterator)
    except StopIteration:
        return
    for following in iterator:
        yield current, False
        current = following
    yield current, True


def latin1(text: str) -> str:
    """Text an AcroForm field can show: reportlab draws field values in Helvetica, which is Latin-1.

    Letters outside it lose their accent ("Ş" -> "S"); what still does not fit becomes "?". Only for
    field values that are also printed in full beside the field or keyed by participant id.
    """
    text = text.translate(_LATIN1_SPELLINGS)
    out = []
    for char in text:
        if ord(char) < 256:
            out.append(char)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        out.append(base if base and all(ord(c) < 256 for c in base) else "?")
    return "".join(out)


def fit(text: str, width: float, font: str = SANS, size: float = 9) -> str:
    """The text, cut with an ellipsis if it is wider than `width`: cut in proportion first, then a
    character or two at a time (measuring is the cost, so few measurements)."""
    full = pdfmetrics.stringWidth(text, font, size)
    if full <= width:
        return text
    keep = max(int(len(text) * width / full) - 1, 0)
    while keep and pdfmetrics.stringWidth(text[:keep] + "…", font, size) > width:
        keep -= 1
    return text[:keep].rstrip() + "…"


def title_block(flow: Flow, kicker: str, title: str, subtitle: str) -> None:
    """A document's opening: a small coloured kicker, the title large, a subtitle under it; the flow
    stands 50 points lower (the caller adds what goes under it)."""
    canvas = flow.canvas
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 7.5)
    canvas.drawString(MARGIN, flow.y - 8, kicker)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 20)
    canvas.drawString(MARGIN, flow.y - 32, fit(title, CONTENT_WIDTH, BOLD, 20))
    canvas.setFont(SANS, 10)
    canvas.drawString(MARGIN, flow.y - 50, fit(subtitle, CONTENT_WIDTH, SANS, 10))


def page_frame(running: str, footer: str) -> Callable[[Canvas, int], float]:
    """A page frame for `Flow`: a rule and `footer` with the page number at the foot of every page, a
    rule and the `running` head from page 2; returns where the page's content starts."""

    def on_page(canvas: Canvas, page: int) -> float:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, 46, PAGE_WIDTH - MARGIN, 46)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(MARGIN, 34, footer)
        draw_page_number(canvas, page, PAGE_WIDTH - MARGIN, 34)
        if page == 1:
            return PAGE_HEIGHT - MARGIN
        canvas.drawString(MARGIN, PAGE_HEIGHT - 36, fit(running, CONTENT_WIDTH, SANS, 7.5))
        canvas.line(MARGIN, PAGE_HEIGHT - 42, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 42)
        return PAGE_HEIGHT - 58

    return on_page


def shrunk(text: str, width: float, font: str = SANS, size: float = 9, smallest: float = 6.5) -> float:
    """The size, from `size` down to `smallest`, at which the text fits `width` whole: an e-mail address
    cut with an ellipsis cannot be written to (past `smallest`, `fit` cuts it after all)."""
    full = pdfmetrics.stringWidth(text, font, size)
    return size if full <= width else max(smallest, size * width / full)


def wrap(text: str, width: float, font: str = SANS, size: float = 9, max_lines: int = 2) -> list[str]:
    """The text broken into at most `max_lines` lines of `width`, the last one cut if it must be."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return [text]  # the common case, without splitting
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1] + " …"
    return [fit(line, width, font, size) for line in lines]


class Flow:
    """A cursor walking down the pages of a canvas; `on_page(canvas, number)` prints each page's frame."""

    def __init__(self, canvas: Canvas, on_page: Callable[[Canvas, int], float], bottom: float = 64) -> None:
        self.canvas = canvas
        self.on_page = on_page
        self.bottom = bottom
        self.page = 1
        self.y = on_page(canvas, 1)  # on_page returns where the content starts

    def fits(self, height: float) -> bool:
        """Whether `height` points still fit above the bottom margin of this page."""
        return self.y - height >= self.bottom

    def new_page(self) -> None:
        """Close this page and open the next, with its frame."""
        self.canvas.showPage()
        self.page += 1
        self.y = self.on_page(self.canvas, self.page)

    def ensure(self, height: float) -> bool:
        """Open a new page unless `height` fits; True when a page was opened."""
        if self.fits(height):
            return False
        self.new_page()
        return True

    def down(self, height: float) -> None:
        """Move the cursor down."""
        self.y -= height


def draw_later(canvas: Canvas, name: str, x: float, y: float) -> None:
    """Draw at (x, y) a text that is only known at the end (a total), defined later by `define_later`."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()


def define_later(
    canvas: Canvas, name: str, text: str, font: str = SANS, size: float = 7.5, color: colors.Color = MUTED
) -> None:
    """Define the text every `draw_later(name)` shows (any time before `finish`)."""
    canvas.beginForm(name)
    canvas.setFillColor(color)
    canvas.setFont(font, size)
    canvas.drawString(0, 0, text)
    canvas.endForm()


def draw_page_number(canvas: Canvas, page: int, right: float, y: float, size: float = 7.5) -> None:
    """`Side 3 af 12`, right-aligned at `right`; the total is filled in by `finish`."""
    head = f"Side {page} af "
    width = pdfmetrics.stringWidth(head + str(page), SANS, size)  # the total has at least these digits
    canvas.setFont(SANS, size)
    canvas.drawString(right - width, y, head)
    draw_later(canvas, _TOTAL_PAGES, right - width + pdfmetrics.stringWidth(head, SANS, size), y)


def finish(canvas: Canvas, pages: int, size: float = 7.5) -> None:
    """Close the last page, define the page total that every page refers to, and write the file."""
    canvas.showPage()
    define_later(canvas, _TOTAL_PAGES, str(pages), size=size)
    canvas.save()


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
