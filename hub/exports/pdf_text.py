"""Text on reportlab pages: the fonts the hub's documents are set in, and text measured to fit a width
(cut with an ellipsis, shrunk, wrapped), or spelt in Latin-1 for an AcroForm field.

Text is set in Bitstream Vera, which reportlab ships: unlike the base-14 fonts (Latin-1 only), it also
has the Polish, Turkish and Baltic letters in names that Danish job centres meet every day.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "HubSans"
BOLD = "HubSans-Bold"
# Letters without a decomposition that the base-14 fonts of AcroForm fields lack, spelt the usual way.
_LATIN1_SPELLINGS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "œ": "oe"})


@cache
def register_fonts() -> None:
    """Make the Vera fonts known to reportlab (once per process; nothing happens at import time)."""
    pdfmetrics.registerFont(TTFont(SANS, "Vera.ttf"))
    pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))


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
