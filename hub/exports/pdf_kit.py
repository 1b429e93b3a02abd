"""Drawing documents for people with reportlab's canvas, one page after the other, in flat memory.

The company's export may list 10,000 interns from a generator, so nothing here builds a story of
flowables first (platypus would hold every row): a `Flow` walks down the pages and opens a new one when
the next thing does not fit (a `StreamTable` repeats its header on each page). "Side 3 af 12" is
printed before the last page is known by drawing the total as a form XObject that is defined at the
end (`finish`). reportlab keeps every finished page's content as text until `save()`; `PageCanvas`
compresses each page as soon as it is finished, so that a 400-page roster costs its compressed size.
The fonts and the measuring of text are in `pdf_text`, the table in `pdf_stream_table`.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

from hub.exports.pdf_text import BOLD, SANS, fit

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
