"""A font's own widths of the codes a `TJ` shows, so that the texts a parted `TJ` holds (`pdf_tj_gaps`)
stand where they are printed and end where they end.

LuaTeX prints a line of a table as one `TJ` in an OpenType font's two-byte glyph codes, its gaps
displacements: `[(Målgruppe)-2498(Jobparat)-2499(Aktivitetsparat)-2499(Uddannelsesparat)]TJ`, a box in
each gap (ConTeXt's fields, Odder's: decision 0060, "Stop 62: trial-77"). The gaps are exact, but
each text's width estimated as half a font size a character put "Uddannelsesparat" 7 points right of
where it is printed and made "Aktivitetsparat" end just before the last box, so the box took it for its
words. The font's own widths (a simple font's /Widths, a composite font's /W) place every part as the
viewer does; a font that gives none (the standard 14) is estimated as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pypdf.errors import PyPdfError

Measure = Callable[[bytes], float]  # a string of codes → its width in thousandths of a font size

_GUESS = 500  # a code the font gives no width: as `pdf_runs` estimates a character
_MOST = 70000  # widths read from one font at most (a CJK font's /W): past it, estimated


def code_bytes(font: Any) -> int | None:
    """How many bytes a character's code is in a text shown in `font` (pypdf's font dictionary): 1 in
    a simple font, 2 in a composite font of Identity codes; None for any other composite font."""
    try:
        if font is None or font.get("/Subtype") != "/Type0":
            return 1
        return 2 if font.get("/Encoding") in ("/Identity-H", "/Identity-V") else None
    except (AttributeError, PyPdfError):
        return None


def measure(font: Any) -> Measure | None:
    """The widths `font` gives its codes, as a measure of a string of them; None where it gives none or
    its codes' length is not known (then each character is estimated)."""
    width = code_bytes(font)
    try:
        found = _composite(font) if width == 2 else _simple(font) if width == 1 else None
    except (AttributeError, TypeError, ValueError, IndexError, PyPdfError):
        return None
    if found is None or width is None:
        return None
    table, default = found
    size = width

    def of(data: bytes) -> float:
        codes = (int.from_bytes(data[i : i + size], "big") for i in range(0, len(data) - size + 1, size))
        return sum(table.get(code, default) for code in codes)

    return of


def _simple(font: Any) -> tuple[dict[int, float], float] | None:
    widths = font.get("/Widths")
    if widths is None:
        return None
    first = int(font.get("/FirstChar", 0))
    return {first + i: float(w.get_object()) for i, w in enumerate(widths.get_object())}, _GUESS


def _composite(font: Any) -> tuple[dict[int, float], float] | None:
    descendant = font["/DescendantFonts"].get_object()[0].get_object()
    default = float(descendant.get("/DW", 1000))
    items = [item.get_object() for item in descendant.get("/W", [])]
    table: dict[int, float] = {}
    i = 0
    while i + 1 < len(items) and len(table) < _MOST:
        first, after = items[i], items[i + 1]
        if isinstance(after, list):  # c [w1 w2 ...]
            table.update((int(first) + k, float(w.get_object())) for k, w in enumerate(after))
            i += 2
        elif i + 2 < len(items):  # c1 c2 w
            table.update(
                (code, float(items[i + 2]))
                for code in range(int(first), min(int(after), int(first) + _MOST) + 1)
            )
            i += 3
        else:
            return None
    return table, default
